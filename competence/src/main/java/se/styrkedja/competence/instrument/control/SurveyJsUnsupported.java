package se.styrkedja.competence.instrument.control;

import java.util.List;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;

/**
 * A SurveyJS survey with elements an instrument cannot ask (a matrix, a file upload, free text
 * other than a comment): each one named by its path ({@code pages[0].elements[3].type}), so the
 * author knows what to change before importing again. Nothing is created.
 */
public class SurveyJsUnsupported extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public SurveyJsUnsupported(List<FieldError> errors) {
    super(
        Kind.INVALID,
        CompetenceProblemCode.INSTRUMENT_SURVEYJS_UNSUPPORTED,
        "The survey cannot be imported",
        errors.size() == 1
            ? "The field '"
                + errors.get(0).field()
                + "' is not supported: "
                + errors.get(0).message()
            : errors.size() + " parts of the survey cannot be imported.",
        errors);
  }
}
