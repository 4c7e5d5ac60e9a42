package se.styrkedja.tenant.strategy.control;

import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** The municipality has adopted no strategy (yet). */
public class NoAdoptedStrategy extends NotFound {

  private static final long serialVersionUID = 1L;

  public NoAdoptedStrategy() {
    super(TenantProblemCode.STRATEGY_NONE_ADOPTED, "Adopted strategy", "-");
  }
}
