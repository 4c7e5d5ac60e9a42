package se.styrkedja.plans.overview.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.plans.cycle.control.AnnualCycle;
import se.styrkedja.plans.cycle.entity.Deadline;
import se.styrkedja.plans.cycle.entity.DeadlineKind;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.ReadScope;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.api.UnitType;

/**
 * How the municipality's plans are going in a school year, for everyone who may read them: the
 * units in the caller's scope (or a subtree of it), with their local plans, their activities
 * counted by status and overdue, their follow-ups, and the annual cycle's deadlines.
 */
@ApplicationScoped
@Transactional
public class Progress {

  /** Statuses of a plan that has been approved. */
  static final Set<PlanStatus> APPROVED =
      Set.of(PlanStatus.APPROVED, PlanStatus.ACTIVE, PlanStatus.FOLLOWED_UP, PlanStatus.CLOSED);

  @Inject TenantEntityManager tenantEm;
  @Inject AccessPolicy access;
  @Inject OrganisationTree tree;
  @Inject AnnualCycle cycle;
  @Inject Clock clock;

  /** How a deadline stands for a unit. */
  public enum DeadlineState {
    DONE,
    UPCOMING,
    OVERDUE
  }

  /** A deadline of the cycle as it stands for one unit. */
  public record UnitDeadline(DeadlineKind kind, String label, LocalDate due, DeadlineState state) {}

  /** One unit's row. */
  public record UnitRow(
      UnitInfo unit,
      Optional<Plan> plan,
      Map<ActivityStatus, Long> activities,
      long delayed,
      Optional<LocalDate> lastFollowUp,
      boolean followUpMissing,
      List<UnitDeadline> deadlines) {

    public long activityCount() {
      return activities.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean hasApprovedPlan() {
      return plan.map(p -> APPROVED.contains(p.status())).orElse(false);
    }
  }

  /** The whole picture. */
  public record Overview(
      String schoolYear,
      LocalDate asOf,
      Optional<LocalDate> lastFollowUpRound,
      List<AnnualCycle.Entry> cycle,
      List<UnitRow> units) {

    public Map<ActivityStatus, Long> activities() {
      Map<ActivityStatus, Long> total = new EnumMap<>(ActivityStatus.class);
      for (ActivityStatus s : ActivityStatus.values()) {
        total.put(s, units.stream().mapToLong(u -> u.activities().getOrDefault(s, 0L)).sum());
      }
      return total;
    }

    public Map<PlanStatus, Long> plans() {
      Map<PlanStatus, Long> byStatus = new EnumMap<>(PlanStatus.class);
      units.forEach(u -> u.plan().ifPresent(p -> byStatus.merge(p.status(), 1L, Long::sum)));
      return byStatus;
    }
  }

  /** The overview of a school year, or of the current one when {@code asked} is null. */
  public Overview of(String asked, UUID under) {
    LocalDate today = Clocks.today(clock);
    String schoolYear = asked != null ? asked : Deadline.schoolYearOf(today);
    ReadScope scope = access.readScope();
    if (under != null && tree.find(under).isEmpty()) {
      // Unknown here, or another municipality's: said the same way, and nothing is counted.
      throw new se.styrkedja.plans.plan.control.InvalidPlan("under", "no such unit: " + under);
    }
    Set<UUID> subtree = under == null ? null : tree.subtree(under);
    List<UnitInfo> units =
        tree.units().stream()
            .filter(UnitInfo::isOpen)
            .filter(u -> u.type() == UnitType.SCHOOL_UNIT || u.type() == UnitType.PRESCHOOL_UNIT)
            .filter(u -> scope.covers(u.id()))
            .filter(u -> subtree == null || subtree.contains(u.id()))
            .sorted(Comparator.comparing(UnitInfo::name))
            .toList();

    Map<UUID, Plan> plans = new HashMap<>();
    tenantEm
        .get()
        .createQuery(
            "select p from Plan p where p.schoolYear = :year and p.kind = :kind", Plan.class)
        .setParameter("year", schoolYear)
        .setParameter("kind", PlanKind.LOCAL)
        .getResultList()
        .forEach(p -> plans.put(p.unitId(), p));

    // The plans of the units shown, by id: the counts below ask for exactly these plans, so the
    // database looks them up in the activity and follow-up indexes whatever its statistics say. A
    // join on the plan's year instead let PostgreSQL pick a nested loop over every activity of the
    // tenant when its statistics were older than a bulk write (the first import, a copied year):
    // 10x slower until autovacuum analysed the tables (docs/benchmarks.md).
    List<UUID> shown =
        units.stream().map(u -> plans.get(u.id())).filter(p -> p != null).map(Plan::id).toList();
    Map<UUID, Map<ActivityStatus, Long>> counts = new HashMap<>();
    Map<UUID, Long> delayed = new HashMap<>();
    Map<UUID, Set<LocalDate>> rounds = new HashMap<>();
    for (List<UUID> ids : chunks(shown)) {
      // One pass over the plans' activities gives both figures: the count per status and, of
      // those, how many are past due. Open ones past due are delayed.
      for (Object[] row :
          tenantEm
              .get()
              .createQuery(
                  "select a.planId, a.status, count(a),"
                      + " sum(case when a.dueOn < :today then 1 else 0 end) from Activity a"
                      + " where a.planId in :plans group by a.planId, a.status",
                  Object[].class)
              .setParameter("plans", ids)
              .setParameter("today", today)
              .getResultList()) {
        UUID plan = (UUID) row[0];
        ActivityStatus status = (ActivityStatus) row[1];
        counts
            .computeIfAbsent(plan, k -> new EnumMap<>(ActivityStatus.class))
            .put(status, ((Number) row[2]).longValue());
        long pastDue = ((Number) row[3]).longValue();
        if (status.isOpen() && pastDue > 0) {
          delayed.merge(plan, pastDue, Long::sum);
        }
      }
      for (Object[] row :
          tenantEm
              .get()
              .createQuery(
                  "select f.planId, f.roundDue from FollowUp f where f.planId in :plans",
                  Object[].class)
              .setParameter("plans", ids)
              .getResultList()) {
        rounds.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((LocalDate) row[1]);
      }
    }

    List<AnnualCycle.Entry> entries = cycle.entries();
    Optional<LocalDate> lastRound =
        entries.stream()
            .filter(e -> e.kind() == DeadlineKind.FOLLOW_UP)
            .map(e -> e.dateIn(schoolYear))
            .filter(d -> !d.isAfter(today))
            .max(Comparator.naturalOrder());

    List<UnitRow> rows = new ArrayList<>(units.size());
    for (UnitInfo unit : units) {
      Optional<Plan> plan = Optional.ofNullable(plans.get(unit.id()));
      Set<LocalDate> followed = plan.map(p -> rounds.get(p.id())).orElse(Set.of());
      boolean approved = plan.map(p -> APPROVED.contains(p.status())).orElse(false);
      List<UnitDeadline> deadlines = new ArrayList<>();
      for (AnnualCycle.Entry e : entries) {
        if (e.kind() == DeadlineKind.ADMINISTRATION_PLAN) {
          continue; // the administration's, not the unit's
        }
        LocalDate due = e.dateIn(schoolYear);
        boolean done =
            e.kind() == DeadlineKind.LOCAL_PLAN
                ? plan.map(p -> !p.status().isEditable()).orElse(false)
                : followed != null && followed.contains(due);
        deadlines.add(
            new UnitDeadline(
                e.kind(),
                e.label(),
                due,
                done
                    ? DeadlineState.DONE
                    : due.isBefore(today) ? DeadlineState.OVERDUE : DeadlineState.UPCOMING));
      }
      rows.add(
          new UnitRow(
              unit,
              plan,
              plan.map(p -> counts.getOrDefault(p.id(), Map.of())).orElse(Map.of()),
              plan.map(p -> delayed.getOrDefault(p.id(), 0L)).orElse(0L),
              followed == null
                  ? Optional.empty()
                  : followed.stream().max(Comparator.naturalOrder()),
              approved
                  && lastRound.isPresent()
                  && (followed == null || !followed.contains(lastRound.get())),
              deadlines));
    }
    return new Overview(schoolYear, today, lastRound, entries, rows);
  }

  /**
   * At most this many ids in one IN list (PostgreSQL takes 65,535 parameters; lists stay short).
   */
  static final int IDS_PER_QUERY = 1_000;

  static List<List<UUID>> chunks(List<UUID> ids) {
    List<List<UUID>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
    }
    return chunks;
  }
}
