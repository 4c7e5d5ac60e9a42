package se.styrkedja.competence.instrument.control;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** An instrument has at most one draft at a time, so no two people revise it apart. */
public class DraftExists extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public DraftExists(int number) {
    super(
        Kind.CONFLICT,
        CompetenceProblemCode.INSTRUMENT_DRAFT_EXISTS,
        "The instrument already has a draft",
        "Version "
            + number
            + " is a draft: edit it, publish it or discard it before starting another.");
  }
}
