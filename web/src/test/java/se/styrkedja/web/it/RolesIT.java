package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.auditActions;
import static se.styrkedja.web.it.Fixtures.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.web.it.Api.Answer;

/**
 * The chain of governance and the role assignments through the API on PostgreSQL: the standard
 * chain, the admin's renames, new levels and new orders (and refusals that change nothing),
 * assignments created, ended and listed, readers who may not write, a stored assignment that
 * changes what a person may do, and every endpoint blind to the other municipality.
 */
class RolesIT {

  private static final String ADMIN = "admin.botkyrka";
  private static final String OTHER_ADMIN = "admin.hassleholm";
  private static final String REKTOR = "rektor.botkyrka";
  private static final String LARARE = "larare.botkyrka";
  private static final List<List<String>> STANDARD_ORDER =
      List.of(
          List.of("politiker"),
          List.of("forvaltning"),
          List.of("rektor", "forskolechef"),
          List.of("larare"));

  /** The server's "today": the municipalities are Swedish. */
  private static final ZoneId SWEDEN = Clocks.SWEDEN;

  @Test
  void theStandardChainIsThereUntilTheMunicipalityChangesIt() {
    Answer chain = Api.as("rektor.hassleholm").get("role-hierarchy");
    assertEquals(200, chain.status(), chain.raw());
    assertEquals(STANDARD_ORDER, order(chain.body()));
    JsonNode levels = chain.body().get("levels");
    Map<String, JsonNode> byKey = byKey(levels);
    assertEquals("Rektor", byKey.get("rektor").get("name").asText());
    assertTrue(byKey.get("politiker").get("top").asBoolean());
    assertFalse(byKey.get("admin").get("inChain").asBoolean());
    assertEquals(-1, byKey.get("admin").get("rank").asInt());
    assertTrue(byKey.containsKey("ikt-pedagog"));
  }

  @Test
  void theAdminRenamesAddsAndReordersAndBadInputChangesNothing() throws SQLException {
    Api admin = Api.as(ADMIN);
    try {
      Answer renamed = admin.put("role-hierarchy/levels/rektor", Map.of("name", "Skolledare"));
      assertEquals(200, renamed.status(), renamed.raw());
      assertEquals(
          "Skolledare", byKey(renamed.body().get("levels")).get("rektor").get("name").asText());
      assertEquals(
          "Skolledare",
          byKey(admin.get("role-hierarchy").body().get("levels"))
              .get("rektor")
              .get("name")
              .asText());
      assertTrue(auditActions("botkyrka", "rektor").contains("role.level.renamed"));
    } finally {
      assertEquals(
          200, admin.put("role-hierarchy/levels/rektor", Map.of("name", "Rektor")).status());
    }

    String key = "stod-" + nonce();
    Answer added =
        admin.post("role-hierarchy/levels", Map.of("key", key, "name", "Stödfunktion", "rank", -1));
    assertEquals(201, added.status(), added.raw());
    assertFalse(byKey(added.body().get("levels")).get(key).get("inChain").asBoolean());
    assertEquals(STANDARD_ORDER, order(added.body()), "a function stands beside the chain");
    assertEquals(List.of("role.level.added"), auditActions("botkyrka", key));

    JsonNode before = admin.get("role-hierarchy").body();
    Answer badKey =
        admin.post("role-hierarchy/levels", Map.of("key", "Ny Nivå", "name", " ", "rank", 1));
    assertProblem(badKey, 400, "core.validation");
    assertEquals(List.of("key", "name"), fields(badKey.body()).stream().sorted().toList());
    Answer noRank = admin.post("role-hierarchy/levels", Map.of("key", "x-" + nonce(), "name", "X"));
    assertProblem(noRank, 400, "core.validation");
    assertEquals(List.of("rank"), fields(noRank.body()));
    Answer farRank =
        admin.post("role-hierarchy/levels", Map.of("key", "x-" + nonce(), "name", "X", "rank", 9));
    assertProblem(farRank, 400, "tenant.role.invalid-level");
    assertEquals(List.of("rank"), fields(farRank.body()));
    Answer taken =
        admin.post("role-hierarchy/levels", Map.of("key", "rektor", "name", "Rektor 2", "rank", 2));
    assertProblem(taken, 409, "tenant.role.level-exists");
    assertEquals(List.of("key"), fields(taken.body()));
    Answer blankName = admin.put("role-hierarchy/levels/larare", Map.of("name", ""));
    assertProblem(blankName, 400, "core.validation");
    assertEquals(List.of("name"), fields(blankName.body()));
    assertProblem(
        admin.put("role-hierarchy/levels/finns-inte", Map.of("name", "X")),
        404,
        "tenant.role.level-not-found");

    List<List<String>> missing = List.of(List.of("politiker"), List.of("forvaltning"));
    assertProblem(
        admin.put("role-hierarchy/order", Map.of("order", missing)),
        409,
        "tenant.role.order-mismatch");
    List<List<String>> withFunction = new ArrayList<>(STANDARD_ORDER);
    withFunction.add(List.of(key));
    assertProblem(
        admin.put("role-hierarchy/order", Map.of("order", withFunction)),
        409,
        "tenant.role.order-mismatch");
    Answer noOrder = admin.put("role-hierarchy/order", Map.of());
    assertProblem(noOrder, 400, "core.validation");
    assertEquals(List.of("order"), fields(noOrder.body()));
    assertEquals(before, admin.get("role-hierarchy").body(), "nothing changed");

    List<List<String>> swapped =
        List.of(
            List.of("forvaltning"),
            List.of("politiker"),
            List.of("rektor", "forskolechef"),
            List.of("larare"));
    try {
      Answer reordered = admin.put("role-hierarchy/order", Map.of("order", swapped));
      assertEquals(200, reordered.status(), reordered.raw());
      assertEquals(swapped, order(reordered.body()));
      assertTrue(byKey(reordered.body().get("levels")).get("forvaltning").get("top").asBoolean());
      assertEquals(swapped, order(admin.get("role-hierarchy").body()));
    } finally {
      assertEquals(
          200, admin.put("role-hierarchy/order", Map.of("order", STANDARD_ORDER)).status());
    }
    assertEquals(STANDARD_ORDER, order(admin.get("role-hierarchy").body()));
  }

  @Test
  void theAdminAssignsEndsAndListsRoles() throws SQLException {
    Api admin = Api.as(ADMIN);
    String school = unitOfType(admin, "SCHOOL_UNIT");
    String user = "vikarie." + nonce();
    LocalDate today = LocalDate.now(SWEDEN);

    Answer created =
        admin.post("role-assignments", assignment(user, "larare", school, today, null));
    assertEquals(201, created.status(), created.raw());
    JsonNode a = created.body();
    String id = a.get("id").asText();
    assertEquals(user, a.get("username").asText());
    assertEquals("larare", a.get("level").asText());
    assertEquals(school, a.get("unitId").asText());
    assertEquals(today.toString(), a.get("from").asText());
    assertTrue(open(a));
    assertEquals(ADMIN, a.get("createdBy").asText());
    assertEquals(200, admin.get("role-assignments/" + id).status());

    assertEquals(List.of(id), ids(admin.get("role-assignments?username=" + user)));
    assertTrue(ids(admin.get("role-assignments?unitId=" + school + "&limit=500")).contains(id));
    assertTrue(
        admin.get("role-assignments?username=" + REKTOR).body().get("total").asInt() >= 1,
        "the demo principal has an assignment");

    Answer stale =
        admin.post(
            "role-assignments/" + id + "/end",
            Map.of("until", today.toString(), "version", version(a) + 1));
    assertProblem(stale, 409, "tenant.role.stale-version");
    Answer beforeFrom =
        admin.post(
            "role-assignments/" + id + "/end",
            Map.of("until", today.minusDays(1).toString(), "version", version(a)));
    assertProblem(beforeFrom, 400, "tenant.role.invalid-assignment");
    assertEquals(List.of("until"), fields(beforeFrom.body()));
    Answer noVersion =
        admin.post("role-assignments/" + id + "/end", Map.of("until", today.toString()));
    assertProblem(noVersion, 400, "core.validation");
    assertEquals(List.of("version"), fields(noVersion.body()));
    assertTrue(open(admin.get("role-assignments/" + id).body()), "not ended");

    String last = today.plusMonths(6).toString();
    Answer ended =
        admin.post("role-assignments/" + id + "/end", Map.of("until", last, "version", version(a)));
    assertEquals(200, ended.status(), ended.raw());
    assertEquals(last, ended.body().get("until").asText());
    assertTrue(version(ended.body()) > version(a));
    assertEquals(last, admin.get("role-assignments/" + id).body().get("until").asText());
    assertEquals(
        List.of("role.assignment.created", "role.assignment.ended"), auditActions("botkyrka", id));
  }

  @Test
  void anAssignmentThatDoesNotFitIsRefusedNamingTheFieldAndNothingIsStored() {
    Api admin = Api.as(ADMIN);
    String school = unitOfType(admin, "SCHOOL_UNIT");
    String user = "ny." + nonce();
    LocalDate today = LocalDate.now(SWEDEN);

    Answer blank = admin.post("role-assignments", assignment(" ", null, school, today, null));
    assertProblem(blank, 400, "core.validation");
    assertEquals(
        List.of("level", "username"), fields(blank.body()).stream().distinct().sorted().toList());

    Map<String, Answer> invalid = new LinkedHashMap<>();
    invalid.put(
        "level", admin.post("role-assignments", assignment(user, "rektorn", school, today, null)));
    invalid.put(
        "unitId", admin.post("role-assignments", assignment(user, "larare", null, today, null)));
    invalid.put(
        "unitId ", admin.post("role-assignments", assignment(user, "admin", school, today, null)));
    invalid.put(
        "until",
        admin.post(
            "role-assignments", assignment(user, "larare", school, today, today.minusDays(1))));
    invalid.forEach(
        (field, answer) -> {
          assertProblem(answer, 400, "tenant.role.invalid-assignment");
          assertEquals(List.of(field.strip()), fields(answer.body()), answer.raw());
        });
    assertEquals(
        0, admin.get("role-assignments?username=" + user).body().get("total").asInt(), "none");
  }

  @Test
  void onlyTheAdminChangesRolesAndOthersReadTheChainAndTheirOwn() {
    Api admin = Api.as(ADMIN);
    Api rektor = Api.as(REKTOR);
    String school = unitOfType(admin, "SCHOOL_UNIT");
    LocalDate today = LocalDate.now(SWEDEN);
    JsonNode someone =
        admin
            .post("role-assignments", assignment("x." + nonce(), "larare", school, today, null))
            .body();
    JsonNode chain = admin.get("role-hierarchy").body();

    assertEquals(200, rektor.get("role-hierarchy").status());
    assertEquals(200, rektor.get("role-assignments?username=" + REKTOR).status());
    String own = ids(rektor.get("role-assignments?username=" + REKTOR)).get(0);
    assertEquals(200, rektor.get("role-assignments/" + own).status());

    List<Answer> refused =
        List.of(
            rektor.put("role-hierarchy/levels/rektor", Map.of("name", "Kung")),
            rektor.post(
                "role-hierarchy/levels", Map.of("key", "k-" + nonce(), "name", "K", "rank", -1)),
            rektor.put("role-hierarchy/order", Map.of("order", STANDARD_ORDER)),
            rektor.post("role-assignments", assignment(REKTOR, "admin", null, today, null)),
            rektor.post(
                "role-assignments/" + someone.get("id").asText() + "/end",
                Map.of("until", today.toString(), "version", version(someone))),
            rektor.get("role-assignments"),
            rektor.get("role-assignments?username=" + LARARE),
            rektor.get("role-assignments/" + someone.get("id").asText()));
    for (Answer answer : refused) {
      assertProblem(answer, 403, "tenant.access.refused");
    }
    assertEquals(chain, admin.get("role-hierarchy").body());
    assertEquals(
        0,
        admin
            .get("role-assignments?username=" + REKTOR)
            .body()
            .get("items")
            .findValues("level")
            .stream()
            .filter(l -> l.asText().equals("admin"))
            .count());
    assertTrue(open(admin.get("role-assignments/" + someone.get("id").asText()).body()));
  }

  @Test
  void aStoredAssignmentChangesWhatThePersonMayDo() {
    Api admin = Api.as(ADMIN);
    Api larare = Api.as(LARARE);
    String root = unitOfType(admin, "ADMINISTRATION");
    LocalDate yesterday = LocalDate.now(SWEDEN).minusDays(1);

    assertProblem(
        larare.post("units", unit("Lärarens enhet " + nonce(), root)),
        403,
        "tenant.access.refused");
    Answer granted =
        admin.post("role-assignments", assignment(LARARE, "admin", null, yesterday, null));
    assertEquals(201, granted.status(), granted.raw());
    String id = granted.body().get("id").asText();
    try {
      Answer createdByLarare = larare.post("units", unit("Lärarens enhet " + nonce(), root));
      assertEquals(201, createdByLarare.status(), createdByLarare.raw());
      assertEquals(200, larare.get("role-assignments").status(), "the admin reads them all");
    } finally {
      Answer ended =
          admin.post(
              "role-assignments/" + id + "/end",
              Map.of("until", yesterday.toString(), "version", version(granted.body())));
      assertEquals(200, ended.status(), ended.raw());
    }
    assertProblem(
        larare.post("units", unit("Lärarens enhet " + nonce(), root)),
        403,
        "tenant.access.refused");
  }

  @Test
  void everyEndpointAnswers404ForAnotherMunicipalitysRolesAndLeaksNothing() {
    Api botkyrka = Api.as(ADMIN);
    Api hassleholm = Api.as(OTHER_ADMIN);
    String theirSchool = unitOfType(botkyrka, "SCHOOL_UNIT");
    String ownSchool = unitOfType(hassleholm, "SCHOOL_UNIT");
    LocalDate today = LocalDate.now(SWEDEN);
    String secret = "hemlig." + nonce();
    JsonNode theirs =
        botkyrka
            .post("role-assignments", assignment(secret, "larare", theirSchool, today, null))
            .body();
    String id = theirs.get("id").asText();
    String theirKey = "hemlig-" + nonce();
    assertEquals(
        201,
        botkyrka
            .post("role-hierarchy/levels", Map.of("key", theirKey, "name", "Hemlig", "rank", -1))
            .status());
    JsonNode ownChain = hassleholm.get("role-hierarchy").body();

    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("get", hassleholm.get("role-assignments/" + id));
    answers.put(
        "end",
        hassleholm.post(
            "role-assignments/" + id + "/end",
            Map.of("until", today.toString(), "version", version(theirs))));
    answers.put("list at their unit", hassleholm.get("role-assignments?unitId=" + theirSchool));
    answers.put(
        "create at their unit",
        hassleholm.post(
            "role-assignments", assignment("x." + nonce(), "larare", theirSchool, today, null)));
    answers.put(
        "rename their level",
        hassleholm.put("role-hierarchy/levels/" + theirKey, Map.of("name", "Kapad")));
    answers.forEach(
        (what, answer) -> {
          assertEquals(404, answer.status(), what + ": " + answer.raw());
          assertTrue(answer.isProblem(), what);
          assertFalse(answer.raw().contains(secret), what + " leaks the person");
          assertFalse(answer.raw().toLowerCase().contains("botkyrka"), what + " leaks the tenant");
        });
    assertProblem(answers.get("get"), 404, "tenant.role.assignment-not-found");
    assertProblem(answers.get("end"), 404, "tenant.role.assignment-not-found");
    assertProblem(answers.get("list at their unit"), 404, "tenant.unit.not-found");
    assertEquals(List.of("unitId"), fields(answers.get("list at their unit").body()));
    assertProblem(answers.get("create at their unit"), 404, "tenant.unit.not-found");
    assertEquals(List.of("unitId"), fields(answers.get("create at their unit").body()));
    assertProblem(answers.get("rename their level"), 404, "tenant.role.level-not-found");

    Answer byName = hassleholm.get("role-assignments?username=" + secret);
    assertEquals(200, byName.status());
    assertEquals(0, byName.body().get("total").asInt(), "their person is not listed");
    Answer all = hassleholm.get("role-assignments?limit=500");
    assertFalse(all.raw().contains(secret));
    assertFalse(all.raw().contains(theirSchool));
    assertFalse(all.raw().contains("botkyrka"), "only Hässleholm's people");
    assertTrue(all.raw().contains("rektor.hassleholm"));
    assertTrue(ids(hassleholm.get("role-assignments?unitId=" + ownSchool)).size() >= 1);
    assertFalse(hassleholm.get("role-hierarchy").raw().contains(theirKey));
    assertEquals(ownChain, hassleholm.get("role-hierarchy").body());

    JsonNode still = botkyrka.get("role-assignments/" + id).body();
    assertTrue(open(still));
    assertEquals(version(theirs), version(still));
    assertEquals(
        "Hemlig",
        byKey(botkyrka.get("role-hierarchy").body().get("levels"))
            .get(theirKey)
            .get("name")
            .asText());
  }

  private static Map<String, Object> assignment(
      String username, String level, String unitId, LocalDate from, LocalDate until) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    if (level != null) {
      body.put("level", level);
    }
    if (unitId != null) {
      body.put("unitId", unitId);
    }
    if (from != null) {
      body.put("from", from.toString());
    }
    if (until != null) {
      body.put("until", until.toString());
    }
    return body;
  }

  /** An assignment while it lasts: no last day (the API leaves out what is null). */
  private static boolean open(JsonNode assignment) {
    return assignment.get("until") == null || assignment.get("until").isNull();
  }

  private static Map<String, Object> unit(String name, String parentId) {
    return Map.of("type", "DEPARTMENT", "name", name, "parentId", parentId);
  }

  private static String unitOfType(Api api, String type) {
    Answer page = api.get("units?limit=500");
    assertEquals(200, page.status(), page.raw());
    for (JsonNode u : page.body().get("items")) {
      if (u.get("type").asText().equals(type)) {
        return u.get("id").asText();
      }
    }
    throw new AssertionError("no unit of type " + type + ": " + page.raw());
  }

  private static List<List<String>> order(JsonNode chain) {
    List<List<String>> out = new ArrayList<>();
    chain
        .get("order")
        .forEach(
            step -> {
              List<String> keys = new ArrayList<>();
              step.forEach(k -> keys.add(k.asText()));
              out.add(keys);
            });
    return out;
  }

  private static Map<String, JsonNode> byKey(JsonNode levels) {
    Map<String, JsonNode> out = new HashMap<>();
    levels.forEach(l -> out.put(l.get("key").asText(), l));
    return out;
  }

  private static List<String> ids(Answer answer) {
    assertEquals(200, answer.status(), answer.raw());
    List<String> out = new ArrayList<>();
    answer.body().get("items").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  private static long version(JsonNode node) {
    return node.get("version").asLong();
  }

  private static String nonce() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000), 36);
  }
}
