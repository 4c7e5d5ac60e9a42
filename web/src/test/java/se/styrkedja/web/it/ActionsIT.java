package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.web.it.Api.Answer;

/**
 * Only possible actions: what a caller may do with a note, an activity, a plan, a unit or a version
 * of the strategy comes with it from the server, and is exactly what the server then accepts; notes
 * are their author's, progress is the activity owner's or the unit lead's; a person is found by
 * name, never in another municipality.
 */
class ActionsIT {

  private static final AtomicInteger YEAR = new AtomicInteger(2070);

  private static String school;
  private static String root;
  private static String area;

  @BeforeAll
  static void theDemoMunicipality() {
    Api admin = Api.as("admin.botkyrka");
    school = Fixtures.unitOf(admin, "rektor.botkyrka");
    for (JsonNode u : admin.get("units?limit=500").body().get("items")) {
      if (!u.hasNonNull("parentId")) {
        root = u.get("id").asText();
      }
    }
    area =
        Api.as("rektor.botkyrka")
            .get("strategies/adopted")
            .body()
            .get("areas")
            .get(0)
            .get("id")
            .asText();
  }

  @Test
  void aTeacherCannotChangeOrDeleteTheAdminsNoteButTheirOwn() {
    Api admin = Api.as("admin.botkyrka");
    Api larare = Api.as("larare.botkyrka");
    JsonNode note = created(admin.post("notes", Map.of("title", "Admins anteckning", "body", "b")));
    String id = note.get("id").asText();
    assertEquals(List.of("edit", "delete"), texts(note.get("allowed")));
    assertEquals("Lena Forsberg", note.get("createdByName").asText(), "the author by name");

    JsonNode asTeacher = larare.get("notes/" + id).body();
    assertEquals(List.of(), texts(asTeacher.get("allowed")), "nothing offered to the teacher");
    assertProblem(larare.delete("notes/" + id), 403, "tenant.note.not-yours-to-delete");
    assertProblem(
        larare.put("notes/" + id, Map.of("title", "Kapad", "body", "", "version", 0)),
        403,
        "tenant.note.not-yours");
    JsonNode still = admin.get("notes/" + id).body();
    assertEquals("Admins anteckning", still.get("title").asText(), "nothing changed");
    assertEquals(note.get("version").asLong(), still.get("version").asLong());

    // The teacher's own note: they edit and remove it; the admin may remove it, not rewrite it.
    JsonNode own = created(larare.post("notes", Map.of("title", "Lärarens", "body", "")));
    String ownId = own.get("id").asText();
    assertEquals(List.of("edit", "delete"), texts(own.get("allowed")));
    Answer edited =
        larare.put(
            "notes/" + ownId,
            Map.of("title", "Lärarens ändrade", "body", "", "version", own.get("version")));
    assertEquals(200, edited.status(), edited.raw());
    assertEquals(List.of("delete"), texts(admin.get("notes/" + ownId).body().get("allowed")));
    assertProblem(
        admin.put(
            "notes/" + ownId,
            Map.of("title", "x", "body", "", "version", edited.body().get("version"))),
        403,
        "tenant.note.not-yours");
    assertEquals(204, admin.delete("notes/" + ownId).status());
    assertEquals(204, admin.delete("notes/" + id).status());

    // The list says the same as the note itself.
    JsonNode listed = admin.post("notes", Map.of("title", "I listan", "body", "")).body();
    for (JsonNode n : larare.get("notes?limit=500").body().get("items")) {
      if (n.get("id").asText().equals(listed.get("id").asText())) {
        assertEquals(List.of(), texts(n.get("allowed")));
      }
    }
    assertEquals(204, admin.delete("notes/" + listed.get("id").asText()).status());
  }

  @Test
  void aTeacherReportsProgressOnTheirOwnActivityNotOnThePrincipals() {
    Api rektor = Api.as("rektor.botkyrka");
    Api larare = Api.as("larare.botkyrka");
    String id = created(rektor.post("plans", plan("LOCAL", nextYear(), school))).get("id").asText();
    JsonNode principals = created(rektor.post(activities(id), activity("Rektorns", "rektor")));
    JsonNode teachers = created(rektor.post(activities(id), activity("Lärarens", "larare")));
    assertEquals("Eva Lindqvist", principals.get("ownerName").asText(), "the owner by name");
    assertEquals("Johan Bergström", teachers.get("ownerName").asText());
    assertEquals(List.of("edit", "delete"), texts(principals.get("allowed")));
    assertEquals(200, step(rektor, id, "SUBMIT").status());
    assertEquals(200, step(Api.as("forvaltning.botkyrka"), id, "APPROVE").status());
    assertEquals(200, step(rektor, id, "ACTIVATE").status());

    JsonNode seen = larare.get("plans/" + id).body();
    assertEquals(List.of(), texts(seen.get("allowed")), "the teacher neither edits nor follows up");
    Map<String, List<String>> offered = allowedByTitle(seen);
    assertEquals(List.of(), offered.get("Rektorns"));
    assertEquals(List.of("progress"), offered.get("Lärarens"));
    assertEquals(
        Map.of("Rektorns", List.of("progress"), "Lärarens", List.of("progress")),
        allowedByTitle(rektor.get("plans/" + id).body()));
    assertEquals(
        List.of("follow-up", "copy"), texts(rektor.get("plans/" + id).body().get("allowed")));
    assertEquals(
        List.of(), texts(Api.as("politiker.botkyrka").get("plans/" + id).body().get("allowed")));
    // What is not offered is refused: the teacher copies no plan.
    Answer copy = larare.post("plans/" + id + "/copy", Map.of("schoolYear", nextYear()));
    assertEquals(403, copy.status(), copy.raw());

    String principalsId = principals.get("id").asText();
    long before = version(rektor, id, principalsId);
    assertProblem(
        larare.put(progress(id, principalsId), report(before)), 403, "plans.activity.not-yours");
    assertEquals(before, version(rektor, id, principalsId), "nothing changed");

    String teachersId = teachers.get("id").asText();
    Answer own = larare.put(progress(id, teachersId), report(version(rektor, id, teachersId)));
    assertEquals(200, own.status(), own.raw());
    assertEquals(List.of("progress"), texts(own.body().get("allowed")));
    Answer lead = rektor.put(progress(id, principalsId), report(before));
    assertEquals(200, lead.status(), lead.raw());
  }

  @Test
  void thePlansOfferedToStartAreThoseTheServerAccepts() {
    record Candidate(String kind, String unit) {}
    List<Candidate> candidates =
        List.of(new Candidate("LOCAL", school), new Candidate("ADMINISTRATION", root));
    // What each is offered; other tests may give the demo users more units, never fewer.
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("larare.botkyrka", List.of());
    expected.put("politiker.botkyrka", List.of());
    expected.put("admin.botkyrka", List.of());
    expected.put("rektor.botkyrka", List.of("LOCAL:" + school));
    expected.put("forvaltning.botkyrka", List.of("ADMINISTRATION:" + root));
    for (var e : expected.entrySet()) {
      Api api = Api.as(e.getKey());
      Answer creatable = api.get("plans/creatable");
      assertEquals(200, creatable.status(), creatable.raw());
      List<String> offered = new ArrayList<>();
      creatable
          .body()
          .forEach(c -> offered.add(c.get("kind").asText() + ":" + c.get("unitId").asText()));
      if (e.getValue().isEmpty()) {
        assertEquals(List.of(), offered, e.getKey() + " is offered nothing");
      } else {
        assertTrue(offered.containsAll(e.getValue()), e.getKey() + " is offered " + offered);
      }
      if (e.getKey().startsWith("rektor")) {
        assertTrue(
            offered.stream().noneMatch(o -> o.startsWith("ADMINISTRATION")),
            "not the administration's plan: " + offered);
      }
      // The server accepts exactly what it offers.
      List<Candidate> tried = new ArrayList<>(candidates);
      creatable
          .body()
          .forEach(c -> tried.add(new Candidate(c.get("kind").asText(), c.get("unitId").asText())));
      for (Candidate c : tried) {
        Answer answer = api.post("plans", plan(c.kind(), nextYear(), c.unit()));
        boolean accepted = answer.status() == 201;
        assertEquals(
            offered.contains(c.kind() + ":" + c.unit()),
            accepted,
            e.getKey() + " starting " + c + ": " + answer.raw());
        if (!accepted) {
          assertEquals(403, answer.status(), answer.raw());
        }
      }
    }
    assertEquals(
        "Eva Lindqvist",
        Api.as("forvaltning.botkyrka")
            .get(
                "plans/"
                    + created(
                            Api.as("rektor.botkyrka")
                                .post("plans", plan("LOCAL", nextYear(), school)))
                        .get("id")
                        .asText())
            .body()
            .get("names")
            .get("rektor.botkyrka")
            .asText(),
        "the plan's writer by name");
  }

  @Test
  void aNewStrategyVersionCanBeDiscardedAndOnlyByTheAdmin() {
    Api admin = Api.as("admin.botkyrka");
    JsonNode adopted = admin.get("strategies/adopted").body();
    String adoptedId = adopted.get("id").asText();
    assertEquals(List.of("new-version"), texts(adopted.get("allowed")));
    assertEquals(
        List.of(),
        texts(Api.as("larare.botkyrka").get("strategies/adopted").body().get("allowed")));

    Answer started = admin.post("strategies/" + adoptedId + "/versions", Map.of());
    assertEquals(201, started.status(), started.raw());
    String draft = started.body().get("id").asText();
    assertEquals(List.of("edit", "adopt", "discard"), texts(started.body().get("allowed")));
    assertEquals(
        List.of(),
        texts(admin.get("strategies/adopted").body().get("allowed")),
        "no second draft offered while one is started");

    assertProblem(
        Api.as("larare.botkyrka").delete("strategies/" + draft), 403, "tenant.access.refused");
    assertEquals(204, admin.delete("strategies/" + draft).status());
    assertProblem(admin.get("strategies/" + draft), 404, "tenant.strategy.not-found");
    JsonNode after = admin.get("strategies/adopted").body();
    assertEquals(adoptedId, after.get("id").asText(), "the adopted version stays");
    assertEquals(adopted.get("areas").size(), after.get("areas").size());
    assertEquals(List.of("new-version"), texts(after.get("allowed")));
    // Adopted versions are never discarded.
    assertProblem(admin.delete("strategies/" + adoptedId), 409, "tenant.strategy.not-draft");
  }

  @Test
  void unitsOfferTheirChangesToTheAdminOnly() {
    JsonNode asAdmin = Api.as("admin.botkyrka").get("units/" + school).body();
    assertEquals(List.of("edit", "move", "close", "new-child"), texts(asAdmin.get("allowed")));
    JsonNode asTeacher = Api.as("larare.botkyrka").get("units/" + school).body();
    assertEquals(List.of(), texts(asTeacher.get("allowed")));
    for (JsonNode u : Api.as("politiker.botkyrka").get("units?limit=500").body().get("items")) {
      assertEquals(List.of(), texts(u.get("allowed")), u.toString());
    }
  }

  @Test
  void peopleAreFoundByNameWithoutCaseOrAccentsAndNeverInAnotherMunicipality() throws Exception {
    Api larare = Api.as("larare.botkyrka");
    assertEquals(List.of("Eva Lindqvist"), names(larare, "EVA lind"));
    assertEquals(List.of("Daniel Öberg"), names(larare, "daniel OBERG"));
    assertEquals(List.of("Karin Sjöberg"), names(larare, "sjöberg"));
    assertEquals(List.of("Eva Lindqvist"), names(larare, "rektor.botk"), "by username");

    // A person of Hässleholm with a name no one else has.
    String unique = "Zäta" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into person (id, tenant_id, external_id, given_name, family_name,"
                    + " principal_name, removed, version)"
                    + " values (gen_random_uuid(), 'hassleholm', ?, 'André', ?, null, false, 1)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, unique);
      assertEquals(1, insert.executeUpdate());
    }
    String typed = "andre " + unique.toUpperCase().replace("Ä", "A");
    assertEquals(List.of("André " + unique), names(Api.as("admin.hassleholm"), typed));
    assertEquals(List.of(), names(larare, typed), "another municipality's people never match");
    assertEquals(List.of(), names(Api.as("admin.botkyrka"), unique));

    JsonNode assignments =
        Api.as("admin.botkyrka").get("role-assignments?username=rektor.botkyrka").body();
    assertEquals("Eva Lindqvist", assignments.get("items").get(0).get("name").asText());
  }

  private static List<String> names(Api api, String search) {
    Answer found =
        api.get(
            "people?limit=20&search="
                + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, found.status(), found.raw());
    List<String> out = new ArrayList<>();
    found
        .body()
        .get("items")
        .forEach(p -> out.add(p.get("givenName").asText() + " " + p.get("familyName").asText()));
    return out;
  }

  private static Map<String, List<String>> allowedByTitle(JsonNode plan) {
    Map<String, List<String>> out = new HashMap<>();
    plan.get("activities").forEach(a -> out.put(a.get("title").asText(), texts(a.get("allowed"))));
    return out;
  }

  private static long version(Api api, String plan, String activity) {
    for (JsonNode a : api.get("plans/" + plan).body().get("activities")) {
      if (a.get("id").asText().equals(activity)) {
        return a.get("version").asLong();
      }
    }
    throw new AssertionError("no activity " + activity);
  }

  private static String activities(String plan) {
    return "plans/" + plan + "/activities";
  }

  private static String progress(String plan, String activity) {
    return activities(plan) + "/" + activity + "/progress";
  }

  private static Map<String, Object> report(long version) {
    return Map.of("status", "ONGOING", "progress", 30, "version", version);
  }

  private static JsonNode created(Answer a) {
    assertEquals(201, a.status(), a.raw());
    return a.body();
  }

  private static Answer step(Api api, String plan, String step) {
    long version = api.get("plans/" + plan).body().get("version").asLong();
    return api.post("plans/" + plan + "/steps", Map.of("step", step, "version", version));
  }

  private static String nextYear() {
    int y = YEAR.getAndIncrement();
    return y + "/" + String.format("%02d", (y + 1) % 100);
  }

  private static Map<String, Object> plan(String kind, String year, String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("schoolYear", year);
    body.put("unitId", unit);
    body.put("title", "Plan " + year);
    body.put("summary", "");
    return body;
  }

  private static Map<String, Object> activity(String title, String ownerLevel) {
    Map<String, Object> body = new HashMap<>();
    body.put("priorityAreaId", area);
    body.put("goalIds", List.of());
    body.put("title", title);
    body.put("description", "");
    body.put("targetLevels", List.of());
    body.put("targetUnitIds", List.of());
    body.put("targetNote", "");
    body.put("owner", ownerLevel + ".botkyrka");
    body.put("startsOn", LocalDate.now(Clocks.SWEDEN).toString());
    body.put("dueOn", LocalDate.now(Clocks.SWEDEN).plusMonths(6).toString());
    body.put("successCriteria", "");
    return body;
  }
}
