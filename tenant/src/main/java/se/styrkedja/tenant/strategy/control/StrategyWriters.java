package se.styrkedja.tenant.strategy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;

/**
 * Who may change the strategy: whoever configures the municipality, as the access rules along the
 * chain of governance say ({@link AccessPolicy}). The boundary asks before every write.
 */
@ApplicationScoped
public class StrategyWriters {

  @Inject AccessPolicy access;
  @Inject TenantContext tenants;

  public void requireWriter(String what) {
    access.require(Action.CONFIGURE, Target.tenantWide(tenants.require()), what);
  }

  public boolean mayWrite() {
    return access.may(Action.CONFIGURE, Target.tenantWide(tenants.require()));
  }
}
