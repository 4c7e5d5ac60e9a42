package se.styrkedja.plans.plan.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.plans.api.PlansProblemCode;

/** A plan or activity that does not fit the municipality: named by the field that is wrong. */
public class InvalidPlan extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidPlan(String field, String message) {
    this(field, null, message);
  }

  /** With a more precise code for the field error, for a client to word. */
  public InvalidPlan(String field, PlansProblemCode reason, String message) {
    super(
        Kind.INVALID,
        PlansProblemCode.PLAN_INVALID,
        "Invalid plan",
        message,
        List.of(new FieldError(field, reason == null ? null : reason.code(), message)));
  }
}
