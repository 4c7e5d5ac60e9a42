package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;

/** No such plan for this tenant (which says nothing of other tenants). */
public class PlanNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public PlanNotFound(Object id) {
    super(Kind.NOT_FOUND, "plans.plan.not-found", "Not found", "Plan '" + id + "' does not exist.");
  }
}
