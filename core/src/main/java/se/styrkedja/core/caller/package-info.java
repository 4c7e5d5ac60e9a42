/** Who is calling: the verified token turned into a caller with role levels and tenants. */
package se.styrkedja.core.caller;
