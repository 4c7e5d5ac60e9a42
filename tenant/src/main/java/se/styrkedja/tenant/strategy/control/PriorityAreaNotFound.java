package se.styrkedja.tenant.strategy.control;

import java.util.UUID;
import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No such priority area in this strategy of this tenant. */
public class PriorityAreaNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public PriorityAreaNotFound(UUID id) {
    super(TenantProblemCode.STRATEGY_AREA_NOT_FOUND, "Priority area", id);
  }
}
