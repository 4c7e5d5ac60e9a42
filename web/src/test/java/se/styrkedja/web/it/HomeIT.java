package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * The home page per role, on the demo data of the current school year: what waits for each demo
 * user, the next deadlines and the figures of their level, computed with their own access, so that
 * another municipality's data and what lies outside their scope never appear.
 */
class HomeIT {

  @Test
  void theBoardSeesProgressPerPriorityAreaAndPlanCoverageOfTheCurrentYear() {
    JsonNode home = home("politiker.botkyrka");
    assertEquals(Fixtures.currentSchoolYear(), home.get("schoolYear").asText());
    assertEquals(Fixtures.today().toString(), home.get("today").asText());
    assertEquals(
        List.of("waiting", "deadlines", "plan-coverage", "strategy-progress"), kinds(home));

    JsonNode progress = card(home, "strategy-progress");
    List<String> areas = new ArrayList<>();
    progress.get("series").forEach(s -> areas.add(s.get("label").asText()));
    assertEquals(7, areas.size(), areas.toString());
    assertTrue(areas.contains("Källkritik"), areas.toString());
    // The demo's running plans: some activities done, some on track, a few late.
    assertTrue(figure(progress, "DONE") >= 2, progress.toString());
    assertTrue(figure(progress, "ON_TRACK") >= 4, progress.toString());
    assertTrue(figure(progress, "DELAYED") >= 1, progress.toString());

    JsonNode coverage = card(home, "plan-coverage");
    long units = coverage.get("figures").get(0).get("total").asLong();
    assertTrue(units >= 8, coverage.toString());
    assertTrue(figure(coverage, "WITH_APPROVED_PLAN") >= 1, coverage.toString());
    assertTrue(figure(coverage, "RETURNED") >= 1, "Tullinge's is returned");

    // The next deadlines of the annual cycle, none past.
    JsonNode deadlines = card(home, "deadlines").get("items");
    assertEquals(3, deadlines.size(), deadlines.toString());
    for (JsonNode d : deadlines) {
      assertFalse(d.get("date").asText().compareTo(Fixtures.today().toString()) < 0, d.toString());
      assertEquals("#/arshjul", d.get("href").asText());
    }
  }

  @Test
  void theAdministrationFindsThePlanWaitingForItsDecision() {
    JsonNode waiting = card(home("forvaltning.botkyrka"), "waiting").get("items");
    JsonNode storvreten = null;
    for (JsonNode i : waiting) {
      if (i.get("title").asText().endsWith("Storvretsskolan")) {
        storvreten = i;
      }
    }
    assertTrue(storvreten != null, waiting.toString());
    assertEquals("APPROVE", storvreten.get("code").asText());
    assertEquals("SUBMITTED", storvreten.get("status").asText());
    assertTrue(storvreten.get("href").asText().startsWith("#/handlingsplaner/"));
  }

  @Test
  void thePrincipalSeesTheSchoolsPlanAndNothingOfOtherUnits() {
    Answer answer = Api.as("rektor.botkyrka").get("home");
    assertEquals(200, answer.status(), answer.raw());
    JsonNode home = answer.body();
    assertEquals(List.of("waiting", "deadlines", "unit-plan"), kinds(home));
    JsonNode plan = card(home, "unit-plan").get("items").get(0);
    assertEquals("PLAN", plan.get("code").asText());
    assertEquals(
        "Lokal handlingsplan " + Fixtures.currentSchoolYear() + ", Alléskolan",
        plan.get("title").asText());
    // A draft says when it is due by the annual cycle (30 September), late or not.
    if (plan.get("status").asText().equals("DRAFT")) {
      JsonNode due = null;
      for (JsonNode i : card(home, "unit-plan").get("items")) {
        due = i.get("code").asText().equals("PLAN_DUE") ? i : due;
      }
      int first = Integer.parseInt(Fixtures.currentSchoolYear().substring(0, 4));
      java.time.LocalDate sep30 = java.time.LocalDate.of(first, 9, 30);
      assertTrue(due != null, home.toString());
      assertEquals(sep30.toString(), due.get("date").asText());
      assertEquals(sep30.isBefore(Fixtures.today()), due.get("late").asBoolean());
    }
    String id = plan.get("href").asText().replace("#/handlingsplaner/", "");
    assertEquals(200, Api.as("rektor.botkyrka").get("plans/" + id).status());
    long activities = 0;
    for (JsonNode f : card(home, "unit-plan").get("figures")) {
      activities += f.get("value").asLong();
    }
    assertTrue(activities >= 2, home.toString());
    // Another unit's plans, the preschool's and Tullinge's, are out of the principal's scope.
    for (String other : List.of("Alby", "Tullinge", "Storvretsskolan", "lärplattan")) {
      assertFalse(answer.raw().contains(other), other + " shown to the principal");
    }
  }

  @Test
  void thePreschoolHeadSeesTheRunningPlanWithDoneOnTrackAndLateActivities() {
    JsonNode card = card(home("forskolechef.botkyrka"), "unit-plan");
    assertEquals("ACTIVE", card.get("items").get(0).get("status").asText());
    assertTrue(figure(card, "DONE") >= 1, card.toString());
    assertTrue(figure(card, "ON_TRACK") >= 1, card.toString());
    assertTrue(figure(card, "DELAYED") >= 1, card.toString());
    assertTrue(
        texts(card.get("items"), "code").contains("NEXT_FOLLOW_UP"), "the next round is named");
  }

  @Test
  void aTeacherSeesTheActivitiesTheyOwn() {
    JsonNode home = home("larare.botkyrka");
    assertTrue(kinds(home).contains("my-activities"), kinds(home).toString());
    List<String> titles = texts(card(home, "my-activities").get("items"), "title");
    assertEquals(List.of("Källkritik i alla ämnen"), titles);
    assertFalse(kinds(home).contains("strategy-progress"));
  }

  @Test
  void theAdminSeesTheOrganisationAndTheOperatorTheMunicipalities() {
    JsonNode admin = card(home("admin.botkyrka"), "organisation");
    assertTrue(figure(admin, "UNITS") >= 10, admin.toString());
    assertTrue(figure(admin, "ROLE_ASSIGNMENTS") >= 7, admin.toString());

    JsonNode operator = home("operator");
    assertEquals(List.of("municipalities"), kinds(operator));
    List<String> names = texts(card(operator, "municipalities").get("items"), "title");
    assertTrue(
        names.containsAll(List.of("Botkyrka kommun", "Hässleholms kommun")), names.toString());
    assertFalse(Api.as("operator").get("home").raw().contains("Alléskolan"), "no tenant data");
  }

  @Test
  void anotherMunicipalitySeesNothingOfBotkyrka() {
    for (String user : List.of("politiker.hassleholm", "rektor.hassleholm", "admin.hassleholm")) {
      String raw = Api.as(user).get("home").raw();
      for (String botkyrka :
          List.of("Alléskolan", "Alby", "Tullinge", "Storvretsskolan", "Källkritik i alla")) {
        assertFalse(raw.contains(botkyrka), botkyrka + " shown to " + user + ": " + raw);
      }
    }
    // Hässleholm has no plans this year: its board's figures are all zero.
    JsonNode progress = card(home("politiker.hassleholm"), "strategy-progress");
    for (String code : List.of("DONE", "ON_TRACK", "DELAYED", "PLANNED")) {
      assertEquals(0, figure(progress, code), progress.toString());
    }
  }

  @Test
  void leadershipOverAPartOfTheOrganisationCountsThatPartOnly() {
    // The administration's level, but over the preschools only (as PlansIT gives it too).
    Api admin = Api.as("admin.botkyrka");
    String preschools = null;
    for (JsonNode u : admin.get("units?limit=500").body().get("items")) {
      preschools = u.get("name").asText().equals("Förskola") ? u.get("id").asText() : preschools;
    }
    Map<String, Object> body = new HashMap<>();
    body.put("username", "it.botkyrka");
    body.put("level", "forvaltning");
    body.put("unitId", preschools);
    body.put("from", Fixtures.today().minusDays(1).toString());
    Answer assigned = admin.post("role-assignments", body);
    assertEquals(201, assigned.status(), assigned.raw());

    JsonNode home = home("it.botkyrka");
    // Alby förskola's running plan alone: one done, two on track, one late; nothing of the
    // administration's plan at the top or of the schools.
    JsonNode progress = card(home, "strategy-progress");
    assertEquals(1, figure(progress, "DONE"), progress.toString());
    assertEquals(2, figure(progress, "ON_TRACK"), progress.toString());
    assertEquals(1, figure(progress, "DELAYED"), progress.toString());
    JsonNode coverage = card(home, "plan-coverage");
    assertEquals(4, coverage.get("figures").get(0).get("total").asLong(), "the four preschools");
    assertEquals(1, figure(coverage, "WITH_APPROVED_PLAN"));
    assertEquals(0, figure(coverage, "RETURNED"), "Tullinge skola's is not theirs");
  }

  /** Asked on every visit to the first page: a quick loop, its median printed. */
  @Test
  void theHomePageAnswersQuickly() {
    Api board = Api.as("politiker.botkyrka");
    board.get("home");
    long[] ms = new long[25];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      assertEquals(200, board.get("home").status());
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(ms);
    System.out.printf(
        "GET /api/home (board): p50 %d ms, max %d ms%n", ms[ms.length / 2], ms[ms.length - 1]);
    assertTrue(ms[ms.length / 2] < 500, "p50 " + ms[ms.length / 2] + " ms");
  }

  private static JsonNode home(String user) {
    Answer a = Api.as(user).get("home");
    assertEquals(200, a.status(), a.raw());
    return a.body();
  }

  private static List<String> kinds(JsonNode home) {
    return texts(home.get("cards"), "kind");
  }

  private static JsonNode card(JsonNode home, String kind) {
    for (JsonNode c : home.get("cards")) {
      if (c.get("kind").asText().equals(kind)) {
        return c;
      }
    }
    throw new AssertionError("no card " + kind + " in " + home);
  }

  private static long figure(JsonNode card, String code) {
    for (JsonNode f : card.get("figures")) {
      if (f.get("code").asText().equals(code)) {
        return f.get("value").asLong();
      }
    }
    throw new AssertionError("no figure " + code + " in " + card);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }
}
