/** What other modules may use of the tenant module. */
package se.styrkedja.tenant.api;
