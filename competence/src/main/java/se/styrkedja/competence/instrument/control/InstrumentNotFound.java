package se.styrkedja.competence.instrument.control;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** No such instrument for this tenant (which says nothing of other tenants). */
public class InstrumentNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InstrumentNotFound(Object id) {
    super(
        Kind.NOT_FOUND,
        CompetenceProblemCode.INSTRUMENT_NOT_FOUND,
        "Not found",
        "Instrument '" + id + "' does not exist.");
  }
}
