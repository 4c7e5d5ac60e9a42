package se.styrkedja.competence.instrument.control;

import java.util.List;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;

/**
 * An instrument or version content that does not fit: every wrong field named by its path in the
 * request ({@code sections[1].items[0].scale}), so an editor can point at each one.
 */
public class InvalidInstrument extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidInstrument(List<FieldError> errors) {
    super(
        Kind.INVALID,
        CompetenceProblemCode.INSTRUMENT_INVALID,
        "Invalid instrument",
        errors.size() == 1
            ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).message()
            : errors.size() + " fields are not valid.",
        errors);
  }

  public InvalidInstrument(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}
