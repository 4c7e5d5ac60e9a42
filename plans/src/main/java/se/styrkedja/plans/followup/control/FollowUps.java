package se.styrkedja.plans.followup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.plans.api.PlansProblemCode;
import se.styrkedja.plans.followup.entity.ActivityFollowUp;
import se.styrkedja.plans.followup.entity.FollowUp;
import se.styrkedja.plans.followup.entity.Rating;
import se.styrkedja.plans.plan.control.InvalidPlan;
import se.styrkedja.plans.plan.control.NotTheUnitsLead;
import se.styrkedja.plans.plan.control.PlanNotFound;
import se.styrkedja.plans.plan.control.PlanStore;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;

/**
 * Writing and reading a plan's follow-ups. The unit's own level reports back on a running plan,
 * once per round of the annual cycle; a second write of the same round replaces the first, for the
 * version the writer read.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

  @Inject TenantEntityManager tenantEm;
  @Inject PlanStore plans;
  @Inject se.styrkedja.plans.plan.control.Plans reading;
  @Inject AccessPolicy access;
  @Inject TenantContext tenant;
  @Inject CallerContext caller;
  @Inject Audit audit;
  @Inject Clock clock;

  /** What the unit reports on one activity. */
  public record ActivityReport(
      UUID activityId, Rating rating, String narrative, List<String> evidenceLinks) {}

  /** A follow-up with its activities' reports. */
  public record Whole(FollowUp followUp, List<ActivityFollowUp> activities) {}

  public List<Whole> list(UUID planId) {
    Plan plan = plans.find(planId).orElseThrow(() -> new PlanNotFound(planId));
    if (!reading.mayRead(plan)) {
      access.require(Action.READ, unit(plan), "read a follow-up");
    }
    return tenantEm
        .get()
        .createQuery(
            "select f from FollowUp f where f.planId = :plan order by f.roundDue", FollowUp.class)
        .setParameter("plan", planId)
        .getResultList()
        .stream()
        .map(f -> new Whole(f, activitiesOf(f)))
        .toList();
  }

  public Whole write(
      UUID planId,
      LocalDate roundDue,
      Rating rating,
      String summary,
      List<ActivityReport> reports,
      Long version) {
    Plan plan = plans.findForUpdate(planId).orElseThrow(() -> new PlanNotFound(planId));
    access.require(Action.READ, unit(plan), "read a plan");
    access.require(Action.WRITE, unit(plan), "follow up a plan");
    // The unit reports back through the one who leads it, as it submits its plan.
    if (!access.levelAt(plan.unitId()).map(plan.writtenAtLevel()::equals).orElse(false)) {
      throw new NotTheUnitsLead();
    }
    if (!plan.status().isRunning()) {
      throw new InvalidPlan(
          "roundDue", "a plan is followed up once it is approved, not while it is written");
    }
    Set<UUID> activities = new HashSet<>();
    plans.activities(planId).stream().map(Activity::id).forEach(activities::add);
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      ActivityReport r = reports.get(i);
      String field = "activities[" + i + "]";
      if (!activities.contains(r.activityId()) || !seen.add(r.activityId())) {
        throw new InvalidPlan(
            field + ".activityId", "not an activity of this plan, or reported twice");
      }
      for (String link : r.evidenceLinks()) {
        if (!isWebLink(link)) {
          throw new InvalidPlan(
              field + ".evidenceLinks", "'" + link + "' is not a web link (https://...)");
        }
      }
    }
    FollowUp followUp =
        tenantEm
            .get()
            .createQuery(
                "select f from FollowUp f where f.planId = :plan and f.roundDue = :round",
                FollowUp.class)
            .setParameter("plan", planId)
            .setParameter("round", roundDue)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (followUp == null) {
      followUp = new FollowUp(planId, roundDue);
      tenantEm.get().persist(followUp);
    } else {
      if (version == null || followUp.version() != version) {
        throw new StaleVersion(
            PlansProblemCode.FOLLOW_UP_STALE_VERSION,
            "The follow-up of",
            roundDue,
            version == null ? -1 : version,
            followUp.version());
      }
      for (ActivityFollowUp old : activitiesOf(followUp)) {
        tenantEm.get().remove(old);
      }
    }
    followUp.write(
        rating,
        summary,
        caller.actor(),
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    tenantEm.get().flush();
    for (ActivityReport r : reports) {
      tenantEm
          .get()
          .persist(
              new ActivityFollowUp(
                  followUp.id(), r.activityId(), r.rating(), r.narrative(), r.evidenceLinks()));
    }
    tenantEm.get().flush();
    audit.wrote("plan.followed-up", "plan", planId);
    return new Whole(followUp, activitiesOf(followUp));
  }

  private List<ActivityFollowUp> activitiesOf(FollowUp f) {
    return tenantEm
        .get()
        .createQuery(
            "select a from ActivityFollowUp a where a.followUpId = :f", ActivityFollowUp.class)
        .setParameter("f", f.id())
        .getResultList();
  }

  private Target unit(Plan plan) {
    return Target.unit(tenant.require(), plan.unitId());
  }

  static boolean isWebLink(String link) {
    try {
      URI uri = URI.create(link.strip());
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
