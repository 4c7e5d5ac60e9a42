package se.styrkedja.plans.template.control;

import se.styrkedja.core.problem.DomainProblem;

/** No such plan template for this tenant. */
public class TemplateNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TemplateNotFound(Object id) {
    super(
        Kind.NOT_FOUND,
        "plans.template.not-found",
        "Not found",
        "Plan template '" + id + "' does not exist.");
  }
}
