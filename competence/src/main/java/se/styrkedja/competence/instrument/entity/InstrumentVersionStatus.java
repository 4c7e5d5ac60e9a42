package se.styrkedja.competence.instrument.entity;

/** Where a version of an instrument is in its life. */
public enum InstrumentVersionStatus {
  /** Being written; changes freely. */
  DRAFT,
  /** Published: never changes again, and rounds may use it. */
  FROZEN
}
