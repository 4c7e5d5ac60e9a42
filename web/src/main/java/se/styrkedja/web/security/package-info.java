/**
 * Deny by default: every API request needs a verified token unless its resource says
 * {@code @PermitAll}; the caller and the tenant are read from the token alone.
 */
package se.styrkedja.web.security;
