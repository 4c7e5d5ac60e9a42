package se.styrkedja.plans.plan.entity;

import java.util.Locale;
import java.util.stream.Collectors;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** The workflow goes one step at a time: from draft to submitted, not to approved. */
public class NotAStep extends DomainProblem {

  private static final long serialVersionUID = 1L;

  NotAStep(Plan plan, PlanStatus next) {
    super(
        Kind.CONFLICT,
        PlansProblemCode.PLAN_NOT_A_STEP,
        "Not a step from the plan's status",
        "'"
            + plan.title()
            + "' is "
            + lower(plan.status())
            + " and cannot become "
            + lower(next)
            + (Plan.STEPS.get(plan.status()).isEmpty()
                ? "; it is closed."
                : "; from here it can become "
                    + Plan.STEPS.get(plan.status()).stream()
                        .map(NotAStep::lower)
                        .sorted()
                        .collect(Collectors.joining(" or "))
                    + "."));
  }

  private static String lower(PlanStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
