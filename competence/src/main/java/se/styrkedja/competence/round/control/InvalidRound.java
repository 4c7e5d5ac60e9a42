package se.styrkedja.competence.round.control;

import java.util.List;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;

/** A round that cannot be opened as asked: every wrong field named ({@code target.levels[1]}). */
public class InvalidRound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidRound(List<FieldError> errors) {
    super(
        Kind.INVALID,
        CompetenceProblemCode.ROUND_INVALID,
        "Invalid survey round",
        errors.size() == 1
            ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).message()
            : errors.size() + " fields are not valid.",
        errors);
  }

  public InvalidRound(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}
