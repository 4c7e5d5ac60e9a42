package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/**
 * Progress on an activity is reported by its owner, or by the one who writes the plan at its level
 * (the unit's principal): not by anyone else of the unit.
 */
public class NotYourActivity extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public NotYourActivity() {
    super(
        Kind.FORBIDDEN,
        PlansProblemCode.ACTIVITY_NOT_YOURS,
        "Not your activity",
        "Progress on an activity is reported by its owner or by the one who leads the unit, such"
            + " as its principal.");
  }
}
