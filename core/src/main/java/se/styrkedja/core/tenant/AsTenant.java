package se.styrkedja.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work for one tenant where no request bound one: at start-up (demo data), in batch jobs. The
 * work gets its own request context and transaction, so the tenant is bound once and cleared after.
 * Inside a request that already acts for another tenant it refuses, like any switch.
 */
@ApplicationScoped
public class AsTenant {

  @Inject TenantContext context;

  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T call(TenantId tenant, Supplier<T> work) {
    context.bind(tenant);
    return work.get();
  }

  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(TenantId tenant, Runnable work) {
    context.bind(tenant);
    work.run();
  }
}
