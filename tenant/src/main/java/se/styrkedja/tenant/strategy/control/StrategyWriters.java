package se.styrkedja.tenant.strategy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;

/**
 * Who may change the strategy: the municipality admin. The boundary asks before every write; the
 * role hierarchy (issue 3, section 5) will replace this one rule with its own answer.
 */
@ApplicationScoped
public class StrategyWriters {

  @Inject CallerContext callers;
  @Inject TenantContext tenants;

  public void requireWriter(String what) {
    Caller caller = callers.current().orElse(null);
    if (caller == null || !caller.hasRoleLevel(RoleLevels.ADMIN)) {
      Audit.refused(
          tenants.current().map(TenantId::value).orElse(null),
          caller == null ? null : caller.username(),
          what,
          "only the municipality admin writes the strategy");
      throw new StrategyWriteForbidden();
    }
  }

  public boolean mayWrite() {
    return callers.current().map(c -> c.hasRoleLevel(RoleLevels.ADMIN)).orElse(false);
  }
}
