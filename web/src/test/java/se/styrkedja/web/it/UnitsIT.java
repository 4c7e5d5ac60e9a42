package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.auditActions;
import static se.styrkedja.web.it.Fixtures.fields;
import static se.styrkedja.web.it.Fixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.web.it.Api.Answer;

/**
 * The organisation tree through the API on PostgreSQL, as the municipality admins of both demo
 * tenants: building, renaming, moving and closing units with their history; refusals that name the
 * field and change nothing; stale versions; readers who may not write; and every endpoint blind to
 * the other municipality's units.
 */
class UnitsIT {

  private static final String ADMIN = "admin.botkyrka";
  private static final String OTHER_ADMIN = "admin.hassleholm";
  private static final String REKTOR = "rektor.botkyrka";

  @Test
  void anAdminBuildsMovesAndClosesUnitsAndEveryChangeIsInTheHistory() throws SQLException {
    Api admin = Api.as(ADMIN);
    String root = rootOf(admin);
    JsonNode areaA = created(admin, unit("SCHOOL_FORM_AREA", "Område A " + nonce(), root));
    JsonNode areaB = created(admin, unit("SCHOOL_FORM_AREA", "Område B " + nonce(), root));
    String code = code();
    Map<String, Object> school = unit("SCHOOL_UNIT", "Hågelbyskolan", id(areaA));
    school.put("schoolUnitCode", code);
    school.put("schoolForms", List.of("GR", "FKLASS"));
    school.put("openedOn", "2019-08-01");
    JsonNode created = created(admin, school);
    String schoolId = id(created);
    assertEquals(2, created.get("depth").asInt());
    assertEquals(List.of("FKLASS", "GR"), texts(created.get("schoolForms")));
    assertEquals("2019-08-01", created.get("openedOn").asText());
    assertTrue(created.get("open").asBoolean());

    Answer renamed =
        admin.put(
            "units/" + schoolId,
            Map.of(
                "name",
                "Hågelbyskolan F-6",
                "schoolUnitCode",
                code,
                "schoolForms",
                List.of("GR", "FKLASS", "FTH"),
                "version",
                version(created)));
    assertEquals(200, renamed.status(), renamed.raw());
    assertEquals("Hågelbyskolan F-6", renamed.body().get("name").asText());

    Answer moved =
        admin.post(
            "units/" + schoolId + "/move",
            Map.of("parentId", id(areaB), "version", version(renamed.body())));
    assertEquals(200, moved.status(), moved.raw());
    assertEquals(id(areaB), moved.body().get("parentId").asText());
    assertEquals(2, moved.body().get("depth").asInt());
    assertEquals(List.of(id(areaB), schoolId), ids(admin.get("units/" + id(areaB) + "/subtree")));
    assertEquals(List.of(id(areaA)), ids(admin.get("units/" + id(areaA) + "/subtree")));
    assertTrue(within(admin, schoolId, id(areaB)));
    assertTrue(within(admin, schoolId, root));
    assertTrue(within(admin, schoolId, schoolId), "a unit is within its own subtree");
    assertFalse(within(admin, schoolId, id(areaA)));
    assertFalse(within(admin, id(areaB), schoolId));

    Answer closed =
        admin.post(
            "units/" + schoolId + "/close",
            Map.of(
                "closedOn",
                LocalDate.now(Clocks.SWEDEN).toString(),
                "version",
                version(moved.body())));
    assertEquals(200, closed.status(), closed.raw());
    assertFalse(closed.body().get("open").asBoolean());
    assertEquals(200, admin.get("units/" + schoolId).status(), "a closed unit is kept");
    assertEquals(
        List.of(id(areaB)), ids(admin.get("units/" + id(areaB) + "/subtree")), "open units only");
    assertEquals(
        List.of(id(areaB), schoolId),
        ids(admin.get("units/" + id(areaB) + "/subtree?includeClosed=true")));
    assertEquals(
        1,
        admin.get("units?under=" + id(areaB)).body().get("total").asInt(),
        "the list under a unit leaves the closed one out");
    assertTrue(
        ids(admin.get("units?under=" + root + "&includeClosed=true&limit=500").body())
            .contains(schoolId));

    Answer history = admin.get("units/" + schoolId + "/history");
    assertEquals(200, history.status(), history.raw());
    List<String> kinds = new ArrayList<>();
    Map<String, JsonNode> byKind = new HashMap<>();
    history
        .body()
        .forEach(
            c -> {
              kinds.add(c.get("kind").asText());
              byKind.put(c.get("kind").asText(), c);
              assertEquals(ADMIN, c.get("by").asText());
            });
    assertEquals(
        List.of("CREATED", "RENAMED", "SCHOOL_FORMS", "MOVED", "CLOSED"),
        kinds.stream().sorted(this::inOrder).toList());
    assertEquals("Hågelbyskolan", byKind.get("RENAMED").get("from").asText());
    assertEquals("Hågelbyskolan F-6", byKind.get("RENAMED").get("to").asText());
    assertEquals(id(areaA), byKind.get("MOVED").get("from").asText());
    assertEquals(id(areaB), byKind.get("MOVED").get("to").asText());
    assertEquals("FKLASS,FTH,GR", byKind.get("SCHOOL_FORMS").get("to").asText());

    assertEquals(
        List.of("unit.created", "unit.edited", "unit.moved", "unit.closed"),
        auditActions("botkyrka", schoolId));
  }

  @Test
  void movingAUnitMovesEverythingUnderIt() {
    Api admin = Api.as(ADMIN);
    String root = rootOf(admin);
    String area = id(created(admin, unit("SCHOOL_FORM_AREA", "Område " + nonce(), root)));
    JsonNode department = created(admin, unit("DEPARTMENT", "Elevhälsan " + nonce(), root));
    JsonNode team = created(admin, unit("TEAM", "Skolsköterskor", id(department)));
    String member = id(created(admin, unit("TEAM", "Tumba-teamet", id(team))));

    Answer moved =
        admin.post(
            "units/" + id(department) + "/move",
            Map.of("parentId", area, "version", version(department)));
    assertEquals(200, moved.status(), moved.raw());

    assertEquals(4, admin.get("units/" + member).body().get("depth").asInt());
    assertTrue(within(admin, member, area));
    assertEquals(4, admin.get("units/" + area + "/subtree").body().size());
    assertTrue(
        admin.get("units/" + id(team)).body().get("version").asLong() > version(team),
        "a unit whose path moved has a new version");
  }

  @Test
  void theTreeRefusesWhatWouldBreakItAndNamesTheField() {
    Api admin = Api.as(ADMIN);
    String root = rootOf(admin);
    JsonNode area = created(admin, unit("SCHOOL_FORM_AREA", "Område " + nonce(), root));
    JsonNode school = created(admin, unit("SCHOOL_UNIT", "Skola " + nonce(), id(area)));

    Answer intoOwn =
        admin.post(
            "units/" + id(area) + "/move",
            Map.of("parentId", id(school), "version", version(area)));
    assertProblem(intoOwn, 409, "tenant.unit.into-own-subtree");
    assertEquals(List.of("parentId"), fields(intoOwn.body()));
    Answer intoSelf =
        admin.post(
            "units/" + id(area) + "/move", Map.of("parentId", id(area), "version", version(area)));
    assertProblem(intoSelf, 409, "tenant.unit.into-own-subtree");
    Answer rootMove =
        admin.post(
            "units/" + root + "/move",
            Map.of("parentId", id(area), "version", version(admin.get("units/" + root).body())));
    assertProblem(rootMove, 409, "tenant.unit.root-cannot-move");

    Answer closeWithChildren =
        admin.post(
            "units/" + id(area) + "/close",
            Map.of("closedOn", LocalDate.now(Clocks.SWEDEN).toString(), "version", version(area)));
    assertProblem(closeWithChildren, 409, "tenant.unit.open-children");
    assertTrue(
        closeWithChildren.body().get("detail").asText().contains(school.get("name").asText()));

    Answer secondRoot = admin.post("units", unit("ADMINISTRATION", "Ännu en förvaltning", null));
    assertProblem(secondRoot, 409, "tenant.unit.root-exists");
    assertEquals(List.of("parentId"), fields(secondRoot.body()));

    assertEquals(version(area), version(admin.get("units/" + id(area)).body()), "unchanged");
    assertEquals(id(area), admin.get("units/" + id(school)).body().get("parentId").asText());
    assertTrue(admin.get("units/" + id(area)).body().get("open").asBoolean());

    // Closed: it takes no new units, neither created nor moved under it, and is not changed.
    JsonNode closed =
        admin
            .post(
                "units/" + id(school) + "/close",
                Map.of(
                    "closedOn",
                    LocalDate.now(Clocks.SWEDEN).toString(),
                    "version",
                    version(school)))
            .body();
    Answer underClosed = admin.post("units", unit("TEAM", "Arbetslag 1", id(closed)));
    assertProblem(underClosed, 409, "tenant.unit.parent-closed");
    assertEquals(List.of("parentId"), fields(underClosed.body()));
    JsonNode team = created(admin, unit("TEAM", "Arbetslag " + nonce(), id(area)));
    assertProblem(
        admin.post(
            "units/" + id(team) + "/move",
            Map.of("parentId", id(closed), "version", version(team))),
        409,
        "tenant.unit.parent-closed");
    assertProblem(
        admin.put("units/" + id(closed), Map.of("name", "Nytt namn", "version", version(closed))),
        409,
        "tenant.unit.closed");
  }

  @Test
  void invalidInputNamesEachWrongFieldAndChangesNothing() {
    Api admin = Api.as(ADMIN);
    String root = rootOf(admin);
    long before = total(admin);

    Map<String, Object> bad = unit("SKOLA", " ", root);
    bad.put("schoolUnitCode", "123");
    Answer invalid = admin.post("units", bad);
    assertProblem(invalid, 400, "core.validation");
    assertEquals(List.of("name", "schoolUnitCode", "type"), fields(invalid.body()));

    Map<String, Object> forms = unit("SCHOOL_UNIT", "Skola " + nonce(), root);
    forms.put("schoolForms", List.of("GR", "GRUNDSKOLA"));
    Answer unknownForm = admin.post("units", forms);
    assertProblem(unknownForm, 400, "tenant.unit.invalid");
    assertEquals(List.of("schoolForms"), fields(unknownForm.body()));
    assertTrue(unknownForm.body().get("detail").asText().contains("GRUNDSKOLA"));

    Map<String, Object> department = unit("DEPARTMENT", "IT " + nonce(), root);
    department.put("schoolUnitCode", code());
    Answer codeOnDepartment = admin.post("units", department);
    assertProblem(codeOnDepartment, 400, "tenant.unit.invalid");
    assertEquals(List.of("schoolUnitCode"), fields(codeOnDepartment.body()));

    String code = code();
    Map<String, Object> first = unit("PRESCHOOL_UNIT", "Förskola " + nonce(), root);
    first.put("schoolUnitCode", code);
    JsonNode holder = created(admin, first);
    before++;
    Map<String, Object> second = unit("PRESCHOOL_UNIT", "Förskola " + nonce(), root);
    second.put("schoolUnitCode", code);
    Answer taken = admin.post("units", second);
    assertProblem(taken, 409, "tenant.unit.school-unit-code-taken");
    assertEquals(List.of("schoolUnitCode"), fields(taken.body()));

    Answer future =
        admin.post(
            "units/" + id(holder) + "/close",
            Map.of(
                "closedOn",
                LocalDate.now(Clocks.SWEDEN).plusDays(30).toString(),
                "version",
                version(holder)));
    assertProblem(future, 400, "tenant.unit.invalid");
    assertEquals(List.of("closedOn"), fields(future.body()));
    Answer beforeOpened =
        admin.post(
            "units/" + id(holder) + "/close",
            Map.of("closedOn", "2000-01-01", "version", version(holder)));
    assertProblem(beforeOpened, 400, "tenant.unit.invalid");
    assertEquals(List.of("closedOn"), fields(beforeOpened.body()));
    Answer noParent = admin.post("units/" + id(holder) + "/move", Map.of("version", 1));
    assertProblem(noParent, 400, "core.validation");
    assertEquals(List.of("parentId"), fields(noParent.body()));
    assertProblem(admin.get("units?limit=501"), 400, "core.validation");

    assertEquals(before, total(admin), "nothing was created");
    assertEquals(version(holder), version(admin.get("units/" + id(holder)).body()));
    assertTrue(admin.get("units/" + id(holder)).body().get("open").asBoolean());
  }

  @Test
  void aStaleVersionAnswers409AndKeepsTheOtherChange() {
    Api admin = Api.as(ADMIN);
    String root = rootOf(admin);
    JsonNode unit = created(admin, unit("DEPARTMENT", "Kommunikation " + nonce(), root));
    String other = id(created(admin, unit("DEPARTMENT", "Ekonomi " + nonce(), root)));
    long stale = version(unit);
    assertEquals(
        200,
        admin.put("units/" + id(unit), Map.of("name", "Kommunikation", "version", stale)).status());

    assertProblem(
        admin.put("units/" + id(unit), Map.of("name", "Annat", "version", stale)),
        409,
        "tenant.unit.stale-version");
    assertProblem(
        admin.post("units/" + id(unit) + "/move", Map.of("parentId", other, "version", stale)),
        409,
        "tenant.unit.stale-version");
    assertProblem(
        admin.post(
            "units/" + id(unit) + "/close",
            Map.of("closedOn", LocalDate.now(Clocks.SWEDEN).toString(), "version", stale)),
        409,
        "tenant.unit.stale-version");

    JsonNode now = admin.get("units/" + id(unit)).body();
    assertEquals("Kommunikation", now.get("name").asText());
    assertEquals(root, now.get("parentId").asText());
    assertTrue(now.get("open").asBoolean());
  }

  @Test
  void everyoneOfTheMunicipalityReadsTheTreeAndOnlyItsAdminChangesIt() {
    Api admin = Api.as(ADMIN);
    Api rektor = Api.as(REKTOR);
    String root = rootOf(admin);
    JsonNode unit = created(admin, unit("DEPARTMENT", "Kulturskolan " + nonce(), root));
    long before = total(admin);

    assertEquals(200, rektor.get("units").status());
    assertEquals(200, rektor.get("units/" + id(unit)).status());
    assertEquals(200, rektor.get("units/" + id(unit) + "/history").status());
    List<Answer> refused =
        List.of(
            rektor.post("units", unit("TEAM", "Rektors team", root)),
            rektor.put("units/" + id(unit), Map.of("name", "Kapad", "version", version(unit))),
            rektor.post(
                "units/" + id(unit) + "/move", Map.of("parentId", root, "version", version(unit))),
            rektor.post(
                "units/" + id(unit) + "/close",
                Map.of(
                    "closedOn",
                    LocalDate.now(Clocks.SWEDEN).toString(),
                    "version",
                    version(unit))));
    for (Answer answer : refused) {
      assertProblem(answer, 403, "tenant.access.refused");
    }
    assertEquals(before, total(admin));
    JsonNode now = admin.get("units/" + id(unit)).body();
    assertEquals(unit.get("name").asText(), now.get("name").asText());
    assertEquals(version(unit), version(now));
    assertTrue(now.get("open").asBoolean());
  }

  @Test
  void everyEndpointAnswers404ForAnotherMunicipalitysUnitsAndLeaksNothing() {
    Api botkyrka = Api.as(ADMIN);
    Api hassleholm = Api.as(OTHER_ADMIN);
    String theirRoot = rootOf(botkyrka);
    String secret = "Hemliga enheten " + nonce();
    JsonNode theirs = created(botkyrka, unit("DEPARTMENT", secret, theirRoot));
    String id = id(theirs);
    long version = version(theirs);
    String ownRoot = rootOf(hassleholm);
    JsonNode own = created(hassleholm, unit("DEPARTMENT", "Egen enhet " + nonce(), ownRoot));

    Map<String, Answer> answers = new java.util.LinkedHashMap<>();
    answers.put("get", hassleholm.get("units/" + id));
    answers.put("subtree", hassleholm.get("units/" + id + "/subtree?includeClosed=true"));
    answers.put("history", hassleholm.get("units/" + id + "/history"));
    answers.put("within, unit", hassleholm.get("units/" + id + "/within/" + ownRoot));
    answers.put("within, ancestor", hassleholm.get("units/" + id(own) + "/within/" + id));
    answers.put("list under", hassleholm.get("units?under=" + id));
    answers.put("edit", hassleholm.put("units/" + id, Map.of("name", "Kapad", "version", version)));
    answers.put(
        "move",
        hassleholm.post("units/" + id + "/move", Map.of("parentId", ownRoot, "version", version)));
    answers.put(
        "move under theirs",
        hassleholm.post(
            "units/" + id(own) + "/move", Map.of("parentId", id, "version", version(own))));
    answers.put(
        "close",
        hassleholm.post(
            "units/" + id + "/close",
            Map.of("closedOn", LocalDate.now(Clocks.SWEDEN).toString(), "version", version)));
    answers.put("create under theirs", hassleholm.post("units", unit("TEAM", "Inkräktare", id)));

    answers.forEach(
        (what, answer) -> {
          assertEquals(404, answer.status(), what + ": " + answer.raw());
          assertProblem(answer, 404, "tenant.unit.not-found");
          assertFalse(answer.raw().contains(secret), what + " leaks the name");
          assertFalse(answer.raw().toLowerCase().contains("botkyrka"), what + " leaks the tenant");
        });
    assertEquals(List.of("parentId"), fields(answers.get("create under theirs").body()));
    assertEquals(List.of("under"), fields(answers.get("list under").body()));

    assertFalse(
        ids(hassleholm.get("units?includeClosed=true&limit=500").body()).contains(id),
        "the other municipality's list does not show it");
    JsonNode still = botkyrka.get("units/" + id).body();
    assertEquals(secret, still.get("name").asText());
    assertEquals(version, version(still));
    assertEquals(theirRoot, still.get("parentId").asText());
    assertTrue(still.get("open").asBoolean());
    JsonNode ownNow = hassleholm.get("units/" + id(own)).body();
    assertEquals(ownRoot, ownNow.get("parentId").asText());
    assertEquals(version(own), version(ownNow));
  }

  /** The demo trees have their roots; each municipality sees only its own. */
  @Test
  void eachMunicipalityHasItsOwnDemoTree() {
    JsonNode botkyrka = Api.as(ADMIN).get("units?limit=500").body();
    JsonNode hassleholm = Api.as(OTHER_ADMIN).get("units?limit=500").body();
    assertTrue(names(botkyrka).containsAll(List.of("Utbildningsförvaltningen", "Tumba förskola")));
    assertFalse(names(botkyrka).contains("Barn- och utbildningsförvaltningen"));
    assertTrue(names(hassleholm).contains("Barn- och utbildningsförvaltningen"));
    assertFalse(names(hassleholm).contains("Tumba förskola"));
  }

  private int inOrder(String a, String b) {
    List<String> order = List.of("CREATED", "RENAMED", "SCHOOL_FORMS", "MOVED", "CLOSED");
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  private static String rootOf(Api api) {
    Answer page = api.get("units?limit=500");
    assertEquals(200, page.status(), page.raw());
    for (JsonNode u : page.body().get("items")) {
      if (u.get("depth").asInt() == 0) {
        return id(u);
      }
    }
    throw new AssertionError("no root unit: " + page.raw());
  }

  private static Map<String, Object> unit(String type, String name, String parentId) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("name", name);
    if (parentId != null) {
      body.put("parentId", parentId);
    }
    return body;
  }

  private static JsonNode created(Api api, Map<String, Object> body) {
    Answer a = api.post("units", body);
    assertEquals(201, a.status(), a.raw());
    return a.body();
  }

  private static boolean within(Api api, String unit, String ancestor) {
    Answer a = api.get("units/" + unit + "/within/" + ancestor);
    assertEquals(200, a.status(), a.raw());
    return a.body().get("within").asBoolean();
  }

  private static long total(Api api) {
    return api.get("units?includeClosed=true&limit=1").body().get("total").asLong();
  }

  private static String id(JsonNode unit) {
    return unit.get("id").asText();
  }

  private static long version(JsonNode unit) {
    return unit.get("version").asLong();
  }

  private static String nonce() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000), 36);
  }

  private static String code() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private static List<String> ids(Answer answer) {
    assertEquals(200, answer.status(), answer.raw());
    return ids(answer.body());
  }

  private static List<String> ids(JsonNode listOrPage) {
    JsonNode items = listOrPage.isArray() ? listOrPage : listOrPage.get("items");
    List<String> out = new ArrayList<>();
    items.forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  private static List<String> names(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(n.get("name").asText()));
    return out;
  }
}
