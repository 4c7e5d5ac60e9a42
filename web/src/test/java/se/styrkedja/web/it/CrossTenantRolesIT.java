package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * One account, two municipalities, a different role in each: a consultant who is the municipality
 * admin in Botkyrka and a teacher at one school in Hässleholm. The account also carries the realm
 * roles {@code admin} and {@code politiker}, as accounts onboarded before roles were per
 * municipality do. In each municipality it holds exactly the roles that municipality gave it:
 * configuration, approvals and reads alike.
 */
class CrossTenantRolesIT {

  private static final String KONSULT = "konsult.tvakommuner";
  private static final String TENANT = "X-Styrkedja-Tenant";

  private static String hassleholmSchool;

  @BeforeAll
  static void anAccountThatIsAdminInOneMunicipalityAndTeacherInTheOther() {
    String email = "kim.konsult@example.se";
    if (Keycloaks.userByEmail(email).isEmpty()) {
      Keycloaks.admin(
          "POST",
          "admin/realms/styrkedja/users",
          Map.of(
              "username",
              KONSULT,
              "enabled",
              true,
              "firstName",
              "Kim",
              "lastName",
              "Konsult",
              "email",
              email,
              "emailVerified",
              true,
              "credentials",
              List.of(Map.of("type", "password", "value", KONSULT, "temporary", false))));
    }
    String user = Keycloaks.userByEmail(email).orElseThrow().get("id").asText();
    for (String role : List.of("admin", "politiker")) {
      // The realm no longer defines them; an older realm did, and its accounts keep them.
      Keycloaks.adminCall("POST", "admin/realms/styrkedja/roles", Map.of("name", role));
      JsonNode r = Keycloaks.admin("GET", "admin/realms/styrkedja/roles/" + role, null);
      Keycloaks.admin(
          "POST", "admin/realms/styrkedja/users/" + user + "/role-mappings/realm", List.of(r));
    }
    for (String alias : List.of("botkyrka", "hassleholm")) {
      String org = Keycloaks.organization(alias).orElseThrow().get("id").asText();
      Keycloaks.adminCall("POST", "admin/realms/styrkedja/organizations/" + org + "/members", user);
    }

    Answer admin =
        Api.as("admin.botkyrka")
            .post("role-assignments", Map.of("username", KONSULT, "level", "admin"));
    assertEquals(201, admin.status(), admin.raw());
    Api hassleholmAdmin = Api.as("admin.hassleholm");
    hassleholmSchool = Fixtures.unitOf(hassleholmAdmin, "rektor.hassleholm");
    Answer teacher =
        hassleholmAdmin.post(
            "role-assignments",
            Map.of("username", KONSULT, "level", "larare", "unitId", hassleholmSchool));
    assertEquals(201, teacher.status(), teacher.raw());
  }

  private static Api in(String tenant) {
    return Api.as(KONSULT).header(TENANT, tenant);
  }

  @Test
  void eachMunicipalityShowsExactlyTheRolesItGave() {
    Answer botkyrka = in("botkyrka").get("me");
    assertEquals(200, botkyrka.status(), botkyrka.raw());
    assertEquals("botkyrka", botkyrka.body().at("/tenant/id").asText());
    assertEquals(List.of("admin"), Fixtures.texts(botkyrka.body().get("roleLevels")));
    assertEquals(2, botkyrka.body().get("tenants").size());

    Answer hassleholm = in("hassleholm").get("me");
    assertEquals(200, hassleholm.status(), hassleholm.raw());
    assertEquals("hassleholm", hassleholm.body().at("/tenant/id").asText());
    assertEquals(List.of("larare"), Fixtures.texts(hassleholm.body().get("roleLevels")));
  }

  @Test
  void configuresOnlyWhereItIsTheAdmin() {
    String name = levelName(in("botkyrka"), "larare");
    Answer renamed = in("botkyrka").put("role-hierarchy/levels/larare", Map.of("name", name));
    assertEquals(200, renamed.status(), renamed.raw());

    Api hassleholm = in("hassleholm");
    String before = levelName(Api.as("admin.hassleholm"), "larare");
    Answer refused = hassleholm.put("role-hierarchy/levels/larare", Map.of("name", "Pedagog"));
    assertEquals(403, refused.status(), refused.raw());
    assertEquals(before, levelName(Api.as("admin.hassleholm"), "larare"));

    long units = Api.as("admin.hassleholm").get("units?limit=1").body().get("total").asLong();
    Answer unit = hassleholm.post("units", Map.of("type", "TEAM", "name", "Konsultens lag"));
    assertEquals(403, unit.status(), unit.raw());
    assertEquals(
        units, Api.as("admin.hassleholm").get("units?limit=1").body().get("total").asLong());

    Answer strategy =
        hassleholm.post(
            "strategies",
            Map.of(
                "title", "Konsultens strategi",
                "adoptingBody", "Ingen",
                "validFrom", "2027-01-01",
                "validTo", "2029-12-31",
                "vision", "x"));
    assertEquals(403, strategy.status(), strategy.raw());

    // Nor can it make itself admin there.
    Answer selfMade =
        hassleholm.post("role-assignments", Map.of("username", KONSULT, "level", "admin"));
    assertEquals(403, selfMade.status(), selfMade.raw());
    assertEquals(
        List.of("larare"), Fixtures.texts(in("hassleholm").get("me").body().get("roleLevels")));
  }

  @Test
  void decidesNothingAlongTheOtherMunicipalitysChain() {
    Api forvaltning = Api.as("forvaltning.hassleholm");
    String root = Fixtures.unitOf(Api.as("admin.hassleholm"), "forvaltning.hassleholm");
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "ADMINISTRATION");
    body.put("schoolYear", "2091/92");
    body.put("unitId", root);
    body.put("title", "Förvaltningens handlingsplan 2091/92");
    body.put("summary", "Att besluta om");
    Answer created = forvaltning.post("plans", body);
    assertEquals(201, created.status(), created.raw());
    String plan = created.body().get("id").asText();
    String area = areaOfTheAdoptedStrategy(Api.as("admin.hassleholm"));
    Answer activity =
        forvaltning.post(
            "plans/" + plan + "/activities",
            Map.of(
                "priorityAreaId", area,
                "title", "Kompetensutveckling för rektorer",
                "owner", "Förvaltningens IT-strateg",
                "startsOn", "2091-08-15",
                "dueOn", "2092-06-10"));
    assertEquals(201, activity.status(), activity.raw());
    long planVersion = forvaltning.get("plans/" + plan).body().get("version").asLong();
    Answer submitted =
        forvaltning.post(
            "plans/" + plan + "/steps", Map.of("step", "SUBMIT", "version", planVersion));
    assertEquals(200, submitted.status(), submitted.raw());
    long version = submitted.body().get("version").asLong();

    // The board may decide on it, so there is a decision to take; the consultant may not.
    assertTrue(
        Fixtures.texts(
                Api.as("politiker.hassleholm").get("plans/" + plan).body().get("allowedSteps"))
            .contains("APPROVE"));
    Answer read = in("hassleholm").get("plans/" + plan);
    assertEquals(200, read.status(), read.raw());
    assertEquals(List.of(), Fixtures.texts(read.body().get("allowedSteps")));
    Answer approve =
        in("hassleholm")
            .post("plans/" + plan + "/steps", Map.of("step", "APPROVE", "version", version));
    assertEquals(403, approve.status(), approve.raw());
    assertEquals(
        "SUBMITTED",
        Api.as("forvaltning.hassleholm").get("plans/" + plan).body().get("status").asText());
  }

  @Test
  void readsOnlyItsOwnSchoolsPlansInTheOtherMunicipality() {
    // A preschool's plan in Hässleholm: the board reads it, a teacher of another school does not.
    Api head = Api.as("forskolechef.hassleholm");
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "LOCAL");
    body.put("schoolYear", "2092/93");
    body.put("unitId", Fixtures.unitOf(Api.as("admin.hassleholm"), "forskolechef.hassleholm"));
    body.put("title", "Förskolans handlingsplan 2092/93");
    body.put("summary", "Digitala verktyg i leken");
    Answer created = head.post("plans", body);
    assertEquals(201, created.status(), created.raw());
    String plan = created.body().get("id").asText();

    assertTrue(ids(Api.as("politiker.hassleholm").get("plans")).contains(plan));
    Set<String> seen = ids(in("hassleholm").get("plans"));
    assertFalse(seen.contains(plan), "a teacher of another unit lists it: " + seen);
    Answer read = in("hassleholm").get("plans/" + plan);
    assertTrue(read.status() == 403 || read.status() == 404, read.raw());
    assertFalse(read.raw().contains("Digitala verktyg"), read.raw());
  }

  /**
   * A priority area of the municipality's adopted strategy, for an activity to serve. Other tests
   * may have adopted one without areas (ConcurrencyIT); then the admin adopts one that has one.
   */
  private static String areaOfTheAdoptedStrategy(Api admin) {
    Answer adopted = admin.get("strategies/adopted");
    if (adopted.status() == 200 && adopted.body().get("areas").size() > 0) {
      return adopted.body().get("areas").get(0).get("id").asText();
    }
    Answer draft =
        admin.post(
            "strategies",
            Map.of(
                "title", "Digitaliseringsstrategi",
                "adoptingBody", "Barn- och utbildningsnämnden",
                "validFrom", "2026-01-01",
                "validTo", "2099-12-31",
                "vision", "Alla elever"));
    assertEquals(201, draft.status(), draft.raw());
    String id = draft.body().get("id").asText();
    Answer area = admin.post("strategies/" + id + "/areas", Map.of("title", "Digital kompetens"));
    assertEquals(201, area.status(), area.raw());
    long version = admin.get("strategies/" + id).body().get("version").asLong();
    Answer adopt =
        admin.post(
            "strategies/" + id + "/adopt",
            Map.of(
                "version", version,
                "adoptedOn", "2026-01-01",
                "adoptingBody", "Barn- och utbildningsnämnden"));
    assertEquals(200, adopt.status(), adopt.raw());
    return area.body().get("id").asText();
  }

  private static Set<String> ids(Answer list) {
    assertEquals(200, list.status(), list.raw());
    Set<String> ids = new HashSet<>();
    JsonNode items = list.body().isArray() ? list.body() : list.body().get("items");
    items.forEach(u -> ids.add(u.get("id").asText()));
    return ids;
  }

  private static String levelName(Api api, String key) {
    for (JsonNode level : api.get("role-hierarchy").body().get("levels")) {
      if (level.get("key").asText().equals(key)) {
        return level.get("name").asText();
      }
    }
    throw new AssertionError("no level " + key);
  }
}
