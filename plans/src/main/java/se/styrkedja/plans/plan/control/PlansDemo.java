package se.styrkedja.plans.plan.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.plans.followup.entity.ActivityFollowUp;
import se.styrkedja.plans.followup.entity.FollowUp;
import se.styrkedja.plans.followup.entity.Rating;
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
 * Botkyrka's plans for 2025/26, from the seeds: the administration's action plan for the seven
 * priority areas (running), the local plan of Alby förskola with the IKT-pedagogues, G Suite
 * training and the five-preschool pilot (running, followed up in January), the local plan of
 * Alléskolan (a draft its principal, rektor.botkyrka, can submit), and Tullinge skola's plan,
 * returned with a comment. The demo users lead the units RolesDemo assigns them (the first school
 * and preschool by name).
 */
@ApplicationScoped
public class PlansDemo {

  static final String YEAR = "2025/26";

  @Inject AsTenant asTenant;
  @Inject PlanStore store;
  @Inject OrganisationTree tree;
  @Inject StrategyDirectory strategies;

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
    UnitInfo preschool = first(units, UnitType.PRESCHOOL_UNIT).orElse(root);
    UnitInfo school = first(units, UnitType.SCHOOL_UNIT).orElse(root);
    UnitInfo tullinge =
        units.stream().filter(u -> u.name().equals("Tullinge skola")).findFirst().orElse(school);

    // The administration's action plan: one activity per priority area, running.
    Plan admin =
        plan(
            PlanKind.ADMINISTRATION,
            root,
            "Handlingsplan 2025/26: lärande i en digital värld",
            "Förvaltningens handlingsplan konkretiserar strategin för läsåret: en insats per"
                + " prioriterat område, med ansvarig, datum och uppföljning.",
            "forvaltning",
            s,
            "forvaltning.botkyrka",
            at(2025, 6, 2));
    int month = 9;
    for (AdoptedStrategy.Area area : s.areas()) {
      activity(
          admin,
          area,
          "Stöd till enheterna: " + area.title(),
          "Förvaltningen samlar och sprider exempel, och stöttar rektorer och förskolechefer i"
              + " området.",
          List.of("rektor", "forskolechef"),
          "Alla rektorer och förskolechefer",
          "forvaltning.botkyrka",
          LocalDate.of(2025, 8, 15),
          LocalDate.of(month <= 12 ? 2025 : 2026, month <= 12 ? month : month - 12, 28),
          "Varje enhet vet vart den vänder sig och har använt stödet minst en gång.",
          month <= 11 ? ActivityStatus.DONE : ActivityStatus.ONGOING,
          month <= 11 ? 100 : 30);
      month++;
    }
    step(admin, PlanStatus.SUBMITTED, "forvaltning.botkyrka", at(2025, 6, 5), "");
    step(admin, PlanStatus.APPROVED, "politiker.botkyrka", at(2025, 6, 12), "Antagen av nämnden");
    step(admin, PlanStatus.ACTIVE, "forvaltning.botkyrka", at(2025, 8, 15), "");

    // Alby förskola: the preschool story of the seeds, running and followed up in January.
    AdoptedStrategy.Area kompetens = area(s, "Kompetens", 1);
    AdoptedStrategy.Area resurser = area(s, "Pedagogiska resurser", 3);
    Plan alby =
        plan(
            PlanKind.LOCAL,
            preschool,
            "Lokal handlingsplan 2025/26, " + preschool.name(),
            "Vi bygger vidare på IKT-pedagogernas arbete och inför G Suite i förskolan.",
            "forskolechef",
            s,
            "forskolechef.botkyrka",
            at(2025, 9, 1));
    Activity ikt =
        activity(
            alby,
            kompetens,
            "Två IKT-pedagoger på förskolan",
            "Två pedagoger utses till IKT-pedagoger och deltar i IT-enhetens IKT-träffar.",
            List.of("larare"),
            "Pedagogerna på förskolan",
            "forskolechef.botkyrka",
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 10, 31),
            "Två utsedda IKT-pedagoger som deltagit i minst två IKT-träffar.",
            ActivityStatus.DONE,
            100);
    Activity gsuite =
        activity(
            alby,
            resurser,
            "Basutbildning i G Suite för förskolan",
            "Pedagogisk utvecklare håller workshoppar och ger support; basutbildningen är öppen"
                + " för alla pedagoger.",
            List.of("larare"),
            "Alla pedagoger",
            "forskolechef.botkyrka",
            LocalDate.of(2025, 10, 1),
            LocalDate.of(2026, 2, 28),
            "Alla pedagoger har gått basutbildningen.",
            ActivityStatus.ONGOING,
            60);
    activity(
        alby,
        resurser,
        "Pilot: G Suite i fem förskolor",
        "Förskolan är en av fem pilotförskolor; erfarenheterna delas i nätverket.",
        List.of("forskolechef"),
        "Fem pilotförskolor",
        "forskolechef.botkyrka",
        LocalDate.of(2025, 9, 15),
        LocalDate.of(2026, 5, 31),
        "Ett digitalt ekosystem som fungerar i förskolans vardag, beskrivet för de andra.",
        ActivityStatus.ONGOING,
        40);
    step(alby, PlanStatus.SUBMITTED, "forskolechef.botkyrka", at(2025, 9, 25), "");
    step(alby, PlanStatus.APPROVED, "forvaltning.botkyrka", at(2025, 10, 2), "Tydliga insatser");
    step(alby, PlanStatus.ACTIVE, "forskolechef.botkyrka", at(2025, 10, 3), "");
    FollowUp january = new FollowUp(alby.id(), LocalDate.of(2026, 1, 31));
    january.write(
        Rating.ON_TRACK,
        "IKT-pedagogerna är på plats; basutbildningen har kommit långt.",
        "forskolechef.botkyrka",
        at(2026, 1, 28));
    store.add(january);
    store.flush();
    store.add(
        new ActivityFollowUp(
            january.id(),
            ikt.id(),
            Rating.ON_TRACK,
            "Klart: två IKT-pedagoger deltar i IKT-träffarna.",
            List.of()));
    store.add(
        new ActivityFollowUp(
            january.id(),
            gsuite.id(),
            Rating.AT_RISK,
            "Hälften av pedagogerna har gått utbildningen; vikariebrist har skjutit på resten.",
            List.of("https://www.botkyrka.se/barn--utbildning/larande-i-en-digital-varld")));

    // Alléskolan: a draft its principal can submit.
    AdoptedStrategy.Area kallkritik = area(s, "Källkritik", 2);
    Plan alle =
        plan(
            PlanKind.LOCAL,
            school,
            "Lokal handlingsplan 2025/26, " + school.name(),
            "Skolans plan för digital kompetens, källkritik och säkerhet.",
            "rektor",
            s,
            "rektor.botkyrka",
            at(2025, 9, 10));
    activity(
        alle,
        kompetens,
        "Nanolärande om informationssäkerhet",
        "Korta säkerhetsutbildningar i G Suite, för förvaltning, enhet och individ.",
        List.of("larare"),
        "Alla medarbetare",
        "rektor.botkyrka",
        LocalDate.of(2025, 10, 1),
        LocalDate.of(2026, 3, 31),
        "Alla medarbetare har gått de tre första modulerna.",
        ActivityStatus.PLANNED,
        0);
    activity(
        alle,
        kallkritik,
        "Källkritik i alla ämnen",
        "Ämneslagen planerar in källkritiska moment i varje arbetsområde.",
        List.of("larare"),
        "Alla lärare",
        "larare.botkyrka",
        LocalDate.of(2025, 10, 1),
        LocalDate.of(2026, 6, 10),
        "Varje arbetsområde har ett källkritiskt moment.",
        ActivityStatus.PLANNED,
        0);

    // Tullinge skola: returned with a comment.
    if (!tullinge.id().equals(school.id())) {
      Plan back =
          plan(
              PlanKind.LOCAL,
              tullinge,
              "Lokal handlingsplan 2025/26, " + tullinge.name(),
              "Digitala verktyg i undervisningen.",
              "rektor",
              s,
              "rektor.tullinge",
              at(2025, 9, 20));
      activity(
          back,
          area(s, "Digital litteracitet", 0),
          "Digitala verktyg i lärandet",
          "Lärarna delar lektionsupplägg med digitala verktyg.",
          List.of("larare"),
          "Alla lärare",
          "rektor.tullinge",
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2026, 5, 31),
          "",
          ActivityStatus.PLANNED,
          0);
      step(back, PlanStatus.SUBMITTED, "rektor.tullinge", at(2025, 9, 29), "");
      step(
          back,
          PlanStatus.RETURNED,
          "forvaltning.botkyrka",
          at(2025, 10, 6),
          "Lägg till ett framgångskriterium, så att vi kan följa upp insatsen.");
    }
  }

  private Plan plan(
      PlanKind kind,
      UnitInfo unit,
      String title,
      String summary,
      String level,
      AdoptedStrategy s,
      String by,
      OffsetDateTime at) {
    Plan plan = new Plan(kind, YEAR, unit.id(), title, summary, level, s.id(), by, at);
    store.add(plan);
    store.flush();
    revision(plan, "created", by, at);
    return plan;
  }

  private Activity activity(
      Plan plan,
      AdoptedStrategy.Area area,
      String title,
      String description,
      List<String> levels,
      String targetNote,
      String owner,
      LocalDate starts,
      LocalDate due,
      String criteria,
      ActivityStatus status,
      int progress) {
    int place = store.activities(plan.id()).size() + 1;
    Activity a =
        new Activity(
            plan.id(),
            place,
            new Activity.Content(
                area.id(),
                area.goals().stream().map(AdoptedStrategy.Goal::id).limit(1).toList(),
                title,
                description,
                levels,
                List.of(),
                targetNote,
                owner,
                starts,
                due,
                criteria),
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

  private static OffsetDateTime at(int year, int month, int day) {
    return OffsetDateTime.of(year, month, day, 9, 0, 0, 0, ZoneOffset.UTC);
  }
}
