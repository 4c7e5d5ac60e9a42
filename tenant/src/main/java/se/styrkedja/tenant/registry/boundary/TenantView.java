package se.styrkedja.tenant.registry.boundary;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.registry.entity.Tenant;

/**
 * A tenant as the operator sees it. {@code status}: onboarding, active, suspended or offboarded.
 * {@code identityProvider} is null until one is linked.
 */
public record TenantView(
    String id,
    String name,
    String municipalityCode,
    @Schema(enumeration = {"onboarding", "active", "suspended", "offboarded"}) String status,
    @Schema(nullable = true) String adminEmail,
    @Schema(nullable = true) IdentityProviderView identityProvider,
    OffsetDateTime createdAt,
    @Schema(nullable = true) OffsetDateTime statusChangedAt,
    long version) {

  /** The identity provider linked to the tenant's organization. */
  public record IdentityProviderView(String alias, @Schema(nullable = true) String type) {}

  static TenantView of(Tenant t) {
    return new TenantView(
        t.id(),
        t.name(),
        t.municipalityCode(),
        t.status().name().toLowerCase(java.util.Locale.ROOT),
        t.adminEmail().orElse(null),
        t.identityProviderAlias()
            .map(alias -> new IdentityProviderView(alias, t.identityProviderType().orElse(null)))
            .orElse(null),
        t.createdAt(),
        t.statusChangedAt().orElse(null),
        t.version());
  }
}
