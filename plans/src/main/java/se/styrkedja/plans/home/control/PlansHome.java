package se.styrkedja.plans.home.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.plans.cycle.control.AnnualCycle;
import se.styrkedja.plans.cycle.entity.Deadline;
import se.styrkedja.plans.cycle.entity.DeadlineKind;
import se.styrkedja.plans.inbox.control.Inbox;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.AdoptedStrategy;
import se.styrkedja.tenant.api.HomeCard;
import se.styrkedja.tenant.api.HomeCards;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.ReadScope;
import se.styrkedja.tenant.api.StrategyDirectory;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.api.UnitType;

/**
 * The caller's plans on the home page, of the current school year: what waits for them (the inbox),
 * the next deadlines of the annual cycle, and by level: progress per priority area and plan
 * coverage (board, administration), each led unit's plan (principal, preschool head), the
 * activities a teacher owns. Reads the year's plans once, and their activities once; everything is
 * filtered to the caller's read scope, and the tenant's own rows only are ever read.
 */
@ApplicationScoped
@Transactional
public class PlansHome implements HomeCards {

  /** How many deadlines of the cycle to show. */
  static final int DEADLINES = 3;

  /** At most this many plan ids in one IN list (a municipality has a plan or so per unit). */
  static final int IDS_PER_QUERY = 1_000;

  /** How many of a teacher's own activities to list. */
  static final int OWN_ACTIVITIES = 6;

  /** A plan that has been approved: its activities are the municipality's commitments. */
  static final Set<PlanStatus> APPROVED =
      Set.of(PlanStatus.APPROVED, PlanStatus.ACTIVE, PlanStatus.FOLLOWED_UP, PlanStatus.CLOSED);

  /** Activity counts: done, open and not late, open and late, not started. */
  public static final String DONE = "DONE";

  public static final String ON_TRACK = "ON_TRACK";
  public static final String DELAYED = "DELAYED";
  public static final String PLANNED = "PLANNED";

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject CallerContext caller;
  @Inject AccessPolicy access;
  @Inject OrganisationTree tree;
  @Inject StrategyDirectory strategies;
  @Inject AnnualCycle cycle;
  @Inject Inbox inbox;
  @Inject Clock clock;

  @Override
  public List<HomeCard> cards() {
    if (tenant.current().isEmpty()) {
      return List.of(); // the operator acts for no municipality: no plans to show
    }
    Set<String> levels = access.levels();
    if (levels.isEmpty()) {
      return List.of();
    }
    LocalDate today = Clocks.today(clock);
    String year = Deadline.schoolYearOf(today);
    ReadScope scope = access.readScope();
    List<HomeCard> cards = new ArrayList<>();
    cards.add(waiting(today));
    cards.add(deadlines(today, year));

    boolean leadership =
        levels.contains(RoleLevels.POLITIKER) || levels.contains(RoleLevels.FORVALTNING);
    Map<UUID, String> levelAt = access.levelsAt();
    List<UUID> led =
        levelAt.entrySet().stream()
            .filter(
                e ->
                    e.getValue().equals(RoleLevels.REKTOR)
                        || e.getValue().equals(RoleLevels.FORSKOLECHEF))
            .map(Map.Entry::getKey)
            .toList();
    boolean teacher = levels.contains(RoleLevels.LARARE);
    if (!leadership && led.isEmpty() && !teacher) {
      return cards;
    }

    // The year's plans the caller may read, once; their activities, once.
    List<Plan> plans =
        tenantEm
            .get()
            .createQuery("select p from Plan p where p.schoolYear = :year", Plan.class)
            .setParameter("year", year)
            .getResultList()
            .stream()
            .filter(p -> scope.covers(p.unitId()))
            .toList();
    Map<UUID, Plan> byId = new HashMap<>();
    plans.forEach(p -> byId.put(p.id(), p));
    List<Activity> activities = new ArrayList<>();
    List<UUID> ids = List.copyOf(byId.keySet());
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      activities.addAll(
          tenantEm
              .get()
              .createQuery("select a from Activity a where a.planId in :plans", Activity.class)
              .setParameter("plans", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
              .getResultList());
    }

    if (leadership) {
      cards.add(strategyProgress(today, byId, activities));
      cards.add(coverage(scope, plans));
    }
    for (UUID unit : led) {
      cards.add(unitPlan(today, year, unit, plans, activities));
    }
    if (teacher) {
      cards.add(ownActivities(today, byId, activities));
    }
    return cards;
  }

  /** The inbox, as the menu counts it. */
  private HomeCard waiting(LocalDate today) {
    List<HomeCard.Item> items =
        inbox.items().stream()
            .map(
                i ->
                    new HomeCard.Item(
                        i.reason().name(),
                        i.plan().title(),
                        i.unitName(),
                        planHref(i.plan().id()),
                        i.due().orElse(i.since() == null ? null : i.since().toLocalDate()),
                        i.plan().status().name(),
                        i.due().map(d -> d.isBefore(today)).orElse(false)))
            .toList();
    return new HomeCard("waiting", 10, "#/inkorg", items, List.of(), List.of());
  }

  /** The next deadlines of the annual cycle, this school year's and then the next one's. */
  private HomeCard deadlines(LocalDate today, String year) {
    String next = Deadline.schoolYearOf(today.plusYears(1));
    List<AnnualCycle.Entry> entries = cycle.entries();
    List<HomeCard.Item> items =
        Stream.of(year, next)
            .flatMap(y -> entries.stream().map(e -> Map.entry(e, e.dateIn(y))))
            .filter(e -> !e.getValue().isBefore(today))
            .sorted(Map.Entry.comparingByValue())
            .limit(DEADLINES)
            .map(
                e ->
                    new HomeCard.Item(
                        e.getKey().kind().name(),
                        e.getKey().label(),
                        null,
                        "#/arshjul",
                        e.getValue(),
                        null,
                        false))
            .toList();
    return new HomeCard("deadlines", 20, "#/arshjul", items, List.of(), List.of());
  }

  /**
   * The approved plans' activities per priority area of the adopted strategy: done, on track, late
   * and not started. Drafts are not yet commitments and are left out.
   */
  private HomeCard strategyProgress(
      LocalDate today, Map<UUID, Plan> plans, List<Activity> activities) {
    Optional<AdoptedStrategy> adopted = strategies.adopted();
    List<HomeCard.Series> series = new ArrayList<>();
    Map<String, Long> all = zeros();
    if (adopted.isPresent()) {
      Map<UUID, List<Activity>> byArea = new HashMap<>();
      for (Activity a : activities) {
        if (APPROVED.contains(plans.get(a.planId()).status())) {
          byArea.computeIfAbsent(a.content().priorityAreaId(), k -> new ArrayList<>()).add(a);
        }
      }
      for (AdoptedStrategy.Area area : adopted.get().areas()) {
        Map<String, Long> c = counts(byArea.getOrDefault(area.id(), List.of()), today);
        c.forEach((k, v) -> all.merge(k, v, Long::sum));
        series.add(new HomeCard.Series(area.title(), "#/strategi", c));
      }
    }
    long total = all.values().stream().mapToLong(Long::longValue).sum();
    List<HomeCard.Figure> figures =
        all.entrySet().stream()
            .map(e -> new HomeCard.Figure(e.getKey(), e.getValue(), total))
            .toList();
    return new HomeCard("strategy-progress", 30, "#/uppfoljning", List.of(), figures, series);
  }

  /** How many of the units in scope have an approved plan this year, and where the rest stand. */
  private HomeCard coverage(ReadScope scope, List<Plan> plans) {
    List<UUID> units =
        tree.units().stream()
            .filter(UnitInfo::isOpen)
            .filter(u -> u.type() == UnitType.SCHOOL_UNIT || u.type() == UnitType.PRESCHOOL_UNIT)
            .filter(u -> scope.covers(u.id()))
            .map(UnitInfo::id)
            .toList();
    Map<UUID, Plan> local = new HashMap<>();
    plans.stream().filter(p -> p.kind() == PlanKind.LOCAL).forEach(p -> local.put(p.unitId(), p));
    long approved = 0;
    Map<PlanStatus, Long> byStatus = new EnumMap<>(PlanStatus.class);
    for (UUID unit : units) {
      Plan p = local.get(unit);
      if (p != null) {
        byStatus.merge(p.status(), 1L, Long::sum);
        if (APPROVED.contains(p.status())) {
          approved++;
        }
      }
    }
    long none = units.size() - local.keySet().stream().filter(units::contains).count();
    long n = units.size();
    List<HomeCard.Figure> figures = new ArrayList<>();
    figures.add(new HomeCard.Figure("WITH_APPROVED_PLAN", approved, n));
    figures.add(
        new HomeCard.Figure("SUBMITTED", byStatus.getOrDefault(PlanStatus.SUBMITTED, 0L), n));
    figures.add(new HomeCard.Figure("RETURNED", byStatus.getOrDefault(PlanStatus.RETURNED, 0L), n));
    figures.add(new HomeCard.Figure("DRAFT", byStatus.getOrDefault(PlanStatus.DRAFT, 0L), n));
    figures.add(new HomeCard.Figure("NO_PLAN", none, n));
    return new HomeCard("plan-coverage", 25, "#/uppfoljning", List.of(), figures, List.of());
  }

  /** A unit the caller leads: its plan of the year, its activities, its next follow-up round. */
  private HomeCard unitPlan(
      LocalDate today, String year, UUID unit, List<Plan> plans, List<Activity> activities) {
    String unitName = tree.find(unit).map(UnitInfo::name).orElse("");
    Optional<Plan> plan =
        plans.stream()
            .filter(p -> p.unitId().equals(unit))
            .min(Comparator.comparing(p -> p.kind() == PlanKind.LOCAL ? 0 : 1));
    List<HomeCard.Item> items = new ArrayList<>();
    List<HomeCard.Figure> figures = new ArrayList<>();
    if (plan.isPresent()) {
      Plan p = plan.get();
      List<Activity> own = activities.stream().filter(a -> a.planId().equals(p.id())).toList();
      items.add(
          new HomeCard.Item(
              "PLAN", p.title(), unitName, planHref(p.id()), null, p.status().name(), false));
      long total = own.size();
      counts(own, today).forEach((k, v) -> figures.add(new HomeCard.Figure(k, v, total)));
      if (p.status().isRunning()) {
        cycle.entries().stream()
            .filter(e -> e.kind() == DeadlineKind.FOLLOW_UP)
            .map(e -> e.dateIn(p.schoolYear()))
            .filter(d -> !d.isBefore(today))
            .min(Comparator.naturalOrder())
            .ifPresent(
                d ->
                    items.add(
                        new HomeCard.Item(
                            "NEXT_FOLLOW_UP",
                            p.title(),
                            unitName,
                            planHref(p.id()),
                            d,
                            null,
                            false)));
      }
    } else {
      items.add(
          new HomeCard.Item("NO_PLAN", unitName, unitName, "#/handlingsplaner", null, null, false));
    }
    // Not yet handed in: when it is due by the annual cycle, and whether that has passed.
    if (plan.map(p -> p.status().isEditable()).orElse(true)) {
      cycle.entries().stream()
          .filter(e -> e.kind() == DeadlineKind.LOCAL_PLAN)
          .map(e -> e.dateIn(year))
          .findFirst()
          .ifPresent(
              d ->
                  items.add(
                      new HomeCard.Item(
                          "PLAN_DUE",
                          unitName,
                          unitName,
                          plan.map(p -> planHref(p.id())).orElse("#/handlingsplaner"),
                          d,
                          plan.map(p -> p.status().name()).orElse(null),
                          d.isBefore(today))));
    }
    return new HomeCard("unit-plan", 30, "#/handlingsplaner", items, figures, List.of());
  }

  /** The activities the caller owns, open ones first by due date, and how they stand. */
  private HomeCard ownActivities(
      LocalDate today, Map<UUID, Plan> plans, List<Activity> activities) {
    String me = caller.actor();
    List<Activity> own = activities.stream().filter(a -> a.owner().equals(me)).toList();
    List<HomeCard.Item> items =
        own.stream()
            .sorted(
                Comparator.comparing((Activity a) -> a.status().isOpen() ? 0 : 1)
                    .thenComparing(Activity::dueOn))
            .limit(OWN_ACTIVITIES)
            .map(
                a ->
                    new HomeCard.Item(
                        "ACTIVITY",
                        a.title(),
                        plans.get(a.planId()).title(),
                        planHref(a.planId()),
                        a.dueOn(),
                        a.status().name(),
                        a.isDelayed(today)))
            .toList();
    long total = own.size();
    List<HomeCard.Figure> figures = new ArrayList<>();
    counts(own, today).forEach((k, v) -> figures.add(new HomeCard.Figure(k, v, total)));
    return new HomeCard("my-activities", 35, "#/handlingsplaner", items, figures, List.of());
  }

  private static Map<String, Long> counts(List<Activity> activities, LocalDate today) {
    Map<String, Long> c = zeros();
    for (Activity a : activities) {
      String code =
          a.status() == ActivityStatus.DONE
              ? DONE
              : a.isDelayed(today)
                  ? DELAYED
                  : a.status() == ActivityStatus.ONGOING
                      ? ON_TRACK
                      : a.status() == ActivityStatus.PLANNED ? PLANNED : null;
      if (code != null) {
        c.merge(code, 1L, Long::sum);
      }
    }
    return c;
  }

  private static Map<String, Long> zeros() {
    Map<String, Long> c = new LinkedHashMap<>();
    for (String code : List.of(DONE, ON_TRACK, DELAYED, PLANNED)) {
      c.put(code, 0L);
    }
    return c;
  }

  private static String planHref(UUID plan) {
    return "#/handlingsplaner/" + plan;
  }
}
