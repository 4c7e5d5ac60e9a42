package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkedja.web.it.ApiIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * What decides access (the tenant's row, its chain, a person's role assignments, its tree of units)
 * is remembered by the server across requests, and every change to it is seen: by the very next
 * request when made through this server; within milliseconds when made by another server (it
 * announces its commit); within TenantCache.FRESH (2 s) when made around the application, by an
 * operator with psql, which the tests do here by writing the database directly.
 */
class AccessChangesIT {

  @Test
  void aRoleGivenOrEndedInTheDatabaseIsSeenByTheNextRequests() throws SQLException {
    TestSystem.get();
    Api teacher = Api.as("larare.hassleholm");
    assertEquals(List.of("larare"), levels(teacher.get("me")));

    // Another server gives the teacher a second level: this server had remembered the first alone.
    execute(
        "insert into role_assignment (id, tenant_id, username, level_key, valid_from, created_by,"
            + " created_at, version) values (gen_random_uuid(), ?, 'larare.hassleholm', 'it',"
            + " date '2017-01-01', 'other server', current_timestamp, 1)",
        "hassleholm");
    try {
      Answer both = Eventually.answer(() -> teacher.get("me"), a -> levels(a).contains("it"));
      assertEquals(List.of("it", "larare"), levels(both).stream().sorted().toList());
    } finally {
      // ... and takes it back.
      execute(
          "delete from role_assignment where tenant_id = ? and username = 'larare.hassleholm'"
              + " and created_by = 'other server'",
          "hassleholm");
    }
    Answer one = Eventually.answer(() -> teacher.get("me"), a -> levels(a).size() == 1);
    assertEquals(List.of("larare"), levels(one));
  }

  @Test
  void aRoleGivenThroughThisServerCountsAtTheVeryNextRequest() throws SQLException {
    TestSystem.get();
    Api admin = Api.as("admin.botkyrka");
    Api teacher = Api.as("larare.botkyrka");
    assertEquals(List.of("larare"), levels(teacher.get("me")));
    Answer given =
        admin.post(
            "role-assignments",
            Map.of("username", "larare.botkyrka", "level", "admin", "from", "2017-01-01"));
    assertEquals(201, given.status(), given.raw());
    try {
      assertEquals(
          List.of("admin", "larare"),
          levels(teacher.get("me")).stream().sorted().toList(),
          "no wait");
    } finally {
      execute(
          "delete from role_assignment where tenant_id = ? and id = '"
              + given.body().get("id").asText()
              + "'",
          "botkyrka");
    }
    Answer one = Eventually.answer(() -> teacher.get("me"), a -> levels(a).size() == 1);
    assertEquals(List.of("larare"), levels(one));
  }

  @Test
  void aMunicipalitySuspendedInTheDatabaseIsClosedToTheNextRequests() throws SQLException {
    TestSystem.get();
    Api politician = Api.as("politiker.hassleholm");
    assertEquals(200, politician.get("me").status());
    execute("update tenant set status = 'suspended' where id = ?", "hassleholm");
    try {
      assertProblem(
          Eventually.answer(() -> politician.get("units"), a -> a.status() == 403),
          403,
          "core.tenant.suspended");
    } finally {
      execute("update tenant set status = 'active' where id = ?", "hassleholm");
    }
    assertEquals(
        200, Eventually.answer(() -> politician.get("units"), a -> a.status() == 200).status());
  }

  @Test
  void aUnitRenamedIsListedAtOnceThroughThisServerAndWithinFreshWhenRenamedInTheDatabase()
      throws SQLException {
    TestSystem.get();
    Api admin = Api.as("admin.hassleholm");
    JsonNode unit = null;
    for (JsonNode u : admin.get("units?limit=200").body().get("items")) {
      if (u.hasNonNull("parentId")) {
        unit = u;
      }
    }
    String id = unit.get("id").asText();
    String name = unit.get("name").asText();
    Answer renamed =
        admin.put(
            "units/" + id,
            Map.of(
                "name", name + " (omdöpt)",
                "schoolForms", Fixtures.texts(unit.get("schoolForms")),
                "version", unit.get("version").asLong()));
    assertEquals(200, renamed.status(), renamed.raw());
    try {
      assertEquals(name + " (omdöpt)", listedName(admin, id), "no wait");
    } finally {
      try (Connection c = TestSystem.get().superuser().getConnection();
          PreparedStatement s =
              c.prepareStatement("update unit set name = ? where tenant_id = ? and id = ?::uuid")) {
        s.setString(1, name);
        s.setString(2, "hassleholm");
        s.setString(3, id);
        assertEquals(1, s.executeUpdate());
      }
    }
    Eventually.answer(() -> admin.get("units?limit=200"), a -> name.equals(nameIn(a.body(), id)));
    assertEquals(name, listedName(admin, id));
  }

  private static String listedName(Api api, String id) {
    return nameIn(api.get("units?limit=200").body(), id);
  }

  private static String nameIn(JsonNode page, String id) {
    for (JsonNode u : page.get("items")) {
      if (u.get("id").asText().equals(id)) {
        return u.get("name").asText();
      }
    }
    return null;
  }

  private static List<String> levels(Answer me) {
    return me.status() == 200 ? Fixtures.texts(me.body().get("roleLevels")) : List.of();
  }

  private static void execute(String sql, String tenant) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant);
      s.executeUpdate();
    }
  }
}
