package se.styrkedja.plans.plan.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.plans.api.PlansProblemCode;
import se.styrkedja.plans.plan.entity.Plan;

/** A unit has one plan of a kind per school year; copy or continue that one instead. */
public class PlanExists extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public PlanExists(Plan existing) {
    super(
        Kind.CONFLICT,
        PlansProblemCode.PLAN_EXISTS,
        "The unit already has this plan",
        "The unit already has '" + existing.title() + "' for " + existing.schoolYear() + ".",
        List.of(new FieldError("schoolYear", "the unit already has a plan for this school year")));
  }
}
