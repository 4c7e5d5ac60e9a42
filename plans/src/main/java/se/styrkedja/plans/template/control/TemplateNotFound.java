package se.styrkedja.plans.template.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.plans.api.PlansProblemCode;

/** No such plan template for this tenant. */
public class TemplateNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TemplateNotFound(Object id) {
    super(
        Kind.NOT_FOUND,
        PlansProblemCode.TEMPLATE_NOT_FOUND,
        "Not found",
        "Plan template '" + id + "' does not exist.");
  }
}
