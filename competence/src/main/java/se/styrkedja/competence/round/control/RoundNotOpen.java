package se.styrkedja.competence.round.control;

import java.time.LocalDate;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** The round has not opened yet: it is answered from its opening day. */
public class RoundNotOpen extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public RoundNotOpen(String title, LocalDate opensOn) {
    super(
        Kind.CONFLICT,
        CompetenceProblemCode.ROUND_NOT_OPEN,
        "Survey round not open yet",
        "The survey round '" + title + "' opens on " + opensOn + ".");
  }
}
