package se.styrkedja.competence.round.entity;

/** Whether an answer can ever be traced to its person. */
public enum RoundMode {
  /** No link from an answer to its person is ever stored. */
  ANONYMOUS,
  /** The person sees their own answers again; everyone else sees only aggregates. */
  CONFIDENTIAL
}
