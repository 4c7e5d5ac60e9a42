package se.styrkedja.plans.plan.control;

import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.tenant.api.Action;

/**
 * The steps people take with a plan, who may take each (the role hierarchy's action on the plan's
 * unit) and where it leads.
 */
public enum Step {
  /** The unit's own level hands the plan up. */
  SUBMIT(PlanStatus.SUBMITTED, Action.WRITE, false),
  /** The level directly above, inside its subtree, approves it. */
  APPROVE(PlanStatus.APPROVED, Action.APPROVE, false),
  /** ... or returns it with a comment saying what to change. */
  RETURN(PlanStatus.RETURNED, Action.APPROVE, true),
  /** The unit starts carrying out the approved plan. */
  ACTIVATE(PlanStatus.ACTIVE, Action.WRITE, false),
  /** The unit has reported back on the year. */
  MARK_FOLLOWED_UP(PlanStatus.FOLLOWED_UP, Action.WRITE, false),
  /** The level above closes the year's plan. */
  CLOSE(PlanStatus.CLOSED, Action.APPROVE, false);

  private final PlanStatus leadsTo;
  private final Action needs;
  private final boolean needsComment;

  Step(PlanStatus leadsTo, Action needs, boolean needsComment) {
    this.leadsTo = leadsTo;
    this.needs = needs;
    this.needsComment = needsComment;
  }

  public PlanStatus leadsTo() {
    return leadsTo;
  }

  public Action needs() {
    return needs;
  }

  public boolean needsComment() {
    return needsComment;
  }

  /** Taken by the level above the plan's writer, who must not be its writer. */
  public boolean isDecision() {
    return needs == Action.APPROVE;
  }
}
