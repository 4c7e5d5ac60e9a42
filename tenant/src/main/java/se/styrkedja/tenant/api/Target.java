package se.styrkedja.tenant.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.tenant.TenantId;

/**
 * Something access is asked for: owned by a tenant and a unit (none for tenant-wide things such as
 * the strategy), and, for approvals, written at a role level (a principal's local plan is written
 * at {@code rektor}).
 */
public record Target(TenantId tenant, Optional<UUID> unit, Optional<String> writtenAtLevel) {

  public Target {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(writtenAtLevel, "writtenAtLevel");
  }

  public static Target tenantWide(TenantId tenant) {
    return new Target(tenant, Optional.empty(), Optional.empty());
  }

  public static Target unit(TenantId tenant, UUID unit) {
    return new Target(tenant, Optional.of(unit), Optional.empty());
  }

  public static Target writtenAt(TenantId tenant, UUID unit, String level) {
    return new Target(tenant, Optional.of(unit), Optional.of(level));
  }
}
