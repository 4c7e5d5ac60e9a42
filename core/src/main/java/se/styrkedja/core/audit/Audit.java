package se.styrkedja.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.persistence.TenantEntityManager;

/**
 * Records writes in the tenant's audit trail and refused accesses in the log. A write and its audit
 * line commit or roll back together.
 */
@ApplicationScoped
public class Audit {

  private static final Logger REFUSED = Logger.getLogger("se.styrkedja.audit.refused");

  @Inject TenantEntityManager tenantEm;
  @Inject CallerContext caller;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void wrote(String action, String targetType, Object targetId) {
    tenantEm
        .get()
        .persist(
            new AuditEvent(
                clock.instant(), caller.actor(), action, targetType, String.valueOf(targetId)));
  }

  /** One line per refused access, with who tried what for which tenant; never the token. */
  public static void refused(String tenant, String user, String what, String why) {
    REFUSED.warning(
        () ->
            "refused: tenant="
                + (tenant == null ? "-" : tenant)
                + " user="
                + (user == null ? "-" : user)
                + " what="
                + what
                + " why="
                + why);
  }
}
