package se.styrkedja.plans.plan.control;

import se.styrkedja.core.problem.DomainProblem;

/** No such activity in this plan. */
public class ActivityNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public ActivityNotFound(Object id) {
    super(
        Kind.NOT_FOUND,
        "plans.activity.not-found",
        "Not found",
        "Activity '" + id + "' does not exist in this plan.");
  }
}
