package se.styrkedja.plans.plan.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.plans.plan.control.PlanComparison;
import se.styrkedja.plans.plan.control.PlanSnapshot;
import se.styrkedja.plans.plan.control.Plans;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanRevision;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.plans.plan.entity.PlanTransition;
import se.styrkedja.plans.plan.entity.RevisionKind;

/** What the plans API answers. */
public final class PlanViews {

  private PlanViews() {}

  /** A plan in a list. */
  public record PlanSummary(
      UUID id,
      @Schema(implementation = PlanKind.class) String kind,
      String schoolYear,
      UUID unitId,
      String title,
      @Schema(implementation = PlanStatus.class) String status,
      String writtenAtLevel,
      @Schema(nullable = true) String submittedBy,
      @Schema(nullable = true) OffsetDateTime submittedAt,
      @Schema(nullable = true) String decidedBy,
      @Schema(nullable = true) OffsetDateTime decidedAt,
      OffsetDateTime updatedAt,
      long version) {

    static PlanSummary of(Plan p) {
      return new PlanSummary(
          p.id(),
          p.kind().name(),
          p.schoolYear(),
          p.unitId(),
          p.title(),
          p.status().name(),
          p.writtenAtLevel(),
          p.submittedBy().orElse(null),
          p.submittedAt().orElse(null),
          p.decidedBy().orElse(null),
          p.decidedAt().orElse(null),
          p.updatedAt(),
          p.version());
    }
  }

  /** A plan whole, with its activities in order. */
  public record PlanView(
      UUID id,
      @Schema(implementation = PlanKind.class) String kind,
      String schoolYear,
      UUID unitId,
      String title,
      @Schema(nullable = true) String summary,
      @Schema(implementation = PlanStatus.class) String status,
      String writtenAtLevel,
      UUID strategyId,
      String createdBy,
      OffsetDateTime createdAt,
      @Schema(nullable = true) String submittedBy,
      @Schema(nullable = true) OffsetDateTime submittedAt,
      @Schema(nullable = true) String decidedBy,
      @Schema(nullable = true) OffsetDateTime decidedAt,
      String updatedBy,
      OffsetDateTime updatedAt,
      long version,
      List<ActivityView> activities,
      @Schema(
              description = "The workflow steps the caller may take now, as the server allows",
              enumeration = {
                "SUBMIT",
                "APPROVE",
                "RETURN",
                "ACTIVATE",
                "MARK_FOLLOWED_UP",
                "CLOSE"
              })
          List<String> allowedSteps,
      @Schema(nullable = true) UUID administrationPlanId,
      @Schema(nullable = true) String administrationPlanTitle,
      @Schema(
              description = "What else the caller may do with the plan now",
              enumeration = {"edit", "follow-up", "copy", "template"})
          List<String> allowed,
      @Schema(description = "Names of the people the plan names, by username (when known)")
          Map<String, String> names) {

    static PlanView of(Plans.WholePlan whole, LocalDate today, Map<String, String> names) {
      Plan p = whole.plan();
      return new PlanView(
          p.id(),
          p.kind().name(),
          p.schoolYear(),
          p.unitId(),
          p.title(),
          p.summary(),
          p.status().name(),
          p.writtenAtLevel(),
          p.strategyId(),
          p.createdBy(),
          p.createdAt(),
          p.submittedBy().orElse(null),
          p.submittedAt().orElse(null),
          p.decidedBy().orElse(null),
          p.decidedAt().orElse(null),
          p.updatedBy(),
          p.updatedAt(),
          p.version(),
          whole.activities().stream()
              .map(
                  a ->
                      ActivityView.of(
                          a,
                          today,
                          whole.allowedOnActivities().getOrDefault(a.id(), List.of()),
                          names))
              .toList(),
          whole.allowedSteps().stream().map(Enum::name).toList(),
          whole.administrationPlan().map(Plan::id).orElse(null),
          whole.administrationPlan().map(Plan::title).orElse(null),
          whole.allowed().stream().map(PlanViews::key).toList(),
          names);
    }

    /** Every username the plan shows, for looking their names up at once. */
    static List<String> usernames(Plans.WholePlan whole) {
      Plan p = whole.plan();
      List<String> out = new java.util.ArrayList<>();
      out.add(p.createdBy());
      out.add(p.updatedBy());
      p.submittedBy().ifPresent(out::add);
      p.decidedBy().ifPresent(out::add);
      whole
          .activities()
          .forEach(
              a -> {
                out.add(a.content().owner());
                out.add(a.updatedBy());
              });
      return out;
    }
  }

  /** An activity; {@code delayed} when it is still open after its due date. */
  public record ActivityView(
      UUID id,
      int place,
      UUID priorityAreaId,
      List<UUID> goalIds,
      String title,
      @Schema(nullable = true) String description,
      List<String> targetLevels,
      List<UUID> targetUnitIds,
      @Schema(nullable = true) String targetNote,
      String owner,
      @Schema(
              nullable = true,
              description = "The owner's name, when the municipality knows a person for it")
          String ownerName,
      LocalDate startsOn,
      LocalDate dueOn,
      @Schema(nullable = true) String successCriteria,
      @Schema(implementation = ActivityStatus.class) String status,
      boolean delayed,
      int progress,
      String updatedBy,
      OffsetDateTime updatedAt,
      long version,
      @Schema(
              description = "What the caller may do with the activity now, as the server allows",
              enumeration = {"edit", "delete", "progress"})
          List<String> allowed) {

    static ActivityView of(
        Activity a,
        LocalDate today,
        List<Plans.ActivityAction> allowed,
        Map<String, String> names) {
      Activity.Content c = a.content();
      return new ActivityView(
          a.id(),
          a.place(),
          c.priorityAreaId(),
          c.goalIds(),
          c.title(),
          c.description(),
          c.targetLevels(),
          c.targetUnitIds(),
          c.targetNote(),
          c.owner(),
          names.get(c.owner()),
          c.startsOn(),
          c.dueOn(),
          c.successCriteria(),
          a.status().name(),
          a.isDelayed(today),
          a.progress(),
          a.updatedBy(),
          a.updatedAt(),
          a.version(),
          allowed.stream().map(PlanViews::key).toList());
    }
  }

  /** An action as the API names it: {@code follow-up} for FOLLOW_UP. */
  static String key(Enum<?> action) {
    return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** A unit and the kind of plan the caller may start for it. */
  public record CreatableView(
      UUID unitId, String unitName, @Schema(implementation = PlanKind.class) String kind) {
    static CreatableView of(Plans.Creatable c) {
      return new CreatableView(c.unit().id(), c.unit().name(), c.kind().name());
    }
  }

  /** One step of the workflow. */
  public record TransitionView(
      @Schema(implementation = PlanStatus.class) String from,
      @Schema(implementation = PlanStatus.class) String to,
      @Schema(nullable = true) String comment,
      String by,
      @Schema(
              nullable = true,
              description = "Who, by name, when the municipality knows a person for it")
          String byName,
      OffsetDateTime at) {
    static TransitionView of(PlanTransition t, Map<String, String> names) {
      return new TransitionView(
          t.from().name(), t.to().name(), t.remark(), t.actor(), names.get(t.actor()), t.actedAt());
    }
  }

  /**
   * A version of the plan in its history: what made it ({@code kind}, with the activity's title or
   * the status it moved to), for a client to word; {@code change} is the same in English.
   */
  public record RevisionView(
      int revision,
      @Schema(implementation = RevisionKind.class) String kind,
      @Schema(nullable = true) String activity,
      @Schema(nullable = true, implementation = PlanStatus.class) String status,
      String change,
      String by,
      @Schema(
              nullable = true,
              description = "Who, by name, when the municipality knows a person for it")
          String byName,
      OffsetDateTime at) {
    static RevisionView of(PlanRevision r, Map<String, String> names) {
      RevisionKind.Change c = RevisionKind.of(r.changeNote());
      return new RevisionView(
          r.revision(),
          c.kind().name(),
          c.activity(),
          c.status() == null ? null : c.status().name(),
          r.changeNote(),
          r.changedBy(),
          names.get(r.changedBy()),
          r.changedAt());
    }
  }

  /** A version of the plan as it was. */
  public record SnapshotView(
      int revision, Map<String, Object> plan, List<Map<String, Object>> activities) {
    static SnapshotView of(int revision, PlanSnapshot s) {
      return new SnapshotView(
          revision,
          s.fields(),
          s.activities().stream()
              .map(
                  a -> {
                    Map<String, Object> fields = new java.util.LinkedHashMap<>();
                    fields.put("id", a.id().toString());
                    fields.putAll(a.fields());
                    return fields;
                  })
              .toList());
    }
  }

  /** Two versions compared. */
  public record ComparisonView(
      int from,
      int to,
      List<PlanComparison.FieldChange> plan,
      List<PlanComparison.ActivityChange> added,
      List<PlanComparison.ActivityChange> removed,
      List<PlanComparison.ActivityChange> changed,
      boolean reordered) {
    static ComparisonView of(PlanComparison c) {
      return new ComparisonView(
          c.fromRevision(),
          c.toRevision(),
          c.plan(),
          c.added(),
          c.removed(),
          c.changed(),
          c.reordered());
    }
  }
}
