package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * An SS 12000 import whose application server is killed (SIGKILL, no shutdown) half-way through its
 * duties, and then started again (same port, database and Keycloak): restarted through the API, the
 * import ends with exactly the records of an uninterrupted run of the same source into the other
 * municipality, none twice and none missing.
 *
 * <p>It restarts the shared system's application server, so it runs after every other test class
 * ({@code @Order}, see {@code junit-platform.properties}), and leaves the server running as it
 * found it.
 */
@Order(Integer.MAX_VALUE)
class ImportKillIT {

  private static final String ADMIN = "admin.botkyrka";
  private static final String OTHER_ADMIN = "admin.hassleholm";

  @Test
  void anImportWhoseServerIsKilledHalfWayEndsWithExactlyTheRecordsOfAnUninterruptedRun()
      throws Exception {
    Ss12000Server.DataSet data = Ss12000Server.DataSet.of(ImportsIT.marker(), 4, 60);
    try (Ss12000Server source = Ss12000Server.start()) {
      source.serve(data);

      // The same source, uninterrupted, into the other municipality.
      Api other = Api.as(OTHER_ADMIN);
      JsonNode baseline =
          ImportsIT.awaitEnd(
              other,
              other
                  .post("imports/remote", Map.of("baseUrl", source.url(), "token", source.token()))
                  .body()
                  .get("id")
                  .asText());
      assertEquals("COMPLETED", baseline.get("status").asText(), baseline.toString());

      // Into Botkyrka, slowly, and the server killed when a part of the duties is committed.
      source.slowDown(500);
      Api admin = Api.as(ADMIN);
      Answer started =
          admin.post("imports/remote", Map.of("baseUrl", source.url(), "token", source.token()));
      assertEquals(202, started.status(), started.raw());
      String id = started.body().get("id").asText();
      JsonNode halfWay = awaitDuties(admin, id, 4 + 60 + 15);
      long killedAt = System.nanoTime();
      TestSystem.get().killAndRestartApplication();
      long restartSeconds = (System.nanoTime() - killedAt) / 1_000_000_000;
      System.out.println(
          "ImportKillIT: killed and restarted the application in " + restartSeconds + " s");

      // The row says it runs, on the dead server, part-way through the duties.
      JsonNode dead = admin.get("imports/" + id).body();
      assertEquals("RUNNING", dead.get("status").asText(), dead.toString());
      assertEquals("duties", dead.get("step").asText(), dead.toString());
      assertTrue(dead.get("read").asLong() >= halfWay.get("read").asLong(), dead.toString());
      assertTrue(dead.get("read").asLong() < 4 + 60 + 60, dead.toString());
      Map<String, Long> before = Fixtures.importedCounts("botkyrka", data.marker());
      assertTrue(before.get("duties") < 60, before.toString());

      // Once nothing has renewed its lease for its length, it is taken over here; the remote
      // token was in the dead server's memory only, so it is given again.
      awaitLeaseExpired(id);
      source.slowDown(0);
      Answer noToken = admin.post("imports/" + id + "/restart", Map.of());
      assertProblem(noToken, 400, "tenant.import.invalid");
      Answer restarted = admin.post("imports/" + id + "/restart", Map.of("token", source.token()));
      assertEquals(202, restarted.status(), restarted.raw());
      JsonNode done = ImportsIT.awaitEnd(admin, id);
      assertEquals("COMPLETED", done.get("status").asText(), done.toString());

      // Exactly the uninterrupted run: every record read once, the same written, nothing skipped.
      assertEquals(4 + 60 + 60, done.get("read").asLong(), done.toString());
      assertEquals(baseline.get("read").asLong(), done.get("read").asLong());
      assertEquals(baseline.get("written").asLong(), done.get("written").asLong());
      assertEquals(0, done.get("skipped").asLong(), done.toString());
      Map<String, Long> botkyrka = Fixtures.importedCounts("botkyrka", data.marker());
      assertEquals(Fixtures.importedCounts("hassleholm", data.marker()), botkyrka);
      assertEquals(
          Map.of("units", 4L, "persons", 60L, "duties", 60L, "roleAssignments", 60L), botkyrka);
      assertEquals(List.of(), duplicates("botkyrka", data.marker()));
    }
  }

  /** Waits until the import is in its duties and has read at least {@code read} records. */
  private static JsonNode awaitDuties(Api api, String id, long read) {
    long until = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < until) {
      JsonNode j = api.get("imports/" + id).body();
      if (j.get("step").asText().equals("duties") && j.get("read").asLong() >= read) {
        return j;
      }
      assertFalse(j.has("finishedAt") && !j.get("finishedAt").isNull(), "ended: " + j);
      ImportsIT.sleep(50);
    }
    throw new AssertionError("import " + id + " never got half-way through its duties");
  }

  /** Waits until the import's heartbeat is older than the lease (10 s in the tests). */
  private static void awaitLeaseExpired(String id) throws SQLException {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      try (Connection c = TestSystem.get().superuser().getConnection();
          PreparedStatement q =
              c.prepareStatement(
                  "select heartbeat_at < now() - interval '10 seconds' from import_job"
                      + " where id = ?::uuid")) {
        q.setString(1, id);
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          if (rs.getBoolean(1)) {
            return;
          }
        }
      }
      ImportsIT.sleep(250);
    }
    throw new AssertionError("the lease of " + id + " never expired");
  }

  /** Any SS 12000 id stored twice, and any role assignment given twice for the same duty. */
  private static List<String> duplicates(String tenant, String marker) throws SQLException {
    String sql =
        "select 'unit ' || external_id from unit where tenant_id = ? and name like ?"
            + " group by external_id having count(*) > 1"
            + " union all select 'person ' || external_id from person"
            + " where tenant_id = ? and family_name like ? group by external_id having count(*) > 1"
            + " union all select 'duty ' || d.external_id from duty d join person p"
            + " on p.tenant_id = d.tenant_id and p.id = d.person_id"
            + " where d.tenant_id = ? and p.family_name like ? group by d.external_id"
            + " having count(*) > 1"
            + " union all select 'assignment ' || a.username || ' ' || a.level_key || ' '"
            + " || a.valid_from from role_assignment a join unit u on u.tenant_id = a.tenant_id"
            + " and u.id = a.unit_id where a.tenant_id = ? and u.name like ?"
            + " group by a.username, a.level_key, a.unit_id, a.valid_from having count(*) > 1";
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < 4; i++) {
        q.setString(2 * i + 1, tenant);
        q.setString(2 * i + 2, marker + "%");
      }
      List<String> found = new java.util.ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
      return found;
    }
  }
}
