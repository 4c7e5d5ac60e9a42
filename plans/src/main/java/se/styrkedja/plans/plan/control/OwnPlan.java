package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;

/** Nobody approves, returns or closes a plan they wrote or submitted themselves. */
public class OwnPlan extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public OwnPlan() {
    super(
        Kind.FORBIDDEN,
        "plans.plan.own-plan",
        "Not your own plan",
        "You wrote or submitted this plan; the level above decides on it.");
  }
}
