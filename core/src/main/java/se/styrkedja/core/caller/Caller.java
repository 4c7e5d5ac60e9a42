package se.styrkedja.core.caller;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.styrkedja.core.tenant.TenantId;

/**
 * The authenticated caller, read from a verified access token.
 *
 * @param username the SSO username ({@code preferred_username})
 * @param displayName the person's name as the identity provider gives it
 * @param operator whether the token grants the realm-wide role of the platform operator, the only
 *     role a token grants: what a person may do in a municipality comes from that municipality's
 *     own role assignments ({@code tenant.api.AccessPolicy}), never from the token
 * @param tenants the tenants the token grants, in the order the token lists them
 * @param tenant the tenant this request acts for: one of {@code tenants}, or none
 */
public record Caller(
    String username,
    String displayName,
    boolean operator,
    List<TenantId> tenants,
    Optional<TenantId> tenant) {

  public Caller {
    Objects.requireNonNull(username, "username");
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
    tenants = List.copyOf(tenants);
    Objects.requireNonNull(tenant, "tenant");
    if (tenant.isPresent() && !tenants.contains(tenant.get())) {
      throw new IllegalArgumentException("tenant not granted by the token");
    }
  }
}
