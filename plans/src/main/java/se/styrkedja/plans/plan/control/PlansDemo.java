package se.styrkedja.plans.plan.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.plans.followup.entity.ActivityFollowUp;
import se.styrkedja.plans.followup.entity.FollowUp;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanRevision;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.plans.plan.entity.PlanTransition;
import se.styrkedja.tenant.api.AdoptedStrategy;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.StrategyDirectory;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.api.UnitType;

/**
 * Botkyrka's plans of the current school year, from the seeds, as {@link DemoPlans} describes them
 * for today by the server's clock: the administration's action plan for the seven priority areas
 * (running), the local plan of Alby förskola with the IKT-pedagogues, G Suite training and the
 * five-preschool pilot (running, followed up per round passed), the local plan of Alléskolan (a
 * draft its principal, rektor.botkyrka, can submit), Storvretsskolan's (waiting for the
 * administration's decision) and Tullinge skola's plan, returned with a comment. The demo users
 * lead the units RolesDemo assigns them (the first school and preschool by name).
 */
@ApplicationScoped
public class PlansDemo {

  @Inject AsTenant asTenant;
  @Inject PlanStore store;
  @Inject OrganisationTree tree;
  @Inject StrategyDirectory strategies;
  @Inject Clock clock;

  void onDemo(@Observes @Priority(300) DemoDataRequested demo) {
    for (TenantId tenant : demo.tenants()) {
      if (!tenant.value().equals("botkyrka")) {
        continue;
      }
      asTenant.run(
          tenant,
          () -> {
            if (!store.list(null, null, null).isEmpty()) {
              return;
            }
            Optional<AdoptedStrategy> strategy = strategies.adopted();
            List<UnitInfo> units = tree.units();
            Optional<UnitInfo> root = first(units, UnitType.ADMINISTRATION);
            if (strategy.isEmpty() || root.isEmpty()) {
              return;
            }
            botkyrka(strategy.get(), root.get(), units);
          });
    }
  }

  private void botkyrka(AdoptedStrategy s, UnitInfo root, List<UnitInfo> units) {
    LocalDate today = Clocks.today(clock);
    String year = DemoPlans.schoolYear(today);
    UnitInfo preschool = first(units, UnitType.PRESCHOOL_UNIT).orElse(root);
    UnitInfo school = first(units, UnitType.SCHOOL_UNIT).orElse(root);
    Map<DemoPlans.Unit, UnitInfo> unitOf = new EnumMap<>(DemoPlans.Unit.class);
    unitOf.put(DemoPlans.Unit.ADMINISTRATION, root);
    unitOf.put(DemoPlans.Unit.PRESCHOOL, preschool);
    unitOf.put(DemoPlans.Unit.SCHOOL, school);
    named(units, "Tullinge skola").ifPresent(u -> unitOf.put(DemoPlans.Unit.TULLINGE, u));
    named(units, "Storvretsskolan").ifPresent(u -> unitOf.put(DemoPlans.Unit.STORVRETEN, u));
    List<String> areas = s.areas().stream().map(AdoptedStrategy.Area::title).toList();
    for (DemoPlans.Plan p : DemoPlans.botkyrka(today, areas)) {
      UnitInfo unit = unitOf.get(p.unit());
      if (unit == null || (p.unit() != DemoPlans.Unit.SCHOOL && unit.id().equals(school.id()))) {
        continue; // a tree without that unit: its plan would land on another's
      }
      Plan plan =
          plan(
              p.kind(),
              year,
              unit,
              p.title().replace("%s", unit.name()),
              p.summary(),
              p.level(),
              s,
              p.by(),
              at(p.created(), 8));
      List<Activity> activities = new ArrayList<>();
      for (DemoPlans.Activity a : p.activities()) {
        activities.add(activity(plan, area(s, a.area(), a.areaPlace()), a));
      }
      int hour = 9;
      for (DemoPlans.Step step : p.steps()) {
        step(plan, step.to(), step.by(), at(step.on(), hour++), step.comment());
      }
      for (DemoPlans.FollowUp f : p.followUps()) {
        FollowUp followUp = new FollowUp(plan.id(), f.round());
        followUp.write(f.rating(), f.summary(), f.by(), at(f.written(), 15));
        store.add(followUp);
        store.flush();
        for (DemoPlans.ActivityNote note : f.activities()) {
          store.add(
              new ActivityFollowUp(
                  followUp.id(),
                  activities.get(note.activity()).id(),
                  note.rating(),
                  note.narrative(),
                  note.links()));
        }
        store.flush();
      }
    }
  }

  private Plan plan(
      PlanKind kind,
      String year,
      UnitInfo unit,
      String title,
      String summary,
      String level,
      AdoptedStrategy s,
      String by,
      OffsetDateTime at) {
    Plan plan = new Plan(kind, year, unit.id(), title, summary, level, s.id(), by, at);
    store.add(plan);
    store.flush();
    revision(plan, "created", by, at);
    return plan;
  }

  private Activity activity(Plan plan, AdoptedStrategy.Area area, DemoPlans.Activity d) {
    String title = d.title();
    ActivityStatus status = d.status();
    int progress = d.progress();
    String owner = d.owner();
    int place = store.activities(plan.id()).size() + 1;
    Activity a =
        new Activity(
            plan.id(),
            place,
            new Activity.Content(
                area.id(),
                area.goals().stream().map(AdoptedStrategy.Goal::id).limit(1).toList(),
                title,
                d.description(),
                d.levels(),
                List.of(),
                d.targetNote(),
                owner,
                d.starts(),
                d.due(),
                d.criteria()),
            plan.createdBy(),
            plan.createdAt());
    store.add(a);
    store.flush();
    if (status != ActivityStatus.PLANNED) {
      a.report(status, progress, owner, plan.createdAt());
      store.flush();
    }
    revision(plan, "activity added: " + title, plan.createdBy(), plan.createdAt());
    return a;
  }

  private void step(Plan plan, PlanStatus to, String by, OffsetDateTime at, String comment) {
    PlanStatus from = plan.moveTo(to, by, at);
    store.add(new PlanTransition(plan.id(), from, to, comment, by, at));
    store.flush();
    revision(plan, to.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), by, at);
  }

  private void revision(Plan plan, String note, String by, OffsetDateTime at) {
    store.add(
        new PlanRevision(
            plan.id(),
            store.nextRevision(plan.id()),
            note,
            SnapshotJson.write(PlanSnapshot.of(plan, store.activities(plan.id()))),
            by,
            at));
    store.flush();
  }

  private static AdoptedStrategy.Area area(AdoptedStrategy s, String titleStart, int fallback) {
    return s.areas().stream()
        .filter(a -> a.title().startsWith(titleStart))
        .findFirst()
        .orElse(s.areas().get(Math.min(fallback, s.areas().size() - 1)));
  }

  private static Optional<UnitInfo> first(List<UnitInfo> units, UnitType type) {
    return units.stream()
        .filter(u -> u.type() == type && u.isOpen())
        .min(Comparator.comparing(UnitInfo::name));
  }

  private static Optional<UnitInfo> named(List<UnitInfo> units, String name) {
    return units.stream().filter(u -> u.name().equals(name) && u.isOpen()).findFirst();
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
  }
}
