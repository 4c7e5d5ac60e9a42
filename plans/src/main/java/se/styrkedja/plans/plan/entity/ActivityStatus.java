package se.styrkedja.plans.plan.entity;

/** How far an activity has come. Delayed is not a status: it is derived from the due date. */
public enum ActivityStatus {
  PLANNED,
  ONGOING,
  DONE,
  CANCELLED;

  /** Whether the activity is still to be finished (and so can be late). */
  public boolean isOpen() {
    return this == PLANNED || this == ONGOING;
  }
}
