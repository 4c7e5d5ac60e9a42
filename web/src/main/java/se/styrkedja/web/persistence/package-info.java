/** The application's data source, configured by MicroProfile Config (H2 or PostgreSQL). */
package se.styrkedja.web.persistence;
