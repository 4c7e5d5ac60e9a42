package se.styrkedja.plans.plan.entity;

import java.util.Locale;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** A submitted or approved plan's content is fixed; it changes again only if it is returned. */
public class PlanNotEditable extends DomainProblem {

  private static final long serialVersionUID = 1L;

  PlanNotEditable(Plan plan) {
    super(
        Kind.CONFLICT,
        PlansProblemCode.PLAN_NOT_EDITABLE,
        "The plan can no longer be changed",
        "'"
            + plan.title()
            + "' is "
            + plan.status().name().toLowerCase(Locale.ROOT)
            + "; only a draft or a returned plan is written.");
  }
}
