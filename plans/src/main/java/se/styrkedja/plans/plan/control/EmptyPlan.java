package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** A plan without activities is not a plan: nothing would be done, owned or followed up. */
public class EmptyPlan extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public EmptyPlan() {
    super(
        Kind.CONFLICT,
        PlansProblemCode.PLAN_NO_ACTIVITIES,
        "The plan has no activities",
        "Add at least one activity, with an owner and a due date, before submitting the plan.");
  }
}
