/** The application clock. */
package se.styrkedja.core.time;
