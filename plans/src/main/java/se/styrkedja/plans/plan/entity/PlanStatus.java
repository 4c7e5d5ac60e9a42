package se.styrkedja.plans.plan.entity;

/**
 * Where a plan is in its workflow: draft -> submitted -> approved or returned (and back to
 * submitted) -> active -> followed up -> closed.
 */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED,
  ACTIVE,
  FOLLOWED_UP,
  CLOSED;

  /** Whether its content (title, summary, activities) may still be written. */
  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }

  /** Whether its activities are being carried out: their status and progress are reported. */
  public boolean isRunning() {
    return this == APPROVED || this == ACTIVE || this == FOLLOWED_UP;
  }
}
