/** Which municipality a request acts for: bound once from the verified token, never guessed. */
package se.styrkedja.core.tenant;
