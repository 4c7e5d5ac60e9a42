package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** Plans concretise the adopted strategy; without one there is nothing to plan for. */
public class NoStrategyToPlanFor extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public NoStrategyToPlanFor() {
    super(
        Kind.CONFLICT,
        PlansProblemCode.PLAN_NO_ADOPTED_STRATEGY,
        "No adopted strategy",
        "The municipality has no adopted strategy yet; plans are written against its priority"
            + " areas and goals.");
  }
}
