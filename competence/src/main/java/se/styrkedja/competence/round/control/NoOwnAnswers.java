package se.styrkedja.competence.round.control;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/**
 * There are no answers of the caller's to show: they have not submitted, or the round is anonymous
 * and keeps nothing that leads back to them.
 */
public class NoOwnAnswers extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public NoOwnAnswers(String title, boolean anonymous) {
    super(
        Kind.NOT_FOUND,
        CompetenceProblemCode.ROUND_NO_OWN_ANSWERS,
        "No answers of yours",
        anonymous
            ? "The survey round '" + title + "' is anonymous: no answer is kept as anyone's."
            : "You have not submitted answers to the survey round '" + title + "'.");
  }
}
