package se.styrkedja.plans.cycle.entity;

/** What falls due. */
public enum DeadlineKind {
  /** The administration's action plan is submitted. */
  ADMINISTRATION_PLAN,
  /** Every unit's local action plan is submitted. */
  LOCAL_PLAN,
  /** Every running plan is followed up (återrapportering). */
  FOLLOW_UP
}
