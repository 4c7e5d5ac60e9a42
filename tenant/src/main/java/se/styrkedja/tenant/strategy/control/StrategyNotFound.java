package se.styrkedja.tenant.strategy.control;

import java.util.UUID;
import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No such strategy for this tenant (which says nothing of other tenants). */
public class StrategyNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public StrategyNotFound(UUID id) {
    super(TenantProblemCode.STRATEGY_NOT_FOUND, "Strategy", id);
  }
}
