package se.styrkedja.plans.plan.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.styrkedja.plans.cycle.control.AnnualCycle;
import se.styrkedja.plans.cycle.entity.Deadline;
import se.styrkedja.plans.cycle.entity.DeadlineKind;
import se.styrkedja.plans.followup.entity.Rating;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanStatus;

/**
 * Botkyrka's demo plans as of a day, from the seeds: always in the middle of the current school
 * year, whatever today is, so the demo shows what a municipality sees on an ordinary day (most
 * activities on track, some done, a few late, a plan waiting for approval, one returned) rather
 * than a year long past where everything is late. Dates of what has happened are counted from the
 * school year's first day (1 July) and never lie after yesterday; due dates are counted from today
 * and never lie after the year's last day. Pure: {@link PlansDemo} stores what this describes.
 */
public final class DemoPlans {

  /** Which demo unit a plan is for. */
  public enum Unit {
    ADMINISTRATION,
    /** The first preschool by name (Alby förskola), led by forskolechef.T. */
    PRESCHOOL,
    /** The first school by name (Alléskolan), led by rektor.T. */
    SCHOOL,
    /** Tullinge skola. */
    TULLINGE,
    /** Storvretsskolan. */
    STORVRETEN
  }

  /** A plan and what happened to it. */
  public record Plan(
      Unit unit,
      PlanKind kind,
      String title,
      String summary,
      String level,
      String by,
      LocalDate created,
      List<Activity> activities,
      List<Step> steps,
      List<FollowUp> followUps) {}

  /**
   * An activity. {@code area} is the start of its priority area's title, {@code areaPlace} the
   * place used when no area starts so (another municipality's strategy).
   */
  public record Activity(
      String area,
      int areaPlace,
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

    /** Late, as the overview counts it: still open after its due date. */
    public boolean delayedOn(LocalDate today) {
      return status.isOpen() && due.isBefore(today);
    }
  }

  /** A step of the workflow. */
  public record Step(PlanStatus to, String by, LocalDate on, String comment) {}

  /** A follow-up written for a round, with what it says of some activities (by index). */
  public record FollowUp(
      LocalDate round,
      LocalDate written,
      Rating rating,
      String summary,
      String by,
      List<ActivityNote> activities) {}

  /** What a follow-up says of one activity of the plan ({@code activity} is its index). */
  public record ActivityNote(int activity, Rating rating, String narrative, List<String> links) {}

  private final LocalDate today;
  private final String schoolYear;
  private final LocalDate start;
  private final LocalDate end;

  private DemoPlans(LocalDate today) {
    this.today = today;
    this.schoolYear = Deadline.schoolYearOf(today);
    this.start = LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 7, 1);
    this.end = start.plusYears(1).minusDays(1);
  }

  /** The school year the demo is in on {@code today}. */
  public static String schoolYear(LocalDate today) {
    return Deadline.schoolYearOf(today);
  }

  /**
   * Botkyrka's plans as of {@code today}, the administration's with one activity per priority area
   * titled {@code areas} (in order).
   */
  public static List<Plan> botkyrka(LocalDate today, List<String> areas) {
    return new DemoPlans(today).plans(areas);
  }

  /** A day counted from 1 July, or yesterday if that lies later: something that has happened. */
  private LocalDate happened(int daysFromStart) {
    LocalDate day = start.plusDays(daysFromStart);
    LocalDate yesterday = today.minusDays(1);
    return day.isAfter(yesterday) ? yesterday : day;
  }

  /** A day counted from today, or the year's last day if that lies later. */
  private LocalDate fromToday(int days) {
    LocalDate day = today.plusDays(days);
    return day.isAfter(end) ? end : day;
  }

  /** A start day: 15 August, or the due day's month before when that comes first. */
  private LocalDate starting(LocalDate due) {
    LocalDate aug = start.plusDays(45);
    return due.minusDays(30).isBefore(aug) ? due.minusDays(30) : aug;
  }

  private List<Plan> plans(List<String> areas) {
    return List.of(administration(areas), preschool(), school(), tullinge(), storvreten());
  }

  /** The administration's action plan: one activity per priority area, running since August. */
  private Plan administration(List<String> areas) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      // Two done, one late, the rest on track with due dates through the year.
      LocalDate due;
      ActivityStatus status;
      int progress;
      switch (i) {
        case 0 -> {
          due = fromToday(-60);
          status = ActivityStatus.DONE;
          progress = 100;
        }
        case 1 -> {
          due = fromToday(-25);
          status = ActivityStatus.DONE;
          progress = 100;
        }
        case 2 -> {
          due = fromToday(-10);
          status = ActivityStatus.ONGOING;
          progress = 70;
        }
        default -> {
          due = fromToday(30 * (i - 2));
          status = i == areas.size() - 1 ? ActivityStatus.PLANNED : ActivityStatus.ONGOING;
          progress = status == ActivityStatus.PLANNED ? 0 : 60 - 10 * (i - 3);
        }
      }
      activities.add(
          new Activity(
              areas.get(i),
              i,
              "Stöd till enheterna: " + areas.get(i),
              "Förvaltningen samlar och sprider exempel, och stöttar rektorer och förskolechefer"
                  + " i området.",
              List.of("rektor", "forskolechef"),
              "Alla rektorer och förskolechefer",
              "forvaltning.botkyrka",
              starting(due),
              due,
              "Varje enhet vet vart den vänder sig och har använt stödet minst en gång.",
              status,
              progress));
    }
    return new Plan(
        Unit.ADMINISTRATION,
        PlanKind.ADMINISTRATION,
        "Handlingsplan " + schoolYear + ": lärande i en digital värld",
        "Förvaltningens handlingsplan konkretiserar strategin för läsåret: en insats per"
            + " prioriterat område, med ansvarig, datum och uppföljning.",
        "forvaltning",
        "forvaltning.botkyrka",
        happened(-29),
        activities,
        List.of(
            new Step(PlanStatus.SUBMITTED, "forvaltning.botkyrka", happened(-26), ""),
            new Step(
                PlanStatus.APPROVED, "politiker.botkyrka", happened(-19), "Antagen av nämnden"),
            new Step(PlanStatus.ACTIVE, "forvaltning.botkyrka", happened(45), "")),
        List.of());
  }

  /** Alby förskola: the preschool story of the seeds, running and followed up per round. */
  private Plan preschool() {
    List<Activity> activities =
        List.of(
            new Activity(
                "Kompetens",
                1,
                "Två IKT-pedagoger på förskolan",
                "Två pedagoger utses till IKT-pedagoger och deltar i IT-enhetens IKT-träffar.",
                List.of("larare"),
                "Pedagogerna på förskolan",
                "forskolechef.botkyrka",
                starting(fromToday(-30)),
                fromToday(-30),
                "Två utsedda IKT-pedagoger som deltagit i minst två IKT-träffar.",
                ActivityStatus.DONE,
                100),
            new Activity(
                "Pedagogiska resurser",
                3,
                "Basutbildning i G Suite för förskolan",
                "Pedagogisk utvecklare håller workshoppar och ger support; basutbildningen är"
                    + " öppen för alla pedagoger.",
                List.of("larare"),
                "Alla pedagoger",
                "forskolechef.botkyrka",
                starting(fromToday(60)),
                fromToday(60),
                "Alla pedagoger har gått basutbildningen.",
                ActivityStatus.ONGOING,
                60),
            new Activity(
                "Pedagogiska resurser",
                3,
                "Pilot: G Suite i fem förskolor",
                "Förskolan är en av fem pilotförskolor; erfarenheterna delas i nätverket.",
                List.of("forskolechef"),
                "Fem pilotförskolor",
                "forskolechef.botkyrka",
                starting(fromToday(150)),
                fromToday(150),
                "Ett digitalt ekosystem som fungerar i förskolans vardag, beskrivet för de andra.",
                ActivityStatus.ONGOING,
                40),
            new Activity(
                "Digital litteracitet",
                0,
                "Dokumentation med lärplattan",
                "Pedagogerna dokumenterar barnens lärande med lärplattan och visar det för"
                    + " vårdnadshavarna.",
                List.of("larare"),
                "Alla avdelningar",
                "forskolechef.botkyrka",
                starting(fromToday(-7)),
                fromToday(-7),
                "Varje avdelning har visat minst en dokumentation för vårdnadshavarna.",
                ActivityStatus.ONGOING,
                30));
    List<FollowUp> followUps = new ArrayList<>();
    for (AnnualCycle.Entry round : AnnualCycle.STANDARD) {
      LocalDate due = round.dateIn(schoolYear);
      if (round.kind() != DeadlineKind.FOLLOW_UP || !due.isBefore(today)) {
        continue;
      }
      followUps.add(
          new FollowUp(
              due,
              due.minusDays(3),
              Rating.ON_TRACK,
              "IKT-pedagogerna är på plats; basutbildningen har kommit långt.",
              "forskolechef.botkyrka",
              List.of(
                  new ActivityNote(
                      0,
                      Rating.ON_TRACK,
                      "Klart: två IKT-pedagoger deltar i IKT-träffarna.",
                      List.of()),
                  new ActivityNote(
                      1,
                      Rating.AT_RISK,
                      "Hälften av pedagogerna har gått utbildningen; vikariebrist har skjutit på"
                          + " resten.",
                      List.of(
                          "https://www.botkyrka.se/barn--utbildning/larande-i-en-digital-varld")))));
    }
    return new Plan(
        Unit.PRESCHOOL,
        PlanKind.LOCAL,
        "Lokal handlingsplan " + schoolYear + ", %s",
        "Vi bygger vidare på IKT-pedagogernas arbete och inför G Suite i förskolan.",
        "forskolechef",
        "forskolechef.botkyrka",
        happened(62),
        activities,
        List.of(
            new Step(PlanStatus.SUBMITTED, "forskolechef.botkyrka", happened(86), ""),
            new Step(PlanStatus.APPROVED, "forvaltning.botkyrka", happened(93), "Tydliga insatser"),
            new Step(PlanStatus.ACTIVE, "forskolechef.botkyrka", happened(94), "")),
        followUps);
  }

  /** Alléskolan: a draft its principal can submit (late: local plans were due 30 September). */
  private Plan school() {
    return new Plan(
        Unit.SCHOOL,
        PlanKind.LOCAL,
        "Lokal handlingsplan " + schoolYear + ", %s",
        "Skolans plan för digital kompetens, källkritik och säkerhet.",
        "rektor",
        "rektor.botkyrka",
        happened(71),
        List.of(
            new Activity(
                "Kompetens",
                1,
                "Nanolärande om informationssäkerhet",
                "Korta säkerhetsutbildningar i G Suite, för förvaltning, enhet och individ.",
                List.of("larare"),
                "Alla medarbetare",
                "rektor.botkyrka",
                starting(fromToday(120)),
                fromToday(120),
                "Alla medarbetare har gått de tre första modulerna.",
                ActivityStatus.PLANNED,
                0),
            new Activity(
                "Källkritik",
                2,
                "Källkritik i alla ämnen",
                "Ämneslagen planerar in källkritiska moment i varje arbetsområde.",
                List.of("larare"),
                "Alla lärare",
                "larare.botkyrka",
                starting(fromToday(190)),
                fromToday(190),
                "Varje arbetsområde har ett källkritiskt moment.",
                ActivityStatus.PLANNED,
                0)),
        List.of(),
        List.of());
  }

  /** Tullinge skola: returned with a comment. */
  private Plan tullinge() {
    return new Plan(
        Unit.TULLINGE,
        PlanKind.LOCAL,
        "Lokal handlingsplan " + schoolYear + ", %s",
        "Digitala verktyg i undervisningen.",
        "rektor",
        "rektor.tullinge",
        happened(81),
        List.of(
            new Activity(
                "Digital litteracitet",
                0,
                "Digitala verktyg i lärandet",
                "Lärarna delar lektionsupplägg med digitala verktyg.",
                List.of("larare"),
                "Alla lärare",
                "rektor.tullinge",
                starting(fromToday(170)),
                fromToday(170),
                "",
                ActivityStatus.PLANNED,
                0)),
        List.of(
            new Step(PlanStatus.SUBMITTED, "rektor.tullinge", happened(90), ""),
            new Step(
                PlanStatus.RETURNED,
                "forvaltning.botkyrka",
                happened(97),
                "Lägg till ett framgångskriterium, så att vi kan följa upp insatsen.")),
        List.of());
  }

  /** Storvretsskolan: submitted, waiting for the administration's decision. */
  private Plan storvreten() {
    return new Plan(
        Unit.STORVRETEN,
        PlanKind.LOCAL,
        "Lokal handlingsplan " + schoolYear + ", %s",
        "Programmering och skapande med digitala verktyg i alla årskurser.",
        "rektor",
        "rektor.storvreten",
        happened(80),
        List.of(
            new Activity(
                "Skapande",
                4,
                "Programmering i matematik och teknik",
                "Lärarna i matematik och teknik planerar gemensamma moment i programmering.",
                List.of("larare"),
                "Lärare i matematik och teknik",
                "rektor.storvreten",
                starting(fromToday(100)),
                fromToday(100),
                "Varje årskurs har minst ett moment i programmering.",
                ActivityStatus.PLANNED,
                0)),
        List.of(new Step(PlanStatus.SUBMITTED, "rektor.storvreten", happened(88), "")),
        List.of());
  }
}
