package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** Nobody approves, returns or closes a plan they wrote or submitted themselves. */
public class OwnPlan extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public OwnPlan() {
    super(
        Kind.FORBIDDEN,
        PlansProblemCode.PLAN_OWN_PLAN,
        "Not your own plan",
        "You wrote or submitted this plan; the level above decides on it.");
  }
}
