package se.styrkedja.core.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant of the current request. It is bound once, from the verified token, before any
 * tenant-owned data is touched; binding another tenant later in the same request is refused, so a
 * request can never read or write for two tenants.
 */
@RequestScoped
public class TenantContext {

  private TenantId tenant;

  public void bind(TenantId tenant) {
    if (this.tenant != null && !this.tenant.equals(tenant)) {
      throw new IllegalStateException("tenant already bound for this request");
    }
    this.tenant = tenant;
  }

  public Optional<TenantId> current() {
    return Optional.ofNullable(tenant);
  }

  /** The bound tenant; fails closed when there is none. */
  public TenantId require() {
    if (tenant == null) {
      throw new NoTenant();
    }
    return tenant;
  }
}
