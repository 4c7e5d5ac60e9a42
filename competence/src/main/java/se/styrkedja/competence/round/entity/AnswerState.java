package se.styrkedja.competence.round.entity;

/** What an answer to one item says. */
public enum AnswerState {
  /** A value (or, for a comment item, a text). */
  ANSWERED,
  /** "Ej aktuellt": the item does not apply to the respondent. */
  NOT_APPLICABLE,
  /** "Vill inte svara": the respondent prefers not to say. */
  DECLINED
}
