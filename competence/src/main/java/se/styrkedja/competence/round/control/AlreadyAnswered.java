package se.styrkedja.competence.round.control;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** The person has already submitted their answers to this round: each answers once. */
public class AlreadyAnswered extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public AlreadyAnswered(String title) {
    super(
        Kind.CONFLICT,
        CompetenceProblemCode.ROUND_ALREADY_ANSWERED,
        "Already answered",
        "You have already submitted your answers to the survey round '" + title + "'.");
  }
}
