package se.styrkedja.tenant.api;

import se.styrkedja.core.tenant.TenantId;

/**
 * A municipality has been onboarded: its row is being stored, with the tenant bound. Observed
 * synchronously, in the same transaction: its first admin gets the role there (and only there), so
 * the municipality never exists without one, and a failing observer stores neither.
 *
 * @param adminUsername the first admin's SSO username (Keycloak's, the e-mail in lower case)
 */
public record TenantOnboarded(TenantId tenant, String adminUsername, String by) {}
