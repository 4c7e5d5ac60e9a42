package se.styrkedja.competence.instrument.control;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** No built-in template of that key. */
public class TemplateNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TemplateNotFound(String key) {
    super(
        Kind.NOT_FOUND,
        CompetenceProblemCode.INSTRUMENT_TEMPLATE_NOT_FOUND,
        "Template not found",
        "There is no built-in instrument template '" + key + "'.");
  }
}
