package se.styrkedja.plans.followup.entity;

/** How a plan or an activity is going. */
public enum Rating {
  ON_TRACK,
  AT_RISK,
  OFF_TRACK
}
