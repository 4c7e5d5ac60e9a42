package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** No such activity in this plan. */
public class ActivityNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public ActivityNotFound(Object id) {
    super(
        Kind.NOT_FOUND,
        PlansProblemCode.ACTIVITY_NOT_FOUND,
        "Not found",
        "Activity '" + id + "' does not exist in this plan.");
  }
}
