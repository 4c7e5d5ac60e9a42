package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.auditActions;
import static se.styrkedja.web.it.Fixtures.fields;
import static se.styrkedja.web.it.Fixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * Self-assessment instruments on PostgreSQL with real tokens: copies of the built-in templates keep
 * the templates' item keys; a draft is edited with its version, published for good, revised as a
 * new version with the same keys, or discarded; only the admin and the administration write;
 * another municipality sees nothing; bad content and unsupported SurveyJS elements are named and
 * change nothing.
 */
class InstrumentsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode created(Api api, Object body) {
    Answer a = api.post("instruments", body);
    assertEquals(201, a.status(), a.raw());
    return a.body();
  }

  static JsonNode fromTemplate(Api api, String template) {
    return created(api, Map.of("template", template));
  }

  static JsonNode version(Api api, String id, int number) {
    Answer a = api.get("instruments/" + id + "/versions/" + number);
    assertEquals(200, a.status(), a.raw());
    return a.body();
  }

  static ObjectNode draft(JsonNode version, JsonNode content) {
    ObjectNode body = JSON.createObjectNode();
    body.put("version", version.get("version").asLong());
    body.set("content", content);
    return body;
  }

  static List<String> itemKeys(JsonNode content) {
    List<String> keys = new ArrayList<>();
    content
        .get("sections")
        .forEach(s -> s.get("items").forEach(i -> keys.add(i.get("key").asText())));
    return keys;
  }

  static String templateKey(String template, String name) {
    return UUID.nameUUIDFromBytes(
            ("styrkedja/instrument-template/" + template + "/" + name)
                .getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  @Test
  void copiesOfEachTemplateAreDraftsWithTheTemplatesFixedKeys() {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    JsonNode templates = Api.as("larare.botkyrka").get("instrument-templates").body();
    assertEquals(2, templates.size());
    assertEquals("digital-leadership", templates.get(0).get("key").asText());
    assertEquals(5, templates.get(0).get("sectionCount").asInt());
    assertEquals(25, templates.get(0).get("itemCount").asInt());
    assertEquals("teacher-digcompedu", templates.get(1).get("key").asText());
    assertEquals(7, templates.get(1).get("sectionCount").asInt());
    assertEquals(
        "Digital leadership – self-assessment", templates.get(0).get("name").get("en").asText());

    JsonNode leadership = fromTemplate(forvaltning, "digital-leadership");
    assertEquals("digital-leadership", leadership.get("templateKey").asText());
    assertEquals("Digitalt ledarskap – självskattning", leadership.get("name").asText());
    JsonNode first = leadership.get("versions").get(0);
    assertEquals(1, first.get("number").asInt());
    assertEquals("DRAFT", first.get("status").asText());
    assertEquals(25, first.get("itemCount").asInt());
    assertEquals(List.of("edit", "publish", "discard"), texts(first.get("allowed")));
    assertEquals(List.of(), texts(leadership.get("allowed")), "no new version beside a draft");

    JsonNode content = version(forvaltning, leadership.get("id").asText(), 1).get("content");
    String firstItem = content.get("sections").get(0).get("items").get(0).get("key").asText();
    assertEquals(templateKey("digital-leadership", "vision/1"), firstItem);
    JsonNode scale = content.get("sections").get(0).get("items").get(0);
    assertEquals("SCALE", scale.get("type").asText());
    assertEquals(5, scale.get("scale").get("max").asInt());
    assertEquals(List.of("rektor", "forskolechef"), texts(scale.get("audience")));

    Api admin = Api.as("admin.botkyrka");
    JsonNode teachers = fromTemplate(admin, "teacher-digcompedu");
    JsonNode teacherContent = version(admin, teachers.get("id").asText(), 1).get("content");
    JsonNode level = teacherContent.get("sections").get(0).get("items").get(0);
    assertEquals("LEVEL", level.get("type").asText());
    assertEquals(6, level.get("levels").size());
    assertEquals("C2", level.get("levels").get(5).get("code").asText());
    assertEquals("DIGCOMPEDU", level.get("frameworks").get(0).get("framework").asText());
    assertEquals(templateKey("teacher-digcompedu", "area-1/level"), level.get("key").asText());

    // A second copy of the same template is comparable item by item.
    JsonNode again = fromTemplate(admin, "digital-leadership");
    assertEquals(
        itemKeys(content), itemKeys(version(admin, again.get("id").asText(), 1).get("content")));

    assertProblem(
        forvaltning.post("instruments", Map.of("template", "selfie-students")),
        404,
        "competence.instrument.template-not-found");
  }

  @Test
  void aDraftIsEditedWithItsVersionPublishedForGoodAndRevisedWithTheSameKeys() throws Exception {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String id = fromTemplate(forvaltning, "digital-leadership").get("id").asText();
    String path = "instruments/" + id + "/versions/1";
    JsonNode read = version(forvaltning, id, 1);
    ObjectNode content = (ObjectNode) read.get("content").deepCopy();
    ObjectNode firstText =
        (ObjectNode) content.get("sections").get(0).get("items").get(0).get("text");
    firstText.put("sv", "Vi har en gemensam vision för det digitala.");
    // A new item without a key gets one.
    ObjectNode added = ((ArrayNode) content.get("sections").get(0).get("items")).addObject();
    added.put("type", "YES_NO");
    added
        .putObject("text")
        .put("sv", "Har ni en IT-strateg?")
        .put("en", "Do you have an IT strategist?");

    Answer edited = forvaltning.put(path, draft(read, content));
    assertEquals(200, edited.status(), edited.raw());
    assertEquals(
        "Vi har en gemensam vision för det digitala.",
        edited
            .body()
            .get("content")
            .get("sections")
            .get(0)
            .get("items")
            .get(0)
            .get("text")
            .get("sv")
            .asText());
    List<String> keys = itemKeys(edited.body().get("content"));
    assertEquals(26, keys.size());
    UUID.fromString(keys.get(5));
    assertTrue(edited.body().get("version").asLong() > read.get("version").asLong());

    // Someone else's edit in between: the stale version is refused, nothing changes.
    firstText.put("sv", "Förlorad ändring");
    assertProblem(
        forvaltning.put(path, draft(read, content)), 409, "competence.instrument.stale-version");
    assertProblem(
        forvaltning.post(path + "/publish", Map.of("version", read.get("version").asLong())),
        409,
        "competence.instrument.stale-version");
    assertEquals(edited.body().get("content"), version(forvaltning, id, 1).get("content"));

    Answer published =
        forvaltning.post(
            path + "/publish", Map.of("version", edited.body().get("version").asLong()));
    assertEquals(200, published.status(), published.raw());
    assertEquals("FROZEN", published.body().get("status").asText());
    assertEquals("forvaltning.botkyrka", published.body().get("frozenBy").asText());
    assertEquals(List.of(), texts(published.body().get("allowed")));

    // Frozen for good.
    assertProblem(
        forvaltning.put(path, draft(published.body(), content)),
        409,
        "competence.instrument.not-draft");
    assertProblem(
        forvaltning.post(
            path + "/publish", Map.of("version", published.body().get("version").asLong())),
        409,
        "competence.instrument.not-draft");
    assertProblem(
        forvaltning.delete(path + "?version=" + published.body().get("version").asLong()),
        409,
        "competence.instrument.not-draft");
    assertEquals(edited.body().get("content"), version(forvaltning, id, 1).get("content"));

    // A new version starts from the published one, with every key; only one draft at a time.
    JsonNode instrument = forvaltning.get("instruments/" + id).body();
    assertEquals(List.of("new-version"), texts(instrument.get("allowed")));
    Answer second = forvaltning.post("instruments/" + id + "/versions", null);
    assertEquals(201, second.status(), second.raw());
    assertEquals(2, second.body().get("number").asInt());
    assertEquals("DRAFT", second.body().get("status").asText());
    assertEquals(keys, itemKeys(second.body().get("content")));
    assertProblem(
        forvaltning.post("instruments/" + id + "/versions", null),
        409,
        "competence.instrument.draft-exists");

    // The draft is discarded; the published version stays.
    Answer discarded =
        forvaltning.delete(
            "instruments/" + id + "/versions/2?version=" + second.body().get("version").asLong());
    assertEquals(204, discarded.status(), discarded.raw());
    assertProblem(
        forvaltning.get("instruments/" + id + "/versions/2"),
        404,
        "competence.instrument.version-not-found");
    JsonNode after = forvaltning.get("instruments/" + id).body();
    assertEquals(1, after.get("versions").size());
    assertEquals("FROZEN", after.get("versions").get(0).get("status").asText());

    assertEquals(
        List.of(
            "competence.instrument.created",
            "competence.instrument.draft-edited",
            "competence.instrument.published",
            "competence.instrument.version-started",
            "competence.instrument.draft-discarded"),
        auditActions("botkyrka", id));
  }

  @Test
  void aBlankInstrumentStartsEmptyAndIsNotPublishedUntilItAsksSomething() {
    Api admin = Api.as("admin.botkyrka");
    JsonNode blank = created(admin, Map.of("name", "Egen enkät", "description", "Prov"));
    String id = blank.get("id").asText();
    JsonNode v1 = version(admin, id, 1);
    assertEquals(0, v1.get("content").get("sections").size());
    Answer empty =
        admin.post(
            "instruments/" + id + "/versions/1/publish",
            Map.of("version", v1.get("version").asLong()));
    assertProblem(empty, 400, "competence.instrument.invalid");
    assertEquals(List.of("sections"), fields(empty.body()));
    assertEquals("DRAFT", version(admin, id, 1).get("status").asText());

    Answer nameless = admin.post("instruments", Map.of("description", "Inget namn"));
    assertProblem(nameless, 400, "competence.instrument.invalid");
    assertEquals(List.of("name"), fields(nameless.body()));

    // Discarding the only version discards the instrument: nothing of it was published.
    assertEquals(
        204,
        admin
            .delete("instruments/" + id + "/versions/1?version=" + v1.get("version").asLong())
            .status());
    assertProblem(admin.get("instruments/" + id), 404, "competence.instrument.not-found");
  }

  @Test
  void badContentIsNamedFieldByFieldAndChangesNothing() throws Exception {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String id = fromTemplate(forvaltning, "digital-leadership").get("id").asText();
    String path = "instruments/" + id + "/versions/1";
    JsonNode read = version(forvaltning, id, 1);
    JsonNode adopted = forvaltning.get("strategies/adopted").body();
    String area = adopted.get("areas").get(0).get("id").asText();

    ObjectNode content = (ObjectNode) read.get("content").deepCopy();
    ObjectNode item = (ObjectNode) content.get("sections").get(1).get("items").get(0);
    ((ObjectNode) item.get("scale")).put("min", 5).put("max", 5);
    ObjectNode other = (ObjectNode) content.get("sections").get(2).get("items").get(1);
    other.putArray("audience").add("rektor").add("rymdkadett");
    other.putArray("priorityAreaIds").add(area).add(UUID.randomUUID().toString());
    other.putArray("frameworks").addObject().put("framework", "DIGCOMPEDU").put("area", "9");
    ObjectNode duplicate = (ObjectNode) content.get("sections").get(3).get("items").get(0);
    duplicate.put("key", content.get("sections").get(0).get("items").get(0).get("key").asText());
    ((ObjectNode) content.get("sections").get(4).get("title")).put("sv", "");

    Answer bad = forvaltning.put(path, draft(read, content));
    assertProblem(bad, 400, "competence.instrument.invalid");
    assertEquals(
        List.of(
            "sections[1].items[0].scale",
            "sections[2].items[1].audience[1]",
            "sections[2].items[1].priorityAreaIds[1]",
            "sections[2].items[1].frameworks[0]",
            "sections[3].items[0].key",
            "sections[4].title.sv"),
        fields(bad.body()));
    JsonNode unchanged = version(forvaltning, id, 1);
    assertEquals(read.get("version"), unchanged.get("version"));
    assertEquals(read.get("content"), unchanged.get("content"));

    // A type that is no item type, or none at all, is a field error too, never a 500.
    ObjectNode typeless = (ObjectNode) read.get("content").deepCopy();
    ((ObjectNode) typeless.get("sections").get(0).get("items").get(0)).put("type", "MATRIX");
    Answer wrongType = forvaltning.put(path, draft(read, typeless));
    assertEquals(400, wrongType.status(), wrongType.raw());
    assertTrue(wrongType.isProblem());
    assertEquals(List.of("content.sections[0].items[0].type"), fields(wrongType.body()));
    ((ObjectNode) typeless.get("sections").get(0).get("items").get(0)).remove("type");
    Answer noType = forvaltning.put(path, draft(read, typeless));
    assertEquals(400, noType.status(), noType.raw());
    assertTrue(noType.isProblem());
    assertEquals(read.get("content"), version(forvaltning, id, 1).get("content"));

    // The adopted strategy's own priority area is fine.
    ObjectNode mapped = (ObjectNode) read.get("content").deepCopy();
    ((ObjectNode) mapped.get("sections").get(0).get("items").get(0))
        .putArray("priorityAreaIds")
        .add(area);
    assertEquals(200, forvaltning.put(path, draft(read, mapped)).status());
  }

  /**
   * /api/me tells the web app who may write instruments by the rule the endpoints enforce: those
   * told WRITE_INSTRUMENTS create one, those told only READ_INSTRUMENTS read and are refused a
   * write, and the operator, in no municipality, is told neither.
   */
  @Test
  void meSaysWhoReadsAndWhoWritesInstrumentsAsTheEndpointsDecide() {
    for (String user :
        List.of(
            "admin.botkyrka",
            "forvaltning.botkyrka",
            "admin.hassleholm",
            "rektor.botkyrka",
            "larare.botkyrka",
            "politiker.botkyrka",
            "larare.hassleholm",
            "operator")) {
      Api api = Api.as(user);
      List<String> capabilities = texts(api.get("me").body().get("capabilities"));
      boolean reads = capabilities.contains("READ_INSTRUMENTS");
      boolean writes = capabilities.contains("WRITE_INSTRUMENTS");
      boolean expectedWriter = user.startsWith("admin.") || user.startsWith("forvaltning.");
      // Every demo user of a municipality holds a level there; the operator holds none in any.
      boolean expectedReader = !user.equals("operator");
      assertEquals(expectedWriter, writes, user + ": " + capabilities);
      assertEquals(expectedReader, reads, user + ": " + capabilities);
      if (user.equals("operator")) {
        continue;
      }
      assertEquals(reads ? 200 : 403, api.get("instruments").status(), user);
      Answer create = api.post("instruments", Map.of("template", "digital-leadership"));
      assertEquals(writes ? 201 : 403, create.status(), user + ": " + create.raw());
    }
  }

  @Test
  void teachersPoliticiansAndPrincipalsReadButDoNotWrite() {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    JsonNode instrument = fromTemplate(forvaltning, "teacher-digcompedu");
    String id = instrument.get("id").asText();
    JsonNode v1 = version(forvaltning, id, 1);
    long version = v1.get("version").asLong();
    for (String user : List.of("larare.botkyrka", "politiker.botkyrka", "rektor.botkyrka")) {
      Api api = Api.as(user);
      Answer list = api.get("instruments");
      assertEquals(200, list.status(), list.raw());
      assertTrue(ids(list.body()).contains(id), user);
      JsonNode read = api.get("instruments/" + id).body();
      assertEquals(List.of(), texts(read.get("versions").get(0).get("allowed")), user);
      assertEquals(200, api.get("instruments/" + id + "/versions/1").status(), user);
      assertEquals(200, api.get("instruments/" + id + "/versions/1/surveyjs").status(), user);

      assertProblem(
          api.post("instruments", Map.of("template", "digital-leadership")),
          403,
          "tenant.access.refused");
      assertProblem(
          api.put("instruments/" + id + "/versions/1", draft(v1, v1.get("content"))),
          403,
          "tenant.access.refused");
      assertProblem(
          api.post("instruments/" + id + "/versions/1/publish", Map.of("version", version)),
          403,
          "tenant.access.refused");
      assertProblem(
          api.post("instruments/" + id + "/versions", null), 403, "tenant.access.refused");
      assertProblem(
          api.delete("instruments/" + id + "/versions/1?version=" + version),
          403,
          "tenant.access.refused");
      assertProblem(
          api.post("instruments/import", Map.of("title", "X", "pages", List.of())),
          403,
          "tenant.access.refused");
    }
    JsonNode after = version(forvaltning, id, 1);
    assertEquals(version, after.get("version").asLong());
    assertEquals("DRAFT", after.get("status").asText());
  }

  @Test
  void anotherMunicipalitysInstrumentsAndVersionsAreNotFoundAndNothingLeaks() {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    JsonNode instrument = fromTemplate(forvaltning, "digital-leadership");
    String id = instrument.get("id").asText();
    String versionId = instrument.get("versions").get(0).get("id").asText();
    JsonNode v1 = version(forvaltning, id, 1);
    long version = v1.get("version").asLong();
    for (String user : List.of("admin.hassleholm", "forvaltning.hassleholm", "larare.hassleholm")) {
      Api other = Api.as(user);
      String nf = "competence.instrument.not-found";
      assertFalse(ids(other.get("instruments").body()).contains(id), user);
      assertProblem(other.get("instruments/" + id), 404, nf);
      assertProblem(other.get("instruments/" + id + "/versions/1"), 404, nf);
      assertProblem(other.get("instruments/" + id + "/versions/1/surveyjs"), 404, nf);
      assertProblem(
          other.put("instruments/" + id + "/versions/1", draft(v1, v1.get("content"))),
          user.startsWith("larare") ? 403 : 404,
          user.startsWith("larare") ? "tenant.access.refused" : nf);
      if (!user.startsWith("larare")) {
        assertProblem(
            other.post("instruments/" + id + "/versions/1/publish", Map.of("version", version)),
            404,
            nf);
        assertProblem(other.post("instruments/" + id + "/versions", null), 404, nf);
        assertProblem(
            other.delete("instruments/" + id + "/versions/1?version=" + version), 404, nf);
      }
      // Not by the version's own id either, under an instrument of their own.
      Answer own = other.get("instruments");
      for (JsonNode i : own.body()) {
        Answer a = other.get("instruments/" + i.get("id").asText() + "/versions/" + versionId);
        assertEquals(404, a.status(), a.raw());
      }
      String body = other.get("instruments/" + id).raw();
      assertFalse(body.contains("Digitalt ledarskap"), body);
    }
    JsonNode after = version(forvaltning, id, 1);
    assertEquals(version, after.get("version").asLong());
    assertEquals("DRAFT", after.get("status").asText());
  }

  @Test
  void aSurveyJsExportImportsBackAndUnsupportedElementsAreNamed() {
    Api admin = Api.as("admin.botkyrka");
    String id = fromTemplate(admin, "teacher-digcompedu").get("id").asText();
    Answer exported = admin.get("instruments/" + id + "/versions/1/surveyjs");
    assertEquals(200, exported.status(), exported.raw());
    JsonNode survey = exported.body();
    assertEquals(7, survey.get("pages").size());
    assertEquals(
        "radiogroup", survey.get("pages").get(0).get("elements").get(0).get("type").asText());

    Answer imported = admin.post("instruments/import", survey);
    assertEquals(201, imported.status(), imported.raw());
    String copy = imported.body().get("id").asText();
    assertEquals(survey.get("title").asText(), imported.body().get("name").asText());
    assertEquals(
        itemKeys(version(admin, id, 1).get("content")),
        itemKeys(version(admin, copy, 1).get("content")));

    int before = admin.get("instruments").body().size();
    ObjectNode mixed = survey.deepCopy();
    ArrayNode elements = (ArrayNode) mixed.get("pages").get(0).get("elements");
    elements.addObject().put("type", "matrix").put("name", "grid");
    ((ArrayNode) mixed.get("pages").get(2).get("elements"))
        .addObject()
        .put("type", "file")
        .put("name", "upload");
    Answer refused = admin.post("instruments/import", mixed);
    assertProblem(refused, 400, "competence.instrument.surveyjs-unsupported");
    assertEquals(
        List.of("pages[0].elements[1].type", "pages[2].elements[1].type"), fields(refused.body()));
    assertEquals(before, admin.get("instruments").body().size(), "nothing created");

    ObjectNode longTitle = survey.deepCopy();
    longTitle.put("title", "Lång titel ".repeat(30));
    Answer tooLong = admin.post("instruments/import", longTitle);
    assertProblem(tooLong, 400, "competence.instrument.invalid");
    assertEquals(List.of("name"), fields(tooLong.body()));
    assertEquals(before, admin.get("instruments").body().size(), "nothing created");
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }
}
