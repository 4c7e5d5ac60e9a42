package se.styrkedja.plans.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.PlanStatus;

/** The demo is in the middle of the current school year whatever day it is seeded on. */
class DemoPlansTest {

  static final List<String> AREAS =
      List.of(
          "Digital litteracitet och didaktik",
          "Kompetens och strategisk kompetens",
          "Källkritik",
          "Pedagogiska resurser",
          "Skapande och medskapande",
          "Infrastruktur",
          "Kommunikation");

  @ParameterizedTest
  @CsvSource({"2026-12-02, 2026/27", "2027-03-15, 2026/27", "2026-07-01, 2026/27"})
  void theCurrentYearHasRunningPlansWithDoneOnTrackAndLateActivities(LocalDate today, String year) {
    List<DemoPlans.Plan> plans = DemoPlans.botkyrka(today, AREAS);
    assertEquals(year, DemoPlans.schoolYear(today));
    assertTrue(plans.stream().allMatch(p -> p.title().contains(year)), "every title names it");

    DemoPlans.Plan running =
        plans.stream().filter(p -> p.unit() == DemoPlans.Unit.PRESCHOOL).findFirst().orElseThrow();
    assertEquals(PlanStatus.ACTIVE, last(running));
    List<DemoPlans.Activity> all = plans.stream().flatMap(p -> p.activities().stream()).toList();
    for (List<DemoPlans.Activity> activities : List.of(running.activities(), all)) {
      long done = activities.stream().filter(a -> a.status() == ActivityStatus.DONE).count();
      long late = activities.stream().filter(a -> a.delayedOn(today)).count();
      long onTrack =
          activities.stream().filter(a -> a.status().isOpen() && !a.delayedOn(today)).count();
      assertTrue(done >= 1 && late >= 1 && onTrack >= 1, done + "/" + late + "/" + onTrack);
    }
    long late = all.stream().filter(a -> a.delayedOn(today)).count();
    long onTrack = all.stream().filter(a -> a.status().isOpen() && !a.delayedOn(today)).count();
    assertTrue(onTrack > all.size() / 2, "most are on track: " + onTrack + " of " + all.size());
    assertTrue(late <= 3, "a few are late: " + late);

    List<PlanStatus> states = plans.stream().map(DemoPlansTest::last).toList();
    assertEquals(1, states.stream().filter(s -> s == PlanStatus.SUBMITTED).count(), "to approve");
    assertEquals(1, states.stream().filter(s -> s == PlanStatus.RETURNED).count(), "returned");
    assertEquals(1, states.stream().filter(s -> s == PlanStatus.DRAFT).count(), "a draft");

    for (DemoPlans.Plan p : plans) {
      List<LocalDate> happened = new ArrayList<>();
      happened.add(p.created());
      p.steps().forEach(s -> happened.add(s.on()));
      for (int i = 0; i < happened.size(); i++) {
        assertTrue(happened.get(i).isBefore(today), p.title() + " acts in the future");
        assertFalse(
            i > 0 && happened.get(i).isBefore(happened.get(i - 1)), p.title() + " out of order");
      }
      for (DemoPlans.Activity a : p.activities()) {
        assertFalse(a.starts().isAfter(a.due()), a.title() + " ends before it starts");
        assertFalse(a.due().isAfter(LocalDate.parse(year.substring(0, 4) + "-07-01").plusYears(1)));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"2026-12-02, ''", "2027-03-15, 2027-01-31", "2027-06-20, 2027-01-31 2027-06-15"})
  void theRunningPlanIsFollowedUpForEveryRoundPassed(LocalDate today, String rounds) {
    DemoPlans.Plan running =
        DemoPlans.botkyrka(today, AREAS).stream()
            .filter(p -> p.unit() == DemoPlans.Unit.PRESCHOOL)
            .findFirst()
            .orElseThrow();
    assertEquals(
        rounds.isBlank() ? List.of() : List.of(rounds.split(" ")),
        running.followUps().stream().map(f -> f.round().toString()).toList());
    running.followUps().forEach(f -> assertTrue(f.written().isBefore(today)));
  }

  private static PlanStatus last(DemoPlans.Plan plan) {
    return plan.steps().isEmpty()
        ? PlanStatus.DRAFT
        : plan.steps().get(plan.steps().size() - 1).to();
  }
}
