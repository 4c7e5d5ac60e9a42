package se.styrkedja.competence.api;

import se.styrkedja.core.problem.ProblemCode;

/**
 * The codes of every problem the competence module answers with. A new problem adds its code here,
 * and the web app must word it (WordsForCodesTest in web fails until it does).
 */
public enum CompetenceProblemCode implements ProblemCode {
  ;

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
