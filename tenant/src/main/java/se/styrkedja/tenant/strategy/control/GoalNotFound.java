package se.styrkedja.tenant.strategy.control;

import java.util.UUID;
import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No such goal in this priority area of this tenant. */
public class GoalNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public GoalNotFound(UUID id) {
    super(TenantProblemCode.STRATEGY_GOAL_NOT_FOUND, "Goal", id);
  }
}
