package se.styrkedja.core.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant's stable key: the alias of its Keycloak organization (for example {@code botkyrka}). It
 * is what {@code tenant_id} holds in every tenant-owned table.
 */
public record TenantId(String value) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tenant id: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && SLUG.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
