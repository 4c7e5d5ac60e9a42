package se.styrkedja.tenant.api;

/** A tenant as other modules see it. */
public record TenantInfo(String id, String name, String municipalityCode, TenantStatus status) {}
