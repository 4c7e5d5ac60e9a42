package se.styrkedja.tenant.strategy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;

/**
 * Who may change the strategy: whoever configures the municipality, as the access rules along the
 * chain of governance say ({@link AccessPolicy}). Every write use case of {@link Strategies} asks
 * first; work no person started (demo data at start-up) has no caller and is the system's own.
 */
@ApplicationScoped
public class StrategyWriters {

  @Inject AccessPolicy access;
  @Inject TenantContext tenants;
  @Inject CallerContext callers;

  public void requireWriter(String what) {
    if (callers.current().isEmpty()) {
      return;
    }
    access.require(Action.CONFIGURE, Target.tenantWide(tenants.require()), what);
  }

  /** Whether the caller may change the strategy, asked without refusing. */
  public boolean mayWrite() {
    return callers.current().isEmpty()
        || access.may(Action.CONFIGURE, Target.tenantWide(tenants.require()));
  }
}
