/**
 * People (staff) of a municipality and their duties (tjänstgöringar) at units, as the SS 12000
 * import brings them; a person is linked to an SSO identity the first time it signs in.
 */
package se.styrkedja.tenant.people;
