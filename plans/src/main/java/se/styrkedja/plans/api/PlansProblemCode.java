package se.styrkedja.plans.api;

import se.styrkedja.core.problem.ProblemCode;

/**
 * The codes of every problem the plans module answers with. A new problem adds its code here, and
 * the web app must word it (WordsForCodesTest in web fails until it does).
 */
public enum PlansProblemCode implements ProblemCode {
  ACTIVITY_NOT_FOUND("plans.activity.not-found"),
  ACTIVITY_NOT_YOURS("plans.activity.not-yours"),
  ACTIVITY_STALE_VERSION("plans.activity.stale-version"),
  FOLLOW_UP_STALE_VERSION("plans.follow-up.stale-version"),
  PLAN_EXISTS("plans.plan.exists"),
  PLAN_INVALID("plans.plan.invalid"),
  PLAN_NO_ACTIVITIES("plans.plan.no-activities"),
  PLAN_NO_ADOPTED_STRATEGY("plans.plan.no-adopted-strategy"),
  PLAN_NOT_A_STEP("plans.plan.not-a-step"),
  PLAN_NOT_EDITABLE("plans.plan.not-editable"),
  PLAN_NOT_FOUND("plans.plan.not-found"),
  PLAN_NOT_THE_UNITS_LEAD("plans.plan.not-the-units-lead"),
  PLAN_OWN_PLAN("plans.plan.own-plan"),
  PLAN_STALE_VERSION("plans.plan.stale-version"),
  TEMPLATE_NOT_FOUND("plans.template.not-found"),
  TEMPLATE_STALE_VERSION("plans.template.stale-version"),
  // Field errors only (errors[].code), each a more precise reason than its problem's.
  TEMPLATE_NAME_TAKEN("plans.template.name-taken", true);

  private final String code;
  private final boolean fieldOnly;

  PlansProblemCode(String code) {
    this(code, false);
  }

  PlansProblemCode(String code, boolean fieldOnly) {
    this.code = code;
    this.fieldOnly = fieldOnly;
  }

  @Override
  public boolean fieldOnly() {
    return fieldOnly;
  }

  @Override
  public String code() {
    return code;
  }
}
