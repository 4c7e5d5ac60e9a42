package se.styrkedja.tenant.api;

/** What a caller wants to do with something owned by a unit. */
public enum Action {
  /** See it. */
  READ,
  /** Write or change it: a unit's own plan, follow-up, self-assessment round. */
  WRITE,
  /** Approve it on behalf of the level above the one that wrote it. */
  APPROVE,
  /** Configure the municipality: organisation, strategy, role hierarchy. */
  CONFIGURE
}
