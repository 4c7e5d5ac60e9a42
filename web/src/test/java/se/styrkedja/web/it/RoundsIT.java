package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.fields;
import static se.styrkedja.web.it.Fixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * Survey rounds on PostgreSQL with real tokens: the administration opens one for any target, a
 * principal for their own unit only; the population is fixed at opening; a respondent saves a
 * draft, resumes it, submits once; a closed or not yet open round refuses answers; another
 * municipality's rounds answer 404 everywhere. And the anonymity of an anonymous round, read in the
 * tables themselves: no answer sheet until a whole group has answered, then sheets with no person,
 * written in a transaction of their own (an xmin no invitation has), and no column that could order
 * them by time.
 */
class RoundsIT {

  private static final String TENANT = "X-Styrkedja-Tenant";

  private static String root;
  private static String alleskolan;
  private static String storvretsskolan;
  private static String itUnit;
  private static String teacherVersion;
  private static String leadershipDraftVersion;

  @BeforeAll
  static void theDemoMunicipalityAndAPublishedTeacherInstrument() {
    Api admin = Api.as("admin.botkyrka");
    for (JsonNode u : admin.get("units?limit=500").body().get("items")) {
      String name = u.get("name").asText();
      if (!u.hasNonNull("parentId")) {
        root = u.get("id").asText();
      } else if (name.equals("Alléskolan")) {
        alleskolan = u.get("id").asText();
      } else if (name.equals("Storvretsskolan")) {
        storvretsskolan = u.get("id").asText();
      } else if (name.equals("IT-enheten")) {
        itUnit = u.get("id").asText();
      }
    }
    Api forvaltning = Api.as("forvaltning.botkyrka");
    teacherVersion = published(forvaltning, "teacher-digcompedu");
    JsonNode draft = InstrumentsIT.fromTemplate(forvaltning, "digital-leadership");
    leadershipDraftVersion = draft.get("versions").get(0).get("id").asText();
  }

  /** A copy of a built-in template, its first version published; the version's id. */
  static String published(Api api, String template) {
    String id = InstrumentsIT.fromTemplate(api, template).get("id").asText();
    JsonNode v = InstrumentsIT.version(api, id, 1);
    Answer published =
        api.post(
            "instruments/" + id + "/versions/1/publish",
            Map.of("version", v.get("version").asLong()));
    assertEquals(200, published.status(), published.raw());
    return v.get("id").asText();
  }

  static Map<String, Object> round(
      String version, String title, String mode, List<String> units, List<String> levels) {
    return round(version, title, mode, units, levels, today(), today().plusDays(14));
  }

  static Map<String, Object> round(
      String version,
      String title,
      String mode,
      List<String> units,
      List<String> levels,
      LocalDate opensOn,
      LocalDate closesOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("instrumentVersionId", version);
    body.put("title", title);
    body.put("mode", mode);
    body.put("target", Map.of("unitIds", units, "levels", levels));
    body.put("opensOn", opensOn.toString());
    body.put("closesOn", closesOn.toString());
    return body;
  }

  static JsonNode opened(Api api, Map<String, Object> body) {
    Answer a = api.post("rounds", body);
    assertEquals(201, a.status(), a.raw());
    return a.body();
  }

  static LocalDate today() {
    return Fixtures.today();
  }

  /** An answer to every item of a round's content, the first value each item takes. */
  static List<Map<String, Object>> answersTo(JsonNode content) {
    List<Map<String, Object>> answers = new ArrayList<>();
    content
        .get("sections")
        .forEach(
            s ->
                s.get("items")
                    .forEach(
                        i -> {
                          Map<String, Object> a = new HashMap<>();
                          a.put("itemKey", i.get("key").asText());
                          a.put("state", "ANSWERED");
                          switch (i.get("type").asText()) {
                            case "SCALE" -> a.put("value", i.get("scale").get("min").asInt());
                            case "LEVEL" ->
                                a.put("value", i.get("levels").get(0).get("value").asInt());
                            case "YES_NO" -> a.put("value", 1);
                            default -> a.put("comment", "Mer tid för kollegialt lärande.");
                          }
                          answers.add(a);
                        }));
    return answers;
  }

  @Test
  void theAdministrationOpensForAnyTargetAPrincipalOnlyWithinTheUnitTheyLead() {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    JsonNode wide =
        opened(
            forvaltning,
            round(
                teacherVersion,
                "Lärarnas självskattning",
                "ANONYMOUS",
                List.of(root),
                List.of("larare")));
    assertEquals("OPEN", wide.get("status").asText());
    assertEquals("ANONYMOUS", wide.get("mode").asText());
    assertEquals(
        "Utbildningsförvaltningen", wide.get("target").get("units").get(0).get("name").asText());
    assertEquals("Lärare", wide.get("target").get("levels").get(0).get("name").asText());
    assertEquals(1, wide.get("instrumentVersion").asInt());
    assertEquals(
        "Lärarens digitala kompetens – självskattning", wide.get("instrumentName").asText());
    // The demo's teachers of every school and preschool, and the demo teacher among them.
    assertTrue(wide.get("invited").asLong() >= 43, wide.toString());
    assertEquals(0, wide.get("answered").asLong());
    assertEquals(List.of("close", "remind"), texts(wide.get("allowed")));

    Api rektor = Api.as("rektor.botkyrka");
    JsonNode own =
        opened(
            rektor,
            round(
                teacherVersion,
                "Alléskolans lärare",
                "CONFIDENTIAL",
                List.of(alleskolan),
                List.of("larare")));
    assertTrue(own.get("invited").asLong() >= 10, own.toString());
    assertTrue(own.get("invited").asLong() < wide.get("invited").asLong());
    assertEquals(List.of("close", "remind"), texts(own.get("allowed")));
    String ownId = own.get("id").asText();

    // The principal reads their own round, not the administration's; the administration reads both.
    assertEquals(200, rektor.get("rounds/" + ownId).status());
    assertProblem(rektor.get("rounds/" + wide.get("id").asText()), 403, "tenant.access.refused");
    List<String> listed = new ArrayList<>();
    forvaltning.get("rounds").body().forEach(r -> listed.add(r.get("id").asText()));
    assertTrue(listed.containsAll(List.of(ownId, wide.get("id").asText())));
    List<String> principals = new ArrayList<>();
    rektor.get("rounds").body().forEach(r -> principals.add(r.get("id").asText()));
    assertTrue(principals.contains(ownId));
    assertFalse(principals.contains(wide.get("id").asText()));

    // The invited see it among their rounds to answer; a principal, not a teacher, is not invited.
    assertTrue(myRoundIds(Api.as("larare.botkyrka")).contains(ownId));
    assertFalse(myRoundIds(rektor).contains(ownId));

    // Outside the unit they lead: refused, and nothing opened.
    int before = rektor.get("rounds").body().size();
    assertProblem(
        rektor.post(
            "rounds",
            round(
                teacherVersion,
                "Storvretsskolan",
                "ANONYMOUS",
                List.of(storvretsskolan),
                List.of("larare"))),
        403,
        "tenant.access.refused");
    assertProblem(
        rektor.post(
            "rounds",
            round(
                teacherVersion,
                "Alla",
                "ANONYMOUS",
                List.of(alleskolan, storvretsskolan),
                List.of("larare"))),
        403,
        "tenant.access.refused");
    assertEquals(before, rektor.get("rounds").body().size());

    // A teacher opens none.
    assertProblem(
        Api.as("larare.botkyrka")
            .post(
                "rounds",
                round(
                    teacherVersion,
                    "Min egen",
                    "ANONYMOUS",
                    List.of(alleskolan),
                    List.of("larare"))),
        403,
        "tenant.access.refused");
  }

  @Test
  void badInputIsNamedFieldByFieldAndOpensNothing() {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    int before = forvaltning.get("rounds").body().size();
    Answer dates =
        forvaltning.post(
            "rounds",
            round(
                teacherVersion,
                "Fel datum",
                "ANONYMOUS",
                List.of(alleskolan),
                List.of("larare"),
                today().plusDays(10),
                today().plusDays(3)));
    assertProblem(dates, 400, "competence.round.invalid");
    assertEquals(List.of("closesOn"), fields(dates.body()));

    Answer past =
        forvaltning.post(
            "rounds",
            round(
                teacherVersion,
                "Förr",
                "ANONYMOUS",
                List.of(alleskolan),
                List.of("larare"),
                today().minusDays(10),
                today().minusDays(1)));
    assertProblem(past, 400, "competence.round.invalid");
    assertEquals(List.of("opensOn", "closesOn"), fields(past.body()));

    Answer target =
        forvaltning.post(
            "rounds",
            round(
                teacherVersion,
                "Okänt",
                "ANONYMOUS",
                List.of(alleskolan, UUID.randomUUID().toString()),
                List.of("larare", "rymdkadett")));
    assertProblem(target, 400, "competence.round.invalid");
    assertEquals(List.of("target.unitIds[1]", "target.levels[1]"), fields(target.body()));

    Map<String, Object> forms =
        round(teacherVersion, "Skolformer", "ANONYMOUS", List.of(alleskolan), List.of("larare"));
    forms.put(
        "target",
        Map.of(
            "unitIds",
            List.of(alleskolan),
            "levels",
            List.of("larare"),
            "schoolForms",
            List.of("GR", "XX")));
    Answer form = forvaltning.post("rounds", forms);
    assertProblem(form, 400, "competence.round.invalid");
    assertEquals(List.of("target.schoolForms[1]"), fields(form.body()));

    Answer draft =
        forvaltning.post(
            "rounds",
            round(
                leadershipDraftVersion,
                "Utkast",
                "ANONYMOUS",
                List.of(alleskolan),
                List.of("rektor")));
    assertProblem(draft, 400, "competence.round.invalid");
    assertEquals(List.of("instrumentVersionId"), fields(draft.body()));

    // The teachers' instrument asks nothing of principals.
    Answer level =
        forvaltning.post(
            "rounds",
            round(teacherVersion, "Rektorer", "ANONYMOUS", List.of(alleskolan), List.of("rektor")));
    assertProblem(level, 400, "competence.round.invalid");
    assertEquals(List.of("target.levels[0]"), fields(level.body()));

    // Nobody teaches at the IT unit: the round would ask nobody.
    Answer nobody =
        forvaltning.post(
            "rounds",
            round(teacherVersion, "Ingen", "ANONYMOUS", List.of(itUnit), List.of("larare")));
    assertProblem(nobody, 400, "competence.round.invalid");
    assertEquals(List.of("target"), fields(nobody.body()));

    Map<String, Object> noMode =
        round(teacherVersion, " ", "ANONYMOUS", List.of(alleskolan), List.of("larare"));
    noMode.remove("mode");
    Answer missing = forvaltning.post("rounds", noMode);
    assertProblem(missing, 400, "competence.round.invalid");
    assertEquals(List.of("title", "mode"), fields(missing.body()));

    assertEquals(before, forvaltning.get("rounds").body().size(), "nothing was opened");
  }

  @Test
  void aRespondentSavesResumesAndSubmitsOnceAndSeesTheirOwnConfidentialAnswers() {
    Api rektor = Api.as("rektor.botkyrka");
    JsonNode opened =
        opened(
            rektor,
            round(
                teacherVersion,
                "Alléskolan, konfidentiell",
                "CONFIDENTIAL",
                List.of(alleskolan),
                List.of("larare")));
    String id = opened.get("id").asText();
    String mine = "my/rounds/" + id;

    // Someone outside the population (a principal, a teacher of another municipality) finds none.
    assertProblem(rektor.get(mine), 404, "competence.round.not-found");
    assertProblem(
        rektor.put(mine + "/draft", Map.of("answers", List.of())),
        404,
        "competence.round.not-found");
    assertProblem(
        rektor.post(mine + "/submit", Map.of("answers", List.of())),
        404,
        "competence.round.not-found");

    Api larare = Api.as("larare.botkyrka");
    JsonNode toAnswer = larare.get(mine).body();
    assertEquals("larare", toAnswer.get("round").get("roleLevel").asText());
    assertEquals("OPEN", toAnswer.get("round").get("status").asText());
    assertFalse(toAnswer.hasNonNull("draft"), "no draft yet");
    JsonNode content = toAnswer.get("content");
    toAnswer
        .get("content")
        .get("sections")
        .forEach(
            s ->
                s.get("items")
                    .forEach(
                        i -> {
                          List<String> audience = texts(i.get("audience"));
                          assertTrue(
                              audience.isEmpty() || audience.contains("larare"), i.toString());
                        }));
    List<Map<String, Object>> answers = answersTo(content);
    assertTrue(answers.size() > 5, "the teachers' items");

    // Saved as they go, resumed, and a stale save refused.
    List<Map<String, Object>> firstTwo = answers.subList(0, 2);
    Map<String, Object> firstSave = new HashMap<>();
    firstSave.put("answers", firstTwo);
    Answer saved = larare.put(mine + "/draft", firstSave);
    assertEquals(200, saved.status(), saved.raw());
    long version = saved.body().get("version").asLong();
    JsonNode resumed = larare.get(mine).body();
    assertEquals(2, resumed.get("draft").get("answers").size());
    assertTrue(resumed.get("round").get("hasDraft").asBoolean());
    assertProblem(larare.put(mine + "/draft", firstSave), 409, "competence.round.stale-draft");
    Answer again = larare.put(mine + "/draft", Map.of("version", version, "answers", answers));
    assertEquals(200, again.status(), again.raw());
    assertProblem(
        larare.put(mine + "/draft", Map.of("version", version, "answers", firstTwo)),
        409,
        "competence.round.stale-draft");
    assertEquals(answers.size(), larare.get(mine).body().get("draft").get("answers").size());

    // A wrong answer is named by its place and its item, and nothing is submitted.
    List<Map<String, Object>> wrong = new ArrayList<>(answers);
    Map<String, Object> bad = new HashMap<>(answers.get(0));
    bad.put("value", 99);
    wrong.set(0, bad);
    Answer invalid = larare.post(mine + "/submit", Map.of("answers", wrong));
    assertProblem(invalid, 400, "competence.round.answers-invalid");
    assertEquals(List.of("answers[0].value"), fields(invalid.body()));
    assertTrue(
        invalid
            .body()
            .get("errors")
            .get(0)
            .get("message")
            .asText()
            .contains(answers.get(0).get("itemKey").toString()));
    Answer notAsked =
        larare.post(
            mine + "/submit",
            Map.of(
                "answers",
                List.of(
                    Map.of(
                        "itemKey",
                        UUID.randomUUID().toString(),
                        "state",
                        "ANSWERED",
                        "value",
                        1))));
    assertProblem(notAsked, 400, "competence.round.answers-invalid");
    assertEquals(List.of("answers[0].itemKey"), fields(notAsked.body()));
    assertFalse(larare.get(mine).body().get("round").get("answered").asBoolean());

    Answer submitted = larare.post(mine + "/submit", Map.of("answers", answers));
    assertEquals(200, submitted.status(), submitted.raw());
    assertTrue(submitted.body().get("answered").asBoolean());
    assertProblem(
        larare.post(mine + "/submit", Map.of("answers", answers)),
        409,
        "competence.round.already-answered");
    assertProblem(
        larare.put(mine + "/draft", Map.of("answers", answers)),
        409,
        "competence.round.already-answered");
    JsonNode after = larare.get(mine).body();
    assertTrue(after.get("round").get("answered").asBoolean());
    assertFalse(after.get("round").get("hasDraft").asBoolean(), "the draft is gone");
    assertFalse(after.hasNonNull("draft"));

    // Confidential: the person reads their own answers again.
    Answer own = larare.get(mine + "/answers");
    assertEquals(200, own.status(), own.raw());
    Map<String, Integer> values = new HashMap<>();
    own.body()
        .get("answers")
        .forEach(
            a ->
                values.put(
                    a.get("itemKey").asText(),
                    a.hasNonNull("value") ? a.get("value").asInt() : null));
    assertEquals(answers.size(), values.size());
    for (Map<String, Object> a : answers) {
      assertEquals(a.get("value"), values.get(a.get("itemKey").toString()), a.toString());
    }
    assertEquals(1, rektor.get("rounds/" + id).body().get("answered").asLong());

    // Closed early: it refuses the answers of those who had not answered, and a second closing.
    Answer closed = rektor.post("rounds/" + id + "/close", null);
    assertEquals(200, closed.status(), closed.raw());
    assertEquals("CLOSED", closed.body().get("status").asText());
    assertEquals(today().toString(), closed.body().get("closedEarlyOn").asText());
    assertEquals(List.of(), texts(closed.body().get("allowed")));
    assertProblem(rektor.post("rounds/" + id + "/close", null), 409, "competence.round.closed");
    assertProblem(rektor.post("rounds/" + id + "/remind", null), 409, "competence.round.closed");
  }

  @Test
  void aRoundNotYetOpenAndAClosedRoundRefuseAnswers() {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    JsonNode later =
        opened(
            forvaltning,
            round(
                teacherVersion,
                "Nästa vecka",
                "ANONYMOUS",
                List.of(alleskolan),
                List.of("larare"),
                today().plusDays(1),
                today().plusDays(8)));
    assertEquals("SCHEDULED", later.get("status").asText());
    assertEquals(List.of("close"), texts(later.get("allowed")), "nothing to remind of yet");
    String mine = "my/rounds/" + later.get("id").asText();
    Api larare = Api.as("larare.botkyrka");
    List<Map<String, Object>> answers = answersTo(larare.get(mine).body().get("content"));
    assertProblem(
        larare.post(mine + "/submit", Map.of("answers", answers)),
        409,
        "competence.round.not-open");
    assertProblem(
        larare.put(mine + "/draft", Map.of("answers", answers)), 409, "competence.round.not-open");
    assertProblem(
        forvaltning.post("rounds/" + later.get("id").asText() + "/remind", null),
        409,
        "competence.round.not-open");

    JsonNode now =
        opened(
            forvaltning,
            round(teacherVersion, "Stängs", "ANONYMOUS", List.of(alleskolan), List.of("larare")));
    assertEquals(
        200, forvaltning.post("rounds/" + now.get("id").asText() + "/close", null).status());
    String closed = "my/rounds/" + now.get("id").asText();
    Answer refused = larare.post(closed + "/submit", Map.of("answers", answers));
    assertProblem(refused, 409, "competence.round.closed");
    assertEquals("CLOSED", larare.get(closed).body().get("round").get("status").asText());
  }

  /**
   * The core of anonymity: k - 1 answers wait where no sheet is; the k-th releases all k, as sheets
   * without a person, written by a transaction no invitation row was written by.
   */
  @Test
  void anonymousAnswersBecomeSheetsOnlyAsAWholeGroupWithNoPersonNoTimeAndNoSharedTransaction()
      throws Exception {
    int k = minGroupSize("botkyrka");
    Respondents group = Respondents.at("Rundan " + nonce(), k + 1);
    Api forvaltning = Api.as("forvaltning.botkyrka");
    JsonNode opened =
        opened(
            forvaltning,
            round(
                teacherVersion,
                "Anonym runda",
                "ANONYMOUS",
                List.of(group.unitId()),
                List.of("larare")));
    String id = opened.get("id").asText();
    assertEquals(k + 1, opened.get("invited").asLong());

    List<Map<String, Object>> answers = null;
    for (int i = 0; i < k - 1; i++) {
      Api respondent = group.api(i);
      if (answers == null) {
        answers = answersTo(respondent.get("my/rounds/" + id).body().get("content"));
      }
      Answer draft =
          respondent.put("my/rounds/" + id + "/draft", Map.of("answers", answers.subList(0, 1)));
      assertEquals(200, draft.status(), draft.raw());
      Answer submitted = respondent.post("my/rounds/" + id + "/submit", Map.of("answers", answers));
      assertEquals(200, submitted.status(), submitted.raw());
      assertEquals(
          0,
          count("select count(*) from answer_sheet where round_id = ?::uuid", id),
          "no sheet yet");
      assertEquals(
          i + 1, count("select count(*) from answer_pending where round_id = ?::uuid", id));
      assertEquals(
          0, count("select count(*) from answer_draft where round_id = ?::uuid", id), "draft gone");
    }
    assertEquals(k - 1, forvaltning.get("rounds/" + id).body().get("answered").asLong());

    // A reminder reaches only those who have not answered; the owner learns how many.
    Answer reminded = forvaltning.post("rounds/" + id + "/remind", null);
    assertEquals(200, reminded.status(), reminded.raw());
    assertEquals(2, reminded.body().get("reminded").asInt());
    assertTrue(myRound(group.api(k - 1), id).get("reminded").asBoolean());
    assertTrue(myRound(group.api(k), id).get("reminded").asBoolean());
    assertFalse(myRound(group.api(0), id).get("reminded").asBoolean());
    assertTrue(myRound(group.api(0), id).get("answered").asBoolean());
    assertEquals(
        k - 1,
        count(
            "select count(*) from round_invitation where round_id = ?::uuid and reminded_at is null",
            id));

    Answer kth = group.api(k - 1).post("my/rounds/" + id + "/submit", Map.of("answers", answers));
    assertEquals(200, kth.status(), kth.raw());
    assertFalse(kth.body().get("reminded").asBoolean(), "answered since");
    assertEquals(k, count("select count(*) from answer_sheet where round_id = ?::uuid", id));
    assertEquals(0, count("select count(*) from answer_pending where round_id = ?::uuid", id));
    assertEquals(
        0,
        count(
            "select count(*) from answer_sheet where round_id = ?::uuid and person_id is not null",
            id));
    assertEquals(
        (long) k * answers.size(),
        count("select count(*) from answer_value where round_id = ?::uuid", id));
    Set<String> invitations =
        strings("select xmin::text from round_invitation where round_id = ?::uuid", id);
    Set<String> sheets =
        strings("select xmin::text from answer_sheet where round_id = ?::uuid", id);
    Set<String> values =
        strings("select xmin::text from answer_value where round_id = ?::uuid", id);
    assertEquals(
        k + 1, count("select count(*) from round_invitation where round_id = ?::uuid", id));
    assertTrue(sheets.stream().noneMatch(invitations::contains), sheets + " vs " + invitations);
    assertTrue(values.stream().noneMatch(invitations::contains), values + " vs " + invitations);
    // Every answered invitation was written by its own transaction, none by the one that wrote
    // sheets.
    assertEquals(
        k,
        strings(
                "select xmin::text from round_invitation where round_id = ?::uuid and answered_on is not null",
                id)
            .size());

    // The owner sees counts per unit, never who.
    JsonNode responses = forvaltning.get("rounds/" + id + "/responses").body();
    assertEquals(k + 1, responses.get("invited").asLong());
    assertEquals(k, responses.get("answered").asLong());
    JsonNode unit = responses.get("units").get(0);
    assertEquals(group.unitName(), unit.get("unitName").asText());
    assertEquals(k + 1, unit.get("invited").asLong());
    assertEquals(k, unit.get("answered").asLong());
    Set<String> names = new HashSet<>();
    unit.fieldNames().forEachRemaining(names::add);
    assertEquals(Set.of("unitId", "unitName", "invited", "answered"), names);
    String raw =
        forvaltning.get("rounds/" + id + "/responses").raw()
            + forvaltning.get("rounds/" + id).raw();
    for (String person : group.personIds()) {
      assertFalse(raw.contains(person), "no person in what the owner reads");
    }
    for (String username : group.usernames()) {
      assertFalse(raw.contains(username));
    }

    // An anonymous round keeps nothing as anyone's.
    assertProblem(
        group.api(0).get("my/rounds/" + id + "/answers"), 404, "competence.round.no-own-answers");

    // Closed: the last invited may no longer answer.
    assertEquals(200, forvaltning.post("rounds/" + id + "/close", null).status());
    assertProblem(
        group.api(k).post("my/rounds/" + id + "/submit", Map.of("answers", answers)),
        409,
        "competence.round.closed");
  }

  /**
   * The round's pending answers below a whole group are moved when it closes, whatever their
   * number.
   */
  @Test
  void closingMovesTheAnswersLeftPending() throws Exception {
    Respondents group = Respondents.at("Liten grupp " + nonce(), 2);
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String id =
        opened(
                forvaltning,
                round(
                    teacherVersion,
                    "Liten anonym runda",
                    "ANONYMOUS",
                    List.of(group.unitId()),
                    List.of("larare")))
            .get("id")
            .asText();
    List<Map<String, Object>> answers =
        answersTo(group.api(0).get("my/rounds/" + id).body().get("content"));
    assertEquals(
        200, group.api(0).post("my/rounds/" + id + "/submit", Map.of("answers", answers)).status());
    assertEquals(1, count("select count(*) from answer_pending where round_id = ?::uuid", id));
    assertEquals(0, count("select count(*) from answer_sheet where round_id = ?::uuid", id));
    assertEquals(200, forvaltning.post("rounds/" + id + "/close", null).status());
    assertEquals(0, count("select count(*) from answer_pending where round_id = ?::uuid", id));
    assertEquals(
        1,
        count(
            "select count(*) from answer_sheet where round_id = ?::uuid and person_id is null",
            id));
  }

  @Test
  void noAnswerTableHasAColumnThatCouldOrderAnswersByTimeOrBySubmission() throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select table_name, column_name, data_type, column_default, is_identity"
                    + " from information_schema.columns where table_schema = current_schema()"
                    + " and table_name in ('answer_sheet', 'answer_value', 'answer_pending')")) {
      Set<String> tables = new HashSet<>();
      List<String> timeOrSerial = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          tables.add(rs.getString(1));
          String type = rs.getString(3);
          String dflt = rs.getString(4);
          if (type.startsWith("timestamp")
              || type.startsWith("time")
              || type.equals("date")
              || type.equals("interval")
              || (dflt != null
                  && (dflt.contains("nextval")
                      || dflt.contains("now")
                      || dflt.contains("current_")))
              || "YES".equals(rs.getString(5))) {
            timeOrSerial.add(rs.getString(1) + "." + rs.getString(2));
          }
          assertNotEquals(
              "person_id", "answer_pending".equals(rs.getString(1)) ? rs.getString(2) : "");
        }
      }
      assertEquals(Set.of("answer_sheet", "answer_value", "answer_pending"), tables);
      assertEquals(List.of(), timeOrSerial);
    }
  }

  @Test
  void anotherMunicipalitysRoundsAnswer404EverywhereAndARoleThereGrantsNothingHere() {
    Api forvaltning = Api.as("forvaltning.botkyrka");
    String botkyrka =
        opened(
                forvaltning,
                round(
                    teacherVersion,
                    "Botkyrkas runda",
                    "CONFIDENTIAL",
                    List.of(alleskolan),
                    List.of("larare")))
            .get("id")
            .asText();

    Api hassleholmAdmin = Api.as("admin.hassleholm");
    String hassleholmRoot = null;
    for (JsonNode u : hassleholmAdmin.get("units?limit=500").body().get("items")) {
      if (!u.hasNonNull("parentId")) {
        hassleholmRoot = u.get("id").asText();
      }
    }
    String leadership = published(hassleholmAdmin, "digital-leadership");
    JsonNode hassleholmRound =
        opened(
            hassleholmAdmin,
            round(
                leadership,
                "Skolledarnas självskattning",
                "ANONYMOUS",
                List.of(hassleholmRoot),
                List.of("rektor", "forskolechef")));
    assertTrue(hassleholmRound.get("invited").asLong() >= 5, hassleholmRound.toString());
    String hassleholm = hassleholmRound.get("id").asText();

    Map<String, Object> answers = Map.of("answers", List.of());
    for (Api other : List.of(hassleholmAdmin, Api.as("rektor.hassleholm"))) {
      assertEveryEndpoint404(other, botkyrka, answers);
    }
    for (Api other : List.of(forvaltning, Api.as("admin.botkyrka"), Api.as("larare.botkyrka"))) {
      assertEveryEndpoint404(other, hassleholm, answers);
    }
    for (JsonNode r : hassleholmAdmin.get("rounds").body()) {
      assertNotEquals(botkyrka, r.get("id").asText());
    }
    for (JsonNode r : forvaltning.get("rounds").body()) {
      assertNotEquals(hassleholm, r.get("id").asText());
    }
    assertFalse(myRoundIds(Api.as("larare.botkyrka")).contains(hassleholm));

    // Botkyrka's administration, a member of Hässleholm too, acting for Hässleholm: nothing.
    String username = "runda.tvakommuner." + nonce();
    String user =
        Keycloaks.createUser(username, username, "Rut", "Runda", username + "@example.se");
    for (String alias : List.of("botkyrka", "hassleholm")) {
      String org = Keycloaks.organization(alias).orElseThrow().get("id").asText();
      Keycloaks.admin("POST", "admin/realms/styrkedja/organizations/" + org + "/members", user);
    }
    Answer assigned =
        Api.as("admin.botkyrka")
            .post("role-assignments", Map.of("username", username, "level", "admin"));
    assertEquals(201, assigned.status(), assigned.raw());
    Api inBotkyrka = Api.as(username).header(TENANT, "botkyrka");
    assertEquals(200, inBotkyrka.get("rounds/" + botkyrka).status());
    Api inHassleholm = Api.as(username).header(TENANT, "hassleholm");
    assertProblem(inHassleholm.get("rounds/" + hassleholm), 403, "tenant.access.refused");
    assertProblem(
        inHassleholm.post(
            "rounds",
            round(leadership, "Inte min", "ANONYMOUS", List.of(hassleholmRoot), List.of("rektor"))),
        403,
        "tenant.access.refused");
    assertProblem(
        inHassleholm.post("rounds/" + hassleholm + "/close", null), 403, "tenant.access.refused");
    assertEveryEndpoint404(inHassleholm, botkyrka, answers);
    assertEquals("OPEN", hassleholmAdmin.get("rounds/" + hassleholm).body().get("status").asText());
  }

  private static void assertEveryEndpoint404(Api api, String id, Object answers) {
    List<Answer> all =
        List.of(
            api.get("rounds/" + id),
            api.get("rounds/" + id + "/responses"),
            api.post("rounds/" + id + "/close", null),
            api.post("rounds/" + id + "/remind", null),
            api.get("my/rounds/" + id),
            api.get("my/rounds/" + id + "/answers"),
            api.put("my/rounds/" + id + "/draft", answers),
            api.post("my/rounds/" + id + "/submit", answers));
    for (Answer a : all) {
      assertProblem(a, 404, "competence.round.not-found");
      assertFalse(a.raw().contains("Botkyrkas runda") || a.raw().contains("Skolledarnas"), a.raw());
    }
  }

  private static Set<String> myRoundIds(Api api) {
    Set<String> ids = new HashSet<>();
    Answer a = api.get("my/rounds");
    assertEquals(200, a.status(), a.raw());
    a.body().forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }

  private static JsonNode myRound(Api api, String id) {
    for (JsonNode r : api.get("my/rounds").body()) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("round " + id + " is not among the caller's");
  }

  private static String nonce() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The tenant's minimum group size, as the mover reads it: 5 unless set, never below 3. */
  private static int minGroupSize(String tenant) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select min_group_size from competence_setting where tenant_id = ?")) {
      q.setString(1, tenant);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? Math.max(3, rs.getInt(1)) : 5;
      }
    }
  }

  private static long count(String sql, String id) throws SQLException {
    return query(
        sql,
        id,
        rs -> {
          try {
            rs.next();
            return rs.getLong(1);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static Set<String> strings(String sql, String id) throws SQLException {
    return query(
        sql,
        id,
        rs -> {
          Set<String> out = new HashSet<>();
          try {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
          return out;
        });
  }

  /** A read of the tables as PostgreSQL's superuser, who is not held back by row-level security. */
  private static <T> T query(String sql, String id, Function<ResultSet, T> read)
      throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, id);
      try (ResultSet rs = q.executeQuery()) {
        return read.apply(rs);
      }
    }
  }

  /**
   * People who can sign in and answer: a new unit of Botkyrka (under its root), and teachers with a
   * duty there, imported as SS 12000 would (a person with the SSO username as principal name) and
   * able to sign in (a Keycloak user of the municipality's organization), linked at first sign-in.
   */
  record Respondents(
      String unitId, String unitName, List<String> usernames, List<String> personIds) {

    static Respondents at(String unitName, int n) {
      Answer unit =
          Api.as("admin.botkyrka")
              .post("units", Map.of("type", "DEPARTMENT", "name", unitName, "parentId", root));
      assertEquals(201, unit.status(), unit.raw());
      String unitId = unit.body().get("id").asText();
      String org = Keycloaks.organization("botkyrka").orElseThrow().get("id").asText();
      List<String> usernames = new ArrayList<>();
      List<String> persons = new ArrayList<>();
      String tag = nonce();
      try (Connection c = TestSystem.get().superuser().getConnection();
          PreparedStatement person =
              c.prepareStatement(
                  "insert into person (id, tenant_id, external_id, given_name, family_name,"
                      + " principal_name, email, version) values (?::uuid, 'botkyrka', ?, ?, ?, ?, ?, 1)");
          PreparedStatement duty =
              c.prepareStatement(
                  "insert into duty (id, tenant_id, external_id, person_id, unit_id, duty_role,"
                      + " start_date, version) values (gen_random_uuid(), 'botkyrka', ?, ?::uuid,"
                      + " ?::uuid, 'Lärare', date '2017-01-01', 1)")) {
        for (int i = 0; i < n; i++) {
          String username = "svarande" + i + "." + tag;
          String id = UUID.randomUUID().toString();
          person.setString(1, id);
          person.setString(2, "rounds-it-" + username);
          person.setString(3, "Svarande" + i);
          person.setString(4, "Rundström");
          person.setString(5, username);
          person.setString(6, username + "@botkyrka.example.se");
          person.executeUpdate();
          duty.setString(1, "rounds-it-duty-" + username);
          duty.setString(2, id);
          duty.setString(3, unitId);
          duty.executeUpdate();
          String user =
              Keycloaks.createUser(
                  username,
                  username,
                  "Svarande" + i,
                  "Rundström",
                  username + "@botkyrka.example.se");
          Keycloaks.admin("POST", "admin/realms/styrkedja/organizations/" + org + "/members", user);
          usernames.add(username);
          persons.add(id);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("could not make the respondents", e);
      }
      return new Respondents(unitId, unitName, usernames, persons);
    }

    Api api(int i) {
      return Api.as(usernames.get(i)).header(TENANT, "botkyrka");
    }
  }
}
