package se.styrkedja.competence.api;

import se.styrkedja.core.problem.ProblemCode;

/**
 * The codes of every problem the competence module answers with. A new problem adds its code here,
 * and the web app must word it (WordsForCodesTest in web fails until it does).
 */
public enum CompetenceProblemCode implements ProblemCode {
  INSTRUMENT_DRAFT_EXISTS("competence.instrument.draft-exists"),
  INSTRUMENT_INVALID("competence.instrument.invalid"),
  INSTRUMENT_NOT_A_DRAFT("competence.instrument.not-draft"),
  INSTRUMENT_NOT_FOUND("competence.instrument.not-found"),
  INSTRUMENT_STALE_VERSION("competence.instrument.stale-version"),
  INSTRUMENT_SURVEYJS_UNSUPPORTED("competence.instrument.surveyjs-unsupported"),
  INSTRUMENT_TEMPLATE_NOT_FOUND("competence.instrument.template-not-found"),
  INSTRUMENT_VERSION_NOT_FOUND("competence.instrument.version-not-found"),
  ROUND_ALREADY_ANSWERED("competence.round.already-answered"),
  ROUND_ANSWERS_INVALID("competence.round.answers-invalid"),
  ROUND_CLOSED("competence.round.closed"),
  ROUND_INVALID("competence.round.invalid"),
  ROUND_NO_OWN_ANSWERS("competence.round.no-own-answers"),
  ROUND_NOT_FOUND("competence.round.not-found"),
  ROUND_NOT_OPEN("competence.round.not-open"),
  ROUND_STALE_DRAFT("competence.round.stale-draft");

  private final String code;
  private final boolean fieldOnly;

  CompetenceProblemCode(String code) {
    this(code, false);
  }

  CompetenceProblemCode(String code, boolean fieldOnly) {
    this.code = code;
    this.fieldOnly = fieldOnly;
  }

  @Override
  public boolean fieldOnly() {
    return fieldOnly;
  }

  @Override
  public String code() {
    return code;
  }
}
