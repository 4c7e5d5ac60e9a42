package se.styrkedja.competence.round.control;

import java.time.LocalDate;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** The round is closed: it takes no answers, reminders or closing any more. */
public class RoundClosed extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public RoundClosed(String title, LocalDate lastDay) {
    super(
        Kind.CONFLICT,
        CompetenceProblemCode.ROUND_CLOSED,
        "Survey round closed",
        "The survey round '" + title + "' closed; its last day was " + lastDay + ".");
  }
}
