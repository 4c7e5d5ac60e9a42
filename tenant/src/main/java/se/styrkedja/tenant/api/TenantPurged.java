package se.styrkedja.tenant.api;

import se.styrkedja.core.tenant.TenantId;

/**
 * Every row of the tenant has been deleted; what the tenant has outside the database (its identity
 * in Keycloak) goes next. Observed synchronously: an observer that fails stops the offboarding,
 * which the operator can then repeat.
 */
public record TenantPurged(TenantId tenant, String by) {}
