package se.styrkedja.competence.round.entity;

/** Where a round is, from its dates and the municipality's today: never stored. */
public enum RoundStatus {
  /** Its opening day has not come yet. */
  SCHEDULED,
  /** It is answered now. */
  OPEN,
  /** Past its closing day, or closed early by its owner. */
  CLOSED
}
