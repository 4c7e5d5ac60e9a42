package se.styrkedja.competence.round.control;

import java.util.List;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;

/**
 * Answers that do not fit what the round asks of the person: each named by its place in the request
 * and its item ({@code answers[3]}: item 'key' ...).
 */
public class InvalidAnswers extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidAnswers(List<FieldError> errors) {
    super(
        Kind.INVALID,
        CompetenceProblemCode.ROUND_ANSWERS_INVALID,
        "Invalid answers",
        errors.size() == 1
            ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).message()
            : errors.size() + " answers are not valid.",
        errors);
  }
}
