package se.styrkedja.plans.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.plans.api.PlanStepTaken;
import se.styrkedja.plans.api.PlansProblemCode;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanRevision;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.plans.plan.entity.PlanTransition;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.AdoptedStrategy;
import se.styrkedja.tenant.api.ChainOfGovernance;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.ReadScope;
import se.styrkedja.tenant.api.StrategyDirectory;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.api.UnitType;

/**
 * The use cases of plans. Who may do what comes from the role hierarchy (AccessPolicy): the unit's
 * own level writes and submits its plan, the level directly above approves it. Every change runs in
 * one transaction with its audit line and a new revision of the plan.
 */
@ApplicationScoped
@Transactional
public class Plans {

  static final String TARGET = "plan";

  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

  @Inject PlanStore store;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject OrganisationTree tree;
  @Inject StrategyDirectory strategies;
  @Inject ChainOfGovernance chain;
  @Inject Event<PlanStepTaken> stepTaken;

  /** A new plan. */
  public record NewPlan(
      PlanKind kind, String schoolYear, UUID unitId, String title, String summary) {}

  /**
   * A plan with its activities, as read together, and the steps of its workflow the caller may take
   * now.
   */
  public record WholePlan(
      Plan plan,
      List<Activity> activities,
      List<Step> allowedSteps,
      java.util.Optional<Plan> administrationPlan,
      List<PlanAction> allowed,
      Map<UUID, List<ActivityAction>> allowedOnActivities) {}

  /** What the caller may do with a plan besides the steps of its workflow. */
  public enum PlanAction {
    /** Rewrite its title and summary, add activities: while it is written. */
    EDIT,
    /** Report back on it (the follow-ups): while it runs, through the one who leads the unit. */
    FOLLOW_UP,
    /** Start next year's plan as a copy of it: whoever may start a plan of its kind at its unit. */
    COPY,
    /** Save it as a template for the municipality's units: the admin or the administration. */
    TEMPLATE
  }

  /** What the caller may do with one activity of a plan. */
  public enum ActivityAction {
    EDIT,
    DELETE,
    PROGRESS
  }

  /** A unit and the kind of plan the caller may start for it. */
  public record Creatable(UnitInfo unit, PlanKind kind) {}

  public List<Plan> list(String schoolYear, PlanStatus status) {
    ReadScope scope = access.readScope();
    return store.list(schoolYear, status, scope.wholeTenant() ? null : scope.units());
  }

  /**
   * Whether the caller may read the plan: within their scope, and the administration's action plan
   * for everyone of the municipality, since every local plan concretises it.
   */
  public boolean mayRead(Plan plan) {
    return plan.kind() == PlanKind.ADMINISTRATION || access.may(Action.READ, unitOf(plan));
  }

  public WholePlan get(UUID id) {
    Plan plan = readable(id);
    List<Activity> activities = store.activities(plan.id());
    boolean writes = access.may(Action.WRITE, unitOf(plan));
    boolean leads = writes && leads(plan);
    List<PlanAction> allowed = new java.util.ArrayList<>();
    if (writes && plan.status().isEditable()) {
      allowed.add(PlanAction.EDIT);
    }
    if (leads && plan.status().isRunning()) {
      allowed.add(PlanAction.FOLLOW_UP);
    }
    // Only the unit's lead starts its plans (asked first: the list costs a look at the strategy).
    if (leads
        && creatable().stream()
            .anyMatch(c -> c.unit().id().equals(plan.unitId()) && c.kind() == plan.kind())) {
      allowed.add(PlanAction.COPY);
    }
    if (writesTemplates()) {
      allowed.add(PlanAction.TEMPLATE);
    }
    Map<UUID, List<ActivityAction>> onActivities = new HashMap<>();
    for (Activity a : activities) {
      List<ActivityAction> actions = new java.util.ArrayList<>();
      if (writes && plan.status().isEditable()) {
        actions.add(ActivityAction.EDIT);
        actions.add(ActivityAction.DELETE);
      }
      if (plan.status().isRunning() && (leads || ownedByCaller(a))) {
        actions.add(ActivityAction.PROGRESS);
      }
      onActivities.put(a.id(), actions);
    }
    return new WholePlan(
        plan,
        activities,
        allowedSteps(plan),
        plan.kind() == PlanKind.LOCAL
            ? store.administrationPlan(plan.schoolYear())
            : java.util.Optional.empty(),
        allowed,
        onActivities);
  }

  /**
   * Whether the caller writes the municipality's plan templates: its admin, or the administration
   * at the root of the tree.
   */
  public boolean writesTemplates() {
    return access.may(Action.CONFIGURE, Target.tenantWide(tenant.require()))
        || tree.units().stream()
            .filter(u -> u.parentId() == null)
            .map(UnitInfo::id)
            .anyMatch(root -> access.may(Action.WRITE, Target.unit(tenant.require(), root)));
  }

  /**
   * The units and kinds of plan the caller may start, by the rules {@link #create} applies: a unit
   * that is open, where the caller holds the level that leads it (a principal at their school, the
   * administration's leadership at the administration), a kind that fits the unit, and an adopted
   * strategy to plan for. Teachers, the board and the admin start none.
   */
  public List<Creatable> creatable() {
    if (strategies.adopted().isEmpty()) {
      return List.of();
    }
    List<Creatable> out = new java.util.ArrayList<>();
    access
        .levelsAt()
        .forEach(
            (unitId, level) -> {
              if (!access.leads(level)) {
                return;
              }
              tree.find(unitId)
                  .filter(UnitInfo::isOpen)
                  .filter(u -> access.may(Action.WRITE, Target.unit(tenant.require(), u.id())))
                  .ifPresent(
                      u ->
                          out.add(
                              new Creatable(
                                  u,
                                  u.type() == UnitType.ADMINISTRATION
                                      ? PlanKind.ADMINISTRATION
                                      : PlanKind.LOCAL)));
            });
    out.sort(java.util.Comparator.comparing(c -> c.unit().name()));
    return out;
  }

  public Plan create(NewPlan n) {
    requireSchoolYear(n.schoolYear());
    UnitInfo unit =
        tree.find(n.unitId())
            .orElseThrow(() -> new InvalidPlan("unitId", "no such unit: " + n.unitId()));
    if ((n.kind() == PlanKind.ADMINISTRATION) != (unit.type() == UnitType.ADMINISTRATION)) {
      throw new InvalidPlan(
          "unitId",
          n.kind() == PlanKind.ADMINISTRATION
              ? "an administration plan belongs to an administration unit"
              : "a local plan belongs to a unit below the administration");
    }
    if (!unit.isOpen()) {
      throw new InvalidPlan("unitId", "the unit is closed");
    }
    access.require(Action.WRITE, Target.unit(tenant.require(), unit.id()), "write a plan");
    String level =
        access.levelAt(unit.id()).filter(access::leads).orElseThrow(NotTheUnitsLead::new);
    AdoptedStrategy strategy = strategies.adopted().orElseThrow(NoStrategyToPlanFor::new);
    store
        .find(n.kind(), unit.id(), n.schoolYear())
        .ifPresent(
            existing -> {
              throw new PlanExists(existing);
            });
    Plan plan =
        new Plan(
            n.kind(),
            n.schoolYear(),
            unit.id(),
            n.title(),
            n.summary(),
            level,
            strategy.id(),
            caller.actor(),
            now());
    store.add(plan);
    store.flush();
    revised(plan, "created");
    audit.wrote("plan.created", TARGET, plan.id());
    return plan;
  }

  public Plan edit(UUID id, String title, String summary, long version) {
    Plan plan = writable(id);
    requireVersion(plan, version);
    plan.edit(title, summary, caller.actor(), now());
    revised(plan, "plan edited");
    audit.wrote("plan.edited", TARGET, id);
    return plan;
  }

  public Activity addActivity(UUID planId, Activity.Content content) {
    Plan plan = writable(planId);
    plan.requireEditable();
    requireFits(content);
    int place = store.activities(planId).size() + 1;
    Activity activity = new Activity(planId, place, content, caller.actor(), now());
    store.add(activity);
    store.flush();
    revised(plan, "activity added: " + content.title());
    audit.wrote("plan.activity-added", TARGET, planId);
    return activity;
  }

  public Activity editActivity(
      UUID planId, UUID activityId, Activity.Content content, long version) {
    Plan plan = writable(planId);
    plan.requireEditable();
    Activity activity = activity(plan, activityId, version);
    requireFits(content);
    activity.write(content, caller.actor(), now());
    store.flush();
    revised(plan, "activity changed: " + content.title());
    audit.wrote("plan.activity-changed", TARGET, planId);
    return activity;
  }

  public void removeActivity(UUID planId, UUID activityId, long version) {
    Plan plan = writable(planId);
    plan.requireEditable();
    Activity activity = activity(plan, activityId, version);
    store.remove(activity);
    store.flush();
    int place = 1;
    for (Activity a : store.activities(planId)) {
      a.moveTo(place++);
    }
    store.flush();
    revised(plan, "activity removed: " + activity.title());
    audit.wrote("plan.activity-removed", TARGET, planId);
  }

  /**
   * Reports how far an activity has come, while the plan runs: the one who writes the plan at its
   * level (the unit's principal), or the activity's owner, who may be a teacher with no say over
   * the rest of the plan; not any other teacher of the unit.
   */
  public Activity report(
      UUID planId, UUID activityId, ActivityStatus status, int progress, long version) {
    Plan plan = store.findForUpdate(planId).orElseThrow(() -> new PlanNotFound(planId));
    requireReadable(plan);
    Activity activity = activity(plan, activityId, version);
    if (!ownedByCaller(activity) && !(access.may(Action.WRITE, unitOf(plan)) && leads(plan))) {
      se.styrkedja.core.audit.Audit.refused(
          tenant.require().value(),
          caller.actor(),
          "report on activity " + activityId,
          "neither its owner nor the unit's lead");
      throw new NotYourActivity();
    }
    if (!plan.status().isRunning()) {
      throw new InvalidPlan(
          "status", "progress is reported once the plan is approved, not while it is written");
    }
    activity.report(status, progress, caller.actor(), now());
    store.flush();
    revised(plan, "progress: " + activity.title());
    audit.wrote("plan.activity-reported", TARGET, planId);
    return activity;
  }

  /** Takes one step of the workflow, for the plan as the caller last read it ({@code version}). */
  public Plan take(UUID id, Step step, long version, String comment) {
    Plan plan = store.findForUpdate(id).orElseThrow(() -> new PlanNotFound(id));
    requireReadable(plan);
    Target target =
        step.isDecision()
            ? Target.writtenAt(tenant.require(), plan.unitId(), plan.writtenAtLevel())
            : unitOf(plan);
    access.require(step.needs(), target, step.name().toLowerCase(Locale.ROOT) + " a plan");
    if (step.isDecision()
        && (plan.createdBy().equals(caller.actor())
            || plan.submittedBy().map(caller.actor()::equals).orElse(false))) {
      throw new OwnPlan();
    }
    requireVersion(plan, version);
    String remark = comment == null ? "" : comment.strip();
    if (step.needsComment() && remark.isEmpty()) {
      throw new InvalidPlan("comment", "say what should change before the plan comes back");
    }
    if (!step.isDecision() && !leads(plan)) {
      throw new NotTheUnitsLead();
    }
    if (step == Step.SUBMIT && store.activities(id).isEmpty()) {
      throw new EmptyPlan();
    }
    OffsetDateTime at = now();
    PlanStatus from = plan.moveTo(step.leadsTo(), caller.actor(), at);
    store.add(new PlanTransition(id, from, plan.status(), remark, caller.actor(), at));
    store.flush();
    revised(plan, plan.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    audit.wrote("plan." + step.leadsTo().name().toLowerCase(Locale.ROOT), TARGET, id);
    stepTaken.fire(
        new PlanStepTaken(
            tenant.require(),
            id,
            plan.unitId(),
            plan.status().name().toLowerCase(Locale.ROOT),
            caller.actor(),
            at));
    return plan;
  }

  /** The plan as a document, with the names of its unit, priority areas and goals. */
  public PlanExport.Document document(UUID id) {
    WholePlan whole = get(id);
    Map<UUID, String> areas = new HashMap<>();
    Map<UUID, String> goals = new HashMap<>();
    strategies
        .adopted()
        .ifPresent(
            s ->
                s.areas()
                    .forEach(
                        a -> {
                          areas.put(a.id(), a.title());
                          a.goals().forEach(g -> goals.put(g.id(), g.title()));
                        }));
    return new PlanExport.Document(
        whole.plan(),
        whole.activities(),
        tree.find(whole.plan().unitId()).map(UnitInfo::name).orElse(""),
        areas,
        goals,
        chain.levels().stream()
            .collect(
                Collectors.toMap(
                    ChainOfGovernance.ChainLevel::key,
                    ChainOfGovernance.ChainLevel::name,
                    (a, b) -> a)),
        Clocks.today(clock));
  }

  /**
   * The steps the caller may take with the plan now, by the same rules {@link #take} applies, so
   * that the web app offers exactly those.
   */
  List<Step> allowedSteps(Plan plan) {
    List<Step> allowed = new java.util.ArrayList<>();
    for (Step step : Step.values()) {
      if (!plan.canMoveTo(step.leadsTo())) {
        continue;
      }
      if (step.isDecision()) {
        boolean own =
            plan.createdBy().equals(caller.actor())
                || plan.submittedBy().map(caller.actor()::equals).orElse(false);
        if (!own
            && access.may(
                Action.APPROVE,
                Target.writtenAt(tenant.require(), plan.unitId(), plan.writtenAtLevel()))) {
          allowed.add(step);
        }
      } else if (access.may(Action.WRITE, unitOf(plan)) && leads(plan)) {
        allowed.add(step);
      }
    }
    return allowed;
  }

  private boolean ownedByCaller(Activity activity) {
    return activity.owner().equals(caller.actor());
  }

  /** Whether the caller leads the plan's unit at the level the plan is written at. */
  private boolean leads(Plan plan) {
    return access.levelAt(plan.unitId()).map(plan.writtenAtLevel()::equals).orElse(false);
  }

  public List<PlanRevision> revisions(UUID id) {
    return store.revisions(readable(id).id());
  }

  public PlanSnapshot revision(UUID id, int revision) {
    return SnapshotJson.read(revisionOf(readable(id), revision, "revision").snapshot());
  }

  public PlanComparison compare(UUID id, int from, int to) {
    Plan plan = readable(id);
    return PlanComparison.between(
        from,
        SnapshotJson.read(revisionOf(plan, from, "from").snapshot()),
        to,
        SnapshotJson.read(revisionOf(plan, to, "to").snapshot()));
  }

  public List<PlanTransition> transitions(UUID id) {
    return store.transitions(readable(id).id());
  }

  private PlanRevision revisionOf(Plan plan, int revision, String field) {
    return store
        .revision(plan.id(), revision)
        .orElseThrow(() -> new InvalidPlan(field, "the plan has no revision " + revision));
  }

  private Plan readable(UUID id) {
    Plan plan = store.find(id).orElseThrow(() -> new PlanNotFound(id));
    requireReadable(plan);
    return plan;
  }

  private void requireReadable(Plan plan) {
    if (plan.kind() != PlanKind.ADMINISTRATION) {
      access.require(Action.READ, unitOf(plan), "read a plan");
    }
  }

  /** The plan, locked, for someone who writes at its unit. */
  private Plan writable(UUID id) {
    Plan plan = store.findForUpdate(id).orElseThrow(() -> new PlanNotFound(id));
    requireReadable(plan);
    access.require(Action.WRITE, unitOf(plan), "write a plan");
    return plan;
  }

  private Activity activity(Plan plan, UUID activityId, long version) {
    Activity activity =
        store.activity(plan.id(), activityId).orElseThrow(() -> new ActivityNotFound(activityId));
    if (activity.version() != version) {
      throw new StaleVersion(
          PlansProblemCode.ACTIVITY_STALE_VERSION,
          "Activity",
          activityId,
          version,
          activity.version());
    }
    return activity;
  }

  private Target unitOf(Plan plan) {
    return Target.unit(tenant.require(), plan.unitId());
  }

  private static void requireVersion(Plan plan, long version) {
    if (plan.version() != version) {
      throw new StaleVersion(
          PlansProblemCode.PLAN_STALE_VERSION, "Plan", plan.title(), version, plan.version());
    }
  }

  public static void requireSchoolYear(String schoolYear) {
    var m = schoolYear == null ? null : SCHOOL_YEAR.matcher(schoolYear);
    if (m == null
        || !m.matches()
        || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw new InvalidPlan("schoolYear", "a school year is written 2025/26");
    }
  }

  /** An activity serves a priority area of the adopted strategy and goals of that area. */
  private void requireFits(Activity.Content content) {
    AdoptedStrategy strategy = strategies.adopted().orElseThrow(NoStrategyToPlanFor::new);
    AdoptedStrategy.Area area =
        strategy.areas().stream()
            .filter(a -> a.id().equals(content.priorityAreaId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidPlan(
                        "priorityAreaId", "not a priority area of the adopted strategy"));
    Set<UUID> goals = new HashSet<>();
    area.goals().forEach(g -> goals.add(g.id()));
    for (UUID goal : content.goalIds()) {
      if (!goals.contains(goal)) {
        throw new InvalidPlan("goalIds", "goal " + goal + " is not a goal of that priority area");
      }
    }
    if (!content.targetLevels().isEmpty()) {
      // Levels of the municipality's own chain, as its admin set it up on the Roles page.
      Set<String> known = new HashSet<>();
      chain.levels().forEach(l -> known.add(l.key()));
      for (String level : content.targetLevels()) {
        if (!known.contains(level)) {
          throw new InvalidPlan(
              "targetLevels", "the chain of governance has no level '" + level + "'");
        }
      }
    }
    for (UUID unit : content.targetUnitIds()) {
      if (tree.find(unit).isEmpty()) {
        throw new InvalidPlan("targetUnitIds", "no such unit: " + unit);
      }
    }
    if (content.dueOn().isBefore(content.startsOn())) {
      throw new InvalidPlan("dueOn", "the due date comes on or after the start date");
    }
  }

  private void revised(Plan plan, String note) {
    store.add(
        new PlanRevision(
            plan.id(),
            store.nextRevision(plan.id()),
            note.length() > 500 ? note.substring(0, 500) : note,
            SnapshotJson.write(PlanSnapshot.of(plan, store.activities(plan.id()))),
            caller.actor(),
            now()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
