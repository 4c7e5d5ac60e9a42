package se.styrkedja.plans.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanRevision;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.plans.plan.entity.PlanTransition;

/** JPA access for plans, their activities, revisions and workflow steps. */
@ApplicationScoped
public class PlanStore {

  @Inject TenantEntityManager tenantEm;

  public Optional<Plan> find(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(Plan.class, id));
  }

  /**
   * The plan, locked for this transaction: changes to one plan (its activities, its workflow, its
   * revision numbers) follow one another, so none builds on a state another has just replaced.
   */
  public Optional<Plan> findForUpdate(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Plan> find(PlanKind kind, UUID unitId, String schoolYear) {
    return tenantEm
        .get()
        .createQuery(
            "select p from Plan p where p.kind = :kind and p.unitId = :unit"
                + " and p.schoolYear = :year",
            Plan.class)
        .setParameter("kind", kind)
        .setParameter("unit", unitId)
        .setParameter("year", schoolYear)
        .getResultStream()
        .findFirst();
  }

  /** The plans of a school year (all of them when null), of the given units (all when null). */
  public List<Plan> list(String schoolYear, PlanStatus status, java.util.Set<UUID> units) {
    // First, also when the scope is empty: a caller without a municipality (the operator) is
    // refused here, as by every other tenant read, rather than told there are no plans.
    var em = tenantEm.get();
    StringBuilder jpql = new StringBuilder("select p from Plan p where 1 = 1");
    if (schoolYear != null) {
      jpql.append(" and p.schoolYear = :year");
    }
    if (status != null) {
      jpql.append(" and p.status = :status");
    }
    if (units != null) {
      if (units.isEmpty()) {
        return List.of();
      }
      // The administration's action plan is everyone's to read.
      jpql.append(" and (p.unitId in :units or p.kind = :administration)");
    }
    jpql.append(" order by p.schoolYear desc, p.kind, p.title");
    var query = em.createQuery(jpql.toString(), Plan.class);
    if (schoolYear != null) {
      query.setParameter("year", schoolYear);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (units != null) {
      query.setParameter("units", units);
      query.setParameter("administration", PlanKind.ADMINISTRATION);
    }
    return query.getResultList();
  }

  /** The administration's action plan of a school year, if it has one. */
  public Optional<Plan> administrationPlan(String schoolYear) {
    return tenantEm
        .get()
        .createQuery(
            "select p from Plan p where p.kind = :kind and p.schoolYear = :year order by p.createdAt",
            Plan.class)
        .setParameter("kind", PlanKind.ADMINISTRATION)
        .setParameter("year", schoolYear)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<Plan> withStatus(List<PlanStatus> statuses) {
    return tenantEm
        .get()
        .createQuery("select p from Plan p where p.status in :statuses", Plan.class)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  public List<Activity> activities(UUID planId) {
    return tenantEm
        .get()
        .createQuery(
            "select a from Activity a where a.planId = :plan order by a.place", Activity.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  public Optional<Activity> activity(UUID planId, UUID activityId) {
    return Optional.ofNullable(tenantEm.get().find(Activity.class, activityId))
        .filter(a -> a.planId().equals(planId));
  }

  public int nextRevision(UUID planId) {
    Integer last =
        tenantEm
            .get()
            .createQuery(
                "select max(r.revision) from PlanRevision r where r.planId = :plan", Integer.class)
            .setParameter("plan", planId)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  public List<PlanRevision> revisions(UUID planId) {
    return tenantEm
        .get()
        .createQuery(
            "select r from PlanRevision r where r.planId = :plan order by r.revision",
            PlanRevision.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  public Optional<PlanRevision> revision(UUID planId, int revision) {
    return tenantEm
        .get()
        .createQuery(
            "select r from PlanRevision r where r.planId = :plan and r.revision = :revision",
            PlanRevision.class)
        .setParameter("plan", planId)
        .setParameter("revision", revision)
        .getResultStream()
        .findFirst();
  }

  public List<PlanTransition> transitions(UUID planId) {
    return tenantEm
        .get()
        .createQuery(
            "select t from PlanTransition t where t.planId = :plan order by t.actedAt",
            PlanTransition.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  /** The latest steps of these plans that ended at one of these statuses, newest first. */
  public List<PlanTransition> recentSteps(
      List<UUID> planIds, List<PlanStatus> to, java.time.OffsetDateTime since) {
    return tenantEm
        .get()
        .createQuery(
            "select t from PlanTransition t where t.planId in :plans and t.toStatus in :to"
                + " and t.actedAt >= :since order by t.actedAt desc",
            PlanTransition.class)
        .setParameter("plans", planIds)
        .setParameter("to", to)
        .setParameter("since", since)
        .getResultList();
  }

  /** The follow-up rounds written, per plan, for these plans: one query, not one per plan. */
  public java.util.Map<UUID, java.util.Set<java.time.LocalDate>> followUpRounds(
      List<UUID> planIds) {
    java.util.Map<UUID, java.util.Set<java.time.LocalDate>> rounds = new java.util.HashMap<>();
    for (Object[] row :
        tenantEm
            .get()
            .createQuery(
                "select f.planId, f.roundDue from FollowUp f where f.planId in :plans",
                Object[].class)
            .setParameter("plans", planIds)
            .getResultList()) {
      rounds
          .computeIfAbsent((UUID) row[0], k -> new java.util.HashSet<>())
          .add((java.time.LocalDate) row[1]);
    }
    return rounds;
  }

  public void add(Object entity) {
    tenantEm.get().persist(entity);
  }

  public void remove(Activity activity) {
    tenantEm.get().remove(activity);
  }

  public void flush() {
    tenantEm.get().flush();
  }
}
