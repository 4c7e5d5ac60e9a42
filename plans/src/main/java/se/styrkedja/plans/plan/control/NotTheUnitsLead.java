package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/**
 * A unit's plan is started and submitted by the level that leads the unit (its principal, its
 * preschool head): others of the unit may help write it.
 */
public class NotTheUnitsLead extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public NotTheUnitsLead() {
    super(
        Kind.FORBIDDEN,
        PlansProblemCode.PLAN_NOT_THE_UNITS_LEAD,
        "Only the unit's leadership",
        "The unit's plan is started and submitted by the one who leads the unit, such as its"
            + " principal; you may help write it.");
  }
}
