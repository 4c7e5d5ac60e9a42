/**
 * The role hierarchy (styrkedja) and the one place that answers "may this caller do this to
 * something owned by that unit?". Every module asks it; none decides access on its own.
 */
package se.styrkedja.tenant.role;
