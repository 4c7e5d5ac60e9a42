package se.styrkedja.competence.round.control;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/**
 * No such round for this tenant, or (for a respondent) none they are invited to: the same answer,
 * which says nothing of other tenants or of other people's invitations.
 */
public class RoundNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public RoundNotFound(Object id) {
    super(
        Kind.NOT_FOUND,
        CompetenceProblemCode.ROUND_NOT_FOUND,
        "Not found",
        "Survey round '" + id + "' does not exist.");
  }
}
