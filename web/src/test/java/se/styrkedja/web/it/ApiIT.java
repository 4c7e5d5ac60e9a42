package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.Fixtures.auditTrail;
import static se.styrkedja.web.it.Fixtures.fields;
import static se.styrkedja.web.it.Fixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;
import se.styrkedja.web.it.Fixtures.AuditLine;

/**
 * The API against the deployed WAR on PostgreSQL, with real Keycloak tokens for users of both demo
 * tenants: who am I, the notes resource end to end, another tenant's ids answering 404, and the
 * problem document for every kind of client mistake.
 */
class ApiIT {

  private static final String REKTOR_BOTKYRKA = "rektor.botkyrka";
  private static final String ADMIN_HASSLEHOLM = "admin.hassleholm";

  @Test
  void meNamesTheCallerTheirMunicipalityAndRoleLevels() {
    Answer me = Api.as(REKTOR_BOTKYRKA).get("me");

    assertEquals(200, me.status(), me.raw());
    assertEquals("Eva Lindqvist", me.body().get("displayName").asText());
    assertEquals(REKTOR_BOTKYRKA, me.body().get("username").asText());
    assertEquals("botkyrka", me.body().at("/tenant/id").asText());
    assertEquals("Botkyrka kommun", me.body().at("/tenant/name").asText());
    assertEquals("0127", me.body().at("/tenant/municipalityCode").asText());
    assertEquals(List.of("rektor"), texts(me.body().get("roleLevels")));
    assertEquals(1, me.body().get("tenants").size());

    Answer other = Api.as(ADMIN_HASSLEHOLM).get("me");
    assertEquals("Hässleholms kommun", other.body().at("/tenant/name").asText());
    assertEquals("1293", other.body().at("/tenant/municipalityCode").asText());
    assertEquals(List.of("admin"), texts(other.body().get("roleLevels")));
  }

  @Test
  void theOperatorBelongsToNoMunicipalityAndCannotReachTenantData() {
    Answer me = Api.as("operator").get("me");
    assertEquals(200, me.status(), me.raw());
    assertTrue(me.body().get("tenant") == null || me.body().get("tenant").isNull());
    assertEquals(0, me.body().get("tenants").size());

    Answer notes = Api.as("operator").get("notes");
    assertProblem(notes, 403, "core.tenant.missing");
  }

  @Test
  void notesCanBeWrittenReadEditedAndDeletedWithAnAuditLineForEachWrite() throws SQLException {
    Api rektor = Api.as(REKTOR_BOTKYRKA);
    Answer created =
        rektor.post("notes", Map.of("title", "Nätverksträff IKT-pedagoger", "body", "Tisdag"));
    assertEquals(201, created.status(), created.raw());
    String id = created.body().get("id").asText();
    assertEquals("rektor.botkyrka", created.body().get("createdBy").asText());

    Answer read = rektor.get("notes/" + id);
    assertEquals("Nätverksträff IKT-pedagoger", read.body().get("title").asText());
    long version = read.body().get("version").asLong();

    Answer edited =
        rektor.put(
            "notes/" + id, Map.of("title", "Nätverksträff", "body", "Onsdag", "version", version));
    assertEquals(200, edited.status(), edited.raw());
    assertEquals("Onsdag", edited.body().get("body").asText());
    assertTrue(edited.body().get("version").asLong() > version);

    assertTrue(
        ids(rektor.get("notes?limit=500").body()).contains(id), "the list shows the new note");

    assertEquals(204, rektor.delete("notes/" + id).status());
    assertProblem(rektor.get("notes/" + id), 404, "tenant.note.not-found");

    assertEquals(
        List.of(
            new AuditLine("note.created", "rektor.botkyrka"),
            new AuditLine("note.edited", "rektor.botkyrka"),
            new AuditLine("note.deleted", "rektor.botkyrka")),
        auditTrail("botkyrka", id),
        "every write is in the audit trail, with its tenant and person");
  }

  @Test
  void anotherTenantsNoteAnswers404AndIsLeftUntouched() {
    Api botkyrka = Api.as(REKTOR_BOTKYRKA);
    Api hassleholm = Api.as(ADMIN_HASSLEHOLM);
    Answer created =
        botkyrka.post("notes", Map.of("title", "Botkyrkas interna anteckning", "body", "hemlig"));
    String id = created.body().get("id").asText();
    long version = created.body().get("version").asLong();

    Answer get = hassleholm.get("notes/" + id);
    Answer put =
        hassleholm.put("notes/" + id, Map.of("title", "kapad", "body", "", "version", version));
    Answer delete = hassleholm.delete("notes/" + id);
    for (Answer refused : List.of(get, put, delete)) {
      assertProblem(refused, 404, "tenant.note.not-found");
      assertFalse(refused.raw().contains("hemlig"), "a 404 leaks nothing of the note");
      assertFalse(refused.raw().contains("Botkyrka"), "a 404 leaks nothing of the tenant");
    }
    assertFalse(
        ids(hassleholm.get("notes?limit=500").body()).contains(id),
        "the other tenant's list does not show it");

    Answer still = botkyrka.get("notes/" + id);
    assertEquals(200, still.status());
    assertEquals("Botkyrkas interna anteckning", still.body().get("title").asText());
    assertEquals(version, still.body().get("version").asLong());
  }

  @Test
  void aTenantHeaderCanOnlyChooseAmongTheTenantsTheTokenGrants() {
    Answer refused =
        Api.as(REKTOR_BOTKYRKA).header("X-Styrkedja-Tenant", "hassleholm").get("notes");
    assertProblem(refused, 403, "core.tenant.not-granted");

    Answer chosen = Api.as(REKTOR_BOTKYRKA).header("X-Styrkedja-Tenant", "botkyrka").get("me");
    assertEquals(200, chosen.status());
    assertEquals("botkyrka", chosen.body().at("/tenant/id").asText());
  }

  @Test
  void invalidInputNamesEachWrongFieldAndChangesNothing() {
    Api rektor = Api.as(REKTOR_BOTKYRKA);
    long before = rektor.get("notes?limit=1").body().get("total").asLong();

    Answer invalid = rektor.post("notes", Map.of("title", " ", "body", "x".repeat(10_001)));

    assertProblem(invalid, 400, "core.validation");
    assertEquals(List.of("body", "title"), fields(invalid.body()));
    assertEquals(before, rektor.get("notes?limit=1").body().get("total").asLong());

    Answer limit = rektor.get("notes?limit=100000");
    assertProblem(limit, 400, "core.validation");
    assertEquals(List.of("limit"), fields(limit.body()));
  }

  @Test
  void aStaleEditAnswers409AndKeepsTheOtherPersonsChange() {
    Api rektor = Api.as(REKTOR_BOTKYRKA);
    Answer created = rektor.post("notes", Map.of("title", "Årshjul", "body", "v1"));
    String id = created.body().get("id").asText();
    long version = created.body().get("version").asLong();
    assertEquals(
        200,
        rektor
            .put("notes/" + id, Map.of("title", "Årshjul", "body", "v2", "version", version))
            .status());

    Answer stale =
        rektor.put("notes/" + id, Map.of("title", "Årshjul", "body", "v3", "version", version));

    assertProblem(stale, 409, "tenant.note.stale-version");
    assertEquals("v2", rektor.get("notes/" + id).body().get("body").asText());
  }

  @Test
  void everyKindOfRequestMistakeIsAProblemDocument() {
    Api rektor = Api.as(REKTOR_BOTKYRKA);
    assertProblem(rektor.get("no-such-route"), 404, "core.route.not-found");
    assertProblem(rektor.send("PATCH", "me", null, null), 405, "core.route.method-not-allowed");
    assertProblem(
        rektor.send("POST", "notes", "title=x", "text/plain"),
        415,
        "core.request.unsupported-media-type");
    assertProblem(
        rektor.send("POST", "notes", "{\"title\": ", "application/json"),
        400,
        "core.request.malformed");
    // Well-formed JSON with a value of the wrong type names the field.
    Answer wrongType = rektor.send("POST", "notes", "{\"title\": [1]}", "application/json");
    assertProblem(wrongType, 400, "core.request.invalid-value");
    assertEquals("title", wrongType.body().get("errors").get(0).get("field").asText());
    assertProblem(rektor.get("notes/not-a-uuid"), 404, "core.route.not-found");
  }

  @Test
  void theWebAppsSignInSettingsArePublicAndEverythingElseIsNot() {
    Answer config = Api.anonymous().get("public/config");
    assertEquals(200, config.status());
    assertEquals("styrkedja", config.body().get("realm").asText());
    assertEquals("styrkedja-web", config.body().get("clientId").asText());
    assertNotNull(config.body().get("keycloakUrl"));

    for (String path : List.of("me", "notes")) {
      Answer anonymous = Api.anonymous().get(path);
      assertProblem(anonymous, 401, "core.auth.unauthenticated");
    }
  }

  @Test
  void aSuspendedMunicipalitysPeopleAreRefusedAndNothingOfTheirsChanges() throws SQLException {
    Api admin = Api.as(ADMIN_HASSLEHOLM);
    Answer created = admin.post("notes", Map.of("title", "Före avstängning", "body", ""));
    String id = created.body().get("id").asText();
    // Suspended in the database, as the operator on another server would.
    setStatus("hassleholm", "suspended");
    try {
      Answer refused = Eventually.answer(() -> admin.get("notes/" + id), a -> a.status() == 403);
      assertProblem(refused, 403, "core.tenant.suspended");
      assertTrue(refused.body().get("detail").asText().contains("Hässleholms kommun"));
      assertProblem(
          admin.put("notes/" + id, Map.of("title", "x", "version", 1)),
          403,
          "core.tenant.suspended");
      assertEquals(200, Api.as(REKTOR_BOTKYRKA).get("notes").status(), "others go on");
    } finally {
      setStatus("hassleholm", "active");
    }
    Answer after = Eventually.answer(() -> admin.get("notes/" + id), a -> a.status() == 200);
    assertEquals("Före avstängning", after.body().get("title").asText());
  }

  @Test
  void theOpenApiDocumentDescribesTheResourcesOfEveryModule() throws Exception {
    java.net.http.HttpResponse<String> openapi =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(TestSystem.get().appUrl().resolve("openapi"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, openapi.statusCode());
    for (String path : List.of("/api/me:", "/api/notes:", "/api/notes/{id}:")) {
      assertTrue(openapi.body().contains(path), path + " in\n" + openapi.body());
    }
  }

  static void assertProblem(Answer answer, int status, String code) {
    assertEquals(status, answer.status(), answer.raw());
    assertTrue(answer.isProblem(), "problem+json, was " + answer.contentType());
    assertEquals(status, answer.body().get("status").asInt());
    assertEquals(code, answer.body().get("code").asText(), answer.raw());
    assertNotNull(answer.body().get("title"));
    assertNotNull(answer.body().get("detail"));
    assertTrue(answer.body().get("instance").asText().startsWith("urn:uuid:"));
    assertTrue(answer.body().get("type").asText().startsWith("https://styrkedja.se/problems/"));
    assertNull(answer.body().get("trace"), "no internals");
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  private static void setStatus(String tenant, String status) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement s = c.prepareStatement("update tenant set status = ? where id = ?")) {
      s.setString(1, status);
      s.setString(2, tenant);
      assertEquals(1, s.executeUpdate());
    }
  }
}
