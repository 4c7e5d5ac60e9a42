package se.styrkedja.tenant.api;

/**
 * A tenant as other modules see it. {@code peopleVersion} changes whenever an import ends in the
 * tenant (see {@link PeopleImported}).
 */
public record TenantInfo(
    String id, String name, String municipalityCode, TenantStatus status, long peopleVersion) {}
