package se.styrkedja.plans.plan.entity;

import java.util.Locale;
import java.util.Map;

/**
 * What made a new version of a plan. The stored change note is English for the log ("activity
 * added: Läsplattor"); clients get this kind and its activity or status and word it themselves.
 */
public enum RevisionKind {
  CREATED,
  EDITED,
  ACTIVITY_ADDED,
  ACTIVITY_CHANGED,
  ACTIVITY_REMOVED,
  PROGRESS,
  /** A step of the workflow: the status the plan moved to. */
  STATUS,
  /** A note this version does not know (written by a later one); shown as it is. */
  OTHER;

  /** A change note read back: its kind, and the activity's title or the status it names. */
  public record Change(RevisionKind kind, String activity, PlanStatus status) {}

  /** The prefixes Plans writes before an activity's title (disjoint, so their order is free). */
  private static final Map<String, RevisionKind> ABOUT_AN_ACTIVITY =
      Map.of(
          "activity added: ", ACTIVITY_ADDED,
          "activity changed: ", ACTIVITY_CHANGED,
          "activity removed: ", ACTIVITY_REMOVED,
          "progress: ", PROGRESS);

  public static Change of(String note) {
    if (note.equals("created")) {
      return new Change(CREATED, null, null);
    }
    if (note.equals("plan edited")) {
      return new Change(EDITED, null, null);
    }
    for (Map.Entry<String, RevisionKind> prefix : ABOUT_AN_ACTIVITY.entrySet()) {
      if (note.startsWith(prefix.getKey())) {
        return new Change(prefix.getValue(), note.substring(prefix.getKey().length()), null);
      }
    }
    try {
      return new Change(
          STATUS, null, PlanStatus.valueOf(note.toUpperCase(Locale.ROOT).replace(' ', '_')));
    } catch (IllegalArgumentException e) {
      return new Change(OTHER, null, null);
    }
  }
}
