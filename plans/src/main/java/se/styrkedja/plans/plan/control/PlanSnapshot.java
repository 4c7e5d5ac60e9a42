package se.styrkedja.plans.plan.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.Plan;

/**
 * A plan whole, as one revision keeps it: its own fields and its activities in order. Fields are
 * named values, so that two revisions compare field by field and a revision reads back from JSON
 * whatever fields a later release adds.
 */
public record PlanSnapshot(Map<String, Object> fields, List<ActivitySnapshot> activities) {

  public PlanSnapshot {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    activities = List.copyOf(activities);
  }

  /** An activity as a revision keeps it. */
  public record ActivitySnapshot(UUID id, Map<String, Object> fields) {
    public ActivitySnapshot {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String title() {
      return String.valueOf(fields.get("title"));
    }
  }

  public static PlanSnapshot of(Plan plan, List<Activity> activities) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", plan.title());
    fields.put("summary", plan.summary());
    fields.put("status", plan.status().name());
    fields.put("schoolYear", plan.schoolYear());
    fields.put("kind", plan.kind().name());
    fields.put("unitId", plan.unitId().toString());
    fields.put("submittedBy", plan.submittedBy().orElse(""));
    fields.put("decidedBy", plan.decidedBy().orElse(""));
    return new PlanSnapshot(fields, activities.stream().map(PlanSnapshot::of).toList());
  }

  private static ActivitySnapshot of(Activity a) {
    Activity.Content c = a.content();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", c.title());
    fields.put("description", c.description());
    fields.put("priorityAreaId", c.priorityAreaId().toString());
    fields.put("goalIds", c.goalIds().stream().map(UUID::toString).toList());
    fields.put("targetLevels", c.targetLevels());
    fields.put("targetUnitIds", c.targetUnitIds().stream().map(UUID::toString).toList());
    fields.put("targetNote", c.targetNote());
    fields.put("owner", c.owner());
    fields.put("startsOn", c.startsOn().toString());
    fields.put("dueOn", c.dueOn().toString());
    fields.put("successCriteria", c.successCriteria());
    fields.put("status", a.status().name());
    fields.put("progress", a.progress());
    return new ActivitySnapshot(a.id(), fields);
  }
}
