package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** No such plan for this tenant (which says nothing of other tenants). */
public class PlanNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public PlanNotFound(Object id) {
    super(
        Kind.NOT_FOUND,
        PlansProblemCode.PLAN_NOT_FOUND,
        "Not found",
        "Plan '" + id + "' does not exist.");
  }
}
