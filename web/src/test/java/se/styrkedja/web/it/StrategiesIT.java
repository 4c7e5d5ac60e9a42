package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * The strategy API on PostgreSQL with real tokens: the demo strategies from the seeds, the life of
 * a strategy (draft, adopted, new version, archived), validation, optimistic locking, who may
 * write, and for every endpoint that another municipality's ids answer 404 and leak nothing.
 */
class StrategiesIT {

  private static final String BOTKYRKA_TITLE =
      "Strategi för barns och elevers lärande i en digital värld";
  private static final String ADMIN_BOTKYRKA = "admin.botkyrka";
  private static final String REKTOR_BOTKYRKA = "rektor.botkyrka";
  private static final String ADMIN_HASSLEHOLM = "admin.hassleholm";

  @Test
  void botkyrkasStrategyFromTheSeedsIsAdoptedWithItsSevenAreasInOrder() {
    Api rektor = Api.as(REKTOR_BOTKYRKA);
    Answer adopted = rektor.get("strategies/adopted");
    assertEquals(200, adopted.status(), adopted.raw());
    JsonNode s = adopted.body();
    assertEquals(BOTKYRKA_TITLE, s.get("title").asText());
    assertEquals("Utbildningsnämnden", s.get("adoptingBody").asText());
    assertEquals("ADOPTED", s.get("status").asText());
    assertTrue(s.get("adoptedOn").asText().startsWith("2017-06"));
    assertTrue(s.get("vision").asText().contains("skapar världen, bygger kunskap och mening"));
    assertEquals(
        List.of(
            "Digital litteracitet och didaktik",
            "Kompetens och strategisk kompetens",
            "Källkritik",
            "Pedagogiska resurser",
            "Sociala medier och ungas integritet på nätet",
            "Förvaltningsövergripande och lokala stödstrukturer",
            "Skapande och medskapande"),
        texts(s.get("areas"), "title"));
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), texts(s.get("areas"), "position"));
    JsonNode kallkritik = s.get("areas").get(2);
    assertTrue(kallkritik.get("description").asText().contains("källkritiska slutsatser"));
    assertTrue(mappings(kallkritik).contains("SELFIE/H"), mappings(kallkritik).toString());

    Map<String, JsonNode> byLevel = new HashMap<>();
    s.get("expectations").forEach(e -> byLevel.put(e.get("roleLevel").asText(), e));
    assertEquals(5, byLevel.get("rektor").get("statements").size());
    assertTrue(
        byLevel
            .get("forskolechef")
            .get("statements")
            .get(0)
            .asText()
            .startsWith("Förväntas ha adekvat förmåga att strategiskt leda"));
    assertEquals(0, byLevel.get("politiker").get("statements").size());

    JsonNode hassleholm = Api.as(ADMIN_HASSLEHOLM).get("strategies").body();
    assertTrue(
        texts(hassleholm, "title").contains("Barn- och utbildningsnämndens måldokument 2016"),
        "Hässleholm has its own goal document");
    assertFalse(texts(hassleholm, "title").contains(BOTKYRKA_TITLE), "and sees not Botkyrka's");
  }

  @Test
  void aDraftIsWrittenAdoptedAndRevisedInANewVersionWhileEveryVersionStaysReadable() {
    Api admin = Api.as(ADMIN_HASSLEHOLM);
    Answer created =
        admin.post(
            "strategies",
            Map.of(
                "title", "Digital strategi 2026",
                "adoptingBody", "Barn- och utbildningsnämnden",
                "validFrom", "2026-01-01",
                "validTo", "2029-12-31",
                "vision", "Alla barn och elever"));
    assertEquals(201, created.status(), created.raw());
    String id = created.body().get("id").asText();
    assertEquals("DRAFT", created.body().get("status").asText());
    assertEquals(1, created.body().get("versionNumber").asInt());

    Answer edited =
        admin.put(
            "strategies/" + id,
            Map.of(
                "title",
                "Digital strategi 2026–2029",
                "adoptingBody",
                "Barn- och utbildningsnämnden",
                "vision",
                "Alla barn och elever ska utveckla digital kompetens.",
                "version",
                created.body().get("version").asLong()));
    assertEquals(200, edited.status(), edited.raw());

    String first =
        addArea(
            admin, id, "Ledarskap", List.of(Map.of("framework", "LIKA", "areaCode", "LEDNING")));
    String second =
        addArea(admin, id, "Kompetens", List.of(Map.of("framework", "SELFIE", "areaCode", "D")));
    Answer goal =
        admin.post(
            "strategies/" + id + "/areas/" + second + "/goals",
            Map.of(
                "title", "Alla lärare har gått basutbildningen",
                "measure", "Andel lärare med basutbildning",
                "why", "Kompetens först",
                "targetValue", 90,
                "unit", "%",
                "deadline", "2027-06-30"));
    assertEquals(201, goal.status(), goal.raw());
    Answer expectations =
        admin.put(
            "strategies/" + id + "/expectations/rektor",
            Map.of("statements", List.of("Leder det digitala utvecklingsarbetet.")));
    assertEquals(200, expectations.status(), expectations.raw());

    Answer reordered =
        admin.put("strategies/" + id + "/areas/order", Map.of("areaIds", List.of(second, first)));
    assertEquals(200, reordered.status(), reordered.raw());
    assertEquals(List.of("Kompetens", "Ledarskap"), texts(reordered.body().get("areas"), "title"));
    assertProblem(
        admin.put("strategies/" + id + "/areas/order", Map.of("areaIds", List.of(first))),
        409,
        "tenant.strategy.order-mismatch");

    String before = admin.get("strategies/adopted").body().get("id").asText();
    Answer adopted =
        admin.post(
            "strategies/" + id + "/adopt",
            Map.of(
                "version", reordered.body().get("version").asLong(),
                "adoptedOn", "2026-11-20",
                "adoptingBody", "Barn- och utbildningsnämnden"));
    assertEquals(200, adopted.status(), adopted.raw());
    assertEquals("ADOPTED", adopted.body().get("status").asText());
    assertEquals(id, admin.get("strategies/adopted").body().get("id").asText());
    assertEquals(
        "ARCHIVED",
        admin.get("strategies/" + before).body().get("status").asText(),
        "one adopted at a time: the one before is archived");

    Answer inPlace =
        admin.put(
            "strategies/" + id,
            Map.of(
                "title", "Ändrad i efterhand", "version", adopted.body().get("version").asLong()));
    assertProblem(inPlace, 409, "tenant.strategy.not-draft");
    assertProblem(
        admin.post("strategies/" + id + "/areas", Map.of("title", "Smygad")),
        409,
        "tenant.strategy.not-draft");

    Answer v2 = admin.post("strategies/" + id + "/versions", Map.of());
    assertEquals(201, v2.status(), v2.raw());
    String v2id = v2.body().get("id").asText();
    assertEquals(2, v2.body().get("versionNumber").asInt());
    assertEquals(id, v2.body().get("revisesId").asText());
    assertEquals("DRAFT", v2.body().get("status").asText());
    assertEquals(List.of("Kompetens", "Ledarskap"), texts(v2.body().get("areas"), "title"));
    assertEquals(1, v2.body().get("areas").get(0).get("goals").size(), "goals are copied");
    assertNotEquals(
        second, v2.body().get("areas").get(0).get("id").asText(), "the copy has its own areas");
    assertProblem(
        admin.post("strategies/" + id + "/versions", Map.of()),
        409,
        "tenant.strategy.draft-exists");

    admin.put(
        "strategies/" + v2id,
        Map.of(
            "title",
            "Digital strategi 2026–2029, reviderad",
            "version",
            v2.body().get("version").asLong()));
    assertEquals(
        "Digital strategi 2026–2029",
        admin.get("strategies/" + id).body().get("title").asText(),
        "the adopted version is unchanged");

    JsonNode versions = admin.get("strategies/" + id + "/versions").body();
    assertEquals(List.of("2", "1"), texts(versions, "versionNumber"));

    long v2version = admin.get("strategies/" + v2id).body().get("version").asLong();
    assertEquals(
        200,
        admin
            .post(
                "strategies/" + v2id + "/adopt",
                Map.of(
                    "version", v2version,
                    "adoptedOn", "2026-11-23",
                    "adoptingBody", "Barn- och utbildningsnämnden"))
            .status());
    Answer old = admin.get("strategies/" + id);
    assertEquals(200, old.status(), "an archived version stays readable");
    assertEquals("ARCHIVED", old.body().get("status").asText());
    assertEquals(2, old.body().get("areas").size());
  }

  @Test
  void aNewMunicipalityStartsFromTheNeutralTemplate() {
    Answer template = Api.as(ADMIN_HASSLEHOLM).post("strategies/from-template", Map.of());
    assertEquals(201, template.status(), template.raw());
    assertEquals("DRAFT", template.body().get("status").asText());
    JsonNode areas = template.body().get("areas");
    assertEquals(
        List.of(
            "Digital kompetens för alla i skolväsendet",
            "Likvärdig tillgång och användning",
            "Forskning och uppföljning kring digitaliseringens möjligheter"),
        texts(areas, "title"));
    areas.forEach(a -> assertEquals(0, a.get("goals").size()));
    assertEquals("NATIONAL/DIGITAL_KOMPETENS", mappings(areas.get(0)).get(0));

    JsonNode catalogue = Api.as(REKTOR_BOTKYRKA).get("strategies/frameworks").body();
    assertEquals(
        List.of("LIKA", "SELFIE", "DIGCOMPEDU", "NATIONAL"), texts(catalogue, "framework"));
    assertEquals(8, catalogue.get(1).get("areas").size());
    assertEquals("Ledarskap", catalogue.get(1).get("areas").get(0).get("sv").asText());
  }

  @Test
  void invalidInputNamesEachWrongFieldAndChangesNothing() {
    Api admin = Api.as(ADMIN_BOTKYRKA);
    int before = admin.get("strategies").body().size();

    Answer invalid =
        admin.post(
            "strategies", Map.of("title", " ", "validFrom", "2020-01-01", "validTo", "2019-12-31"));
    assertProblem(invalid, 400, "core.validation");
    assertEquals(List.of("title", "validTo"), fields(invalid.body()));
    assertEquals(before, admin.get("strategies").body().size());

    String id = draft(admin, "Valideringsutkast");
    Answer badArea =
        admin.post(
            "strategies/" + id + "/areas",
            Map.of(
                "title",
                "x".repeat(201),
                "mappings",
                List.of(Map.of("framework", "SELFIE", "areaCode", "Z"))));
    assertProblem(badArea, 400, "core.validation");
    List<String> areaFields = fields(badArea.body());
    assertEquals(2, areaFields.size(), areaFields.toString());
    assertTrue(areaFields.get(0).endsWith("areaCode"), areaFields.toString());
    assertEquals("title", areaFields.get(1));
    assertEquals(0, admin.get("strategies/" + id).body().get("areas").size());

    Answer badLevel =
        admin.put("strategies/" + id + "/expectations/rektorer", Map.of("statements", List.of()));
    assertProblem(badLevel, 400, "core.validation");
    assertEquals(List.of("roleLevel"), fields(badLevel.body()));

    Answer badStatement =
        admin.put(
            "strategies/" + id + "/expectations/larare",
            Map.of("statements", List.of("en\nrad för mycket")));
    assertProblem(badStatement, 400, "core.validation");
    assertEquals(
        0, admin.get("strategies/" + id + "/expectations/larare").body().get("statements").size());
  }

  @Test
  void aStaleEditAnswers409AndKeepsTheOtherPersonsChange() {
    Api admin = Api.as(ADMIN_BOTKYRKA);
    String id = draft(admin, "Årshjul för strategin");
    long version = admin.get("strategies/" + id).body().get("version").asLong();
    assertEquals(
        200, admin.put("strategies/" + id, Map.of("title", "v2", "version", version)).status());

    Answer stale = admin.put("strategies/" + id, Map.of("title", "v3", "version", version));

    assertProblem(stale, 409, "tenant.strategy.stale-version");
    assertEquals("v2", admin.get("strategies/" + id).body().get("title").asText());

    admin.put("strategies/" + id + "/expectations/it", Map.of("statements", List.of("Stöttar")));
    assertProblem(
        admin.put("strategies/" + id + "/expectations/it", Map.of("statements", List.of("Ersatt"))),
        409,
        "tenant.strategy.stale-version");
  }

  @Test
  void onlyTheMunicipalityAdminWritesAndEveryoneReads() {
    Api rektor = Api.as(REKTOR_BOTKYRKA);
    JsonNode adopted = rektor.get("strategies/adopted").body();
    String id = adopted.get("id").asText();
    String area = adopted.get("areas").get(0).get("id").asText();
    int before = rektor.get("strategies").body().size();

    List<Answer> writes =
        List.of(
            rektor.post("strategies", Map.of("title", "Rektorns egen")),
            rektor.post("strategies/from-template", Map.of()),
            rektor.post("strategies/" + id + "/versions", Map.of()),
            rektor.post("strategies/" + id + "/archive", Map.of("version", 1)),
            rektor.put(
                "strategies/" + id + "/areas/" + area, Map.of("title", "Kapad", "version", 1)),
            rektor.put(
                "strategies/" + id + "/expectations/rektor", Map.of("statements", List.of())));
    for (Answer refused : writes) {
      assertProblem(refused, 403, "tenant.access.refused");
    }
    assertEquals(before, rektor.get("strategies").body().size());
    assertEquals("ADOPTED", rektor.get("strategies/" + id).body().get("status").asText());
    assertEquals(200, Api.as("larare.botkyrka").get("strategies/" + id + "/expectations").status());
    assertEquals(200, Api.as("politiker.botkyrka").get("strategies/" + id + "/versions").status());
  }

  @Test
  void everyEndpointAnswers404ForAnotherMunicipalitysIdsAndLeaksNothing() {
    Api botkyrka = Api.as(ADMIN_BOTKYRKA);
    String secret = "Botkyrkas hemliga utkast";
    String id = draft(botkyrka, secret);
    String area = addArea(botkyrka, id, "Hemligt område", List.of());
    Answer goal =
        botkyrka.post(
            "strategies/" + id + "/areas/" + area + "/goals", Map.of("title", "Hemligt mål"));
    String goalId = goal.body().get("id").asText();
    botkyrka.put(
        "strategies/" + id + "/expectations/rektor", Map.of("statements", List.of("Hemlig")));
    JsonNode adopted = botkyrka.get("strategies/adopted").body();
    String adoptedId = adopted.get("id").asText();
    String base = "strategies/" + id;
    String areaPath = base + "/areas/" + area;
    String goalPath = areaPath + "/goals/" + goalId;

    Api other = Api.as(ADMIN_HASSLEHOLM);
    String theirs = other.get("strategies/adopted").body().get("id").asText();
    Map<String, Answer> answers = new java.util.LinkedHashMap<>();
    answers.put("get", other.get(base));
    answers.put("versions", other.get(base + "/versions"));
    answers.put("versions of adopted", other.get("strategies/" + adoptedId + "/versions"));
    answers.put("edit", other.put(base, Map.of("title", "Kapad", "version", 1)));
    answers.put(
        "adopt",
        other.post(
            base + "/adopt",
            Map.of("version", 1, "adoptedOn", "2026-01-01", "adoptingBody", "Kapare")));
    answers.put(
        "archive", other.post("strategies/" + adoptedId + "/archive", Map.of("version", 1)));
    answers.put("new version", other.post("strategies/" + adoptedId + "/versions", Map.of()));
    answers.put("add area", other.post(base + "/areas", Map.of("title", "Kapad")));
    answers.put("get area", other.get(areaPath));
    answers.put("edit area", other.put(areaPath, Map.of("title", "Kapad", "version", 1)));
    answers.put("reorder", other.put(base + "/areas/order", Map.of("areaIds", List.of(area))));
    answers.put("add goal", other.post(areaPath + "/goals", Map.of("title", "Kapad")));
    answers.put("get goal", other.get(goalPath));
    answers.put("edit goal", other.put(goalPath, Map.of("title", "Kapad", "version", 1)));
    answers.put("expectations", other.get(base + "/expectations"));
    answers.put("expectations of rektor", other.get(base + "/expectations/rektor"));
    answers.put(
        "put expectations",
        other.put(base + "/expectations/rektor", Map.of("statements", List.of("Kapad"))));
    // Their own strategy with our area: still 404, the area is not under it for them.
    answers.put("own strategy, other's area", other.get("strategies/" + theirs + "/areas/" + area));
    answers.put("delete goal", other.delete(goalPath));
    answers.put("delete area", other.delete(areaPath));
    answers.put("delete", other.delete(base));

    Set<String> notFound =
        Set.of(
            "tenant.strategy.not-found",
            "tenant.strategy.area-not-found",
            "tenant.strategy.goal-not-found");
    answers.forEach(
        (what, a) -> {
          assertEquals(404, a.status(), what + ": " + a.raw());
          assertTrue(a.isProblem(), what);
          assertTrue(notFound.contains(a.body().get("code").asText()), what + ": " + a.raw());
          assertFalse(a.raw().contains("Hemlig"), what + " leaks nothing of the strategy");
          assertFalse(a.raw().contains(secret), what + " leaks nothing of the strategy");
          assertFalse(a.raw().contains("Botkyrka"), what + " leaks nothing of the tenant");
        });
    assertFalse(texts(other.get("strategies").body(), "id").contains(id), "not in their list");

    JsonNode still = botkyrka.get(base).body();
    assertEquals(secret, still.get("title").asText());
    assertEquals("DRAFT", still.get("status").asText());
    assertEquals(List.of("Hemligt område"), texts(still.get("areas"), "title"));
    assertEquals(1, still.get("areas").get(0).get("goals").size());
    assertEquals(adoptedId, botkyrka.get("strategies/adopted").body().get("id").asText());
    assertEquals(
        adopted.get("version").asLong(),
        botkyrka.get("strategies/adopted").body().get("version").asLong());
  }

  private static String draft(Api api, String title) {
    Answer a = api.post("strategies", Map.of("title", title));
    assertEquals(201, a.status(), a.raw());
    return a.body().get("id").asText();
  }

  private static String addArea(Api api, String id, String title, List<Map<String, String>> m) {
    Answer a = api.post("strategies/" + id + "/areas", Map.of("title", title, "mappings", m));
    assertEquals(201, a.status(), a.raw());
    return a.body().get("id").asText();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static List<String> mappings(JsonNode area) {
    List<String> out = new ArrayList<>();
    area.get("mappings")
        .forEach(m -> out.add(m.get("framework").asText() + "/" + m.get("areaCode").asText()));
    return out;
  }
}
