package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.Fixtures.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * Offboarding on PostgreSQL: the operator downloads everything a municipality owns, then deletes
 * it. Afterwards no row of it is left in any tenant-owned table (read from the catalog, as the
 * superuser, past row-level security), and every other tenant's rows are exactly as before.
 */
class OffboardingIT {

  private static final String SOLNA = "solna";
  private static final String ADMIN_SOLNA = "admin.solna";
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void aMunicipalityWithDataOfItsOwn() throws SQLException {
    TestSystem system = TestSystem.get();
    try (Connection c = system.superuser().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into tenant (id, name, municipality_code, status, created_at)"
                    + " values (?, 'Solna stad', '0184', 'active', current_timestamp)")) {
      insert.setString(1, SOLNA);
      insert.executeUpdate();
    }
    Keycloaks.createMunicipality(SOLNA, "Solna stad", "0184", ADMIN_SOLNA, "admin");

    Api admin = Api.as(ADMIN_SOLNA);
    Answer root =
        admin.post("units", Map.of("type", "ADMINISTRATION", "name", "Utbildningsförvaltningen"));
    assertEquals(201, root.status(), root.raw());
    Map<String, Object> school = new HashMap<>();
    school.put("type", "SCHOOL_UNIT");
    school.put("name", "Tallbackaskolan");
    school.put("parentId", root.body().get("id").asText());
    school.put("schoolUnitCode", "18400001");
    school.put("schoolForms", List.of("GR"));
    Answer created = admin.post("units", school);
    assertEquals(201, created.status(), created.raw());
    Answer note = admin.post("notes", Map.of("title", "Uppstart", "body", "Första mötet"));
    assertEquals(201, note.status(), note.raw());
    Answer strategy =
        admin.post(
            "strategies",
            Map.of(
                "title", "Digital strategi för Solna",
                "adoptingBody", "Barn- och utbildningsnämnden",
                "validFrom", "2026-01-01",
                "validTo", "2029-12-31",
                "vision", "Alla elever"));
    assertEquals(201, strategy.status(), strategy.raw());
  }

  @Test
  void theOperatorExportsEverythingThenDeletesEveryRowAndNothingOfAnyoneElse() throws Exception {
    Api operator = Api.as("operator");

    // Not for the municipality's own admin, and only from a suspended municipality.
    assertEquals(403, Api.as(ADMIN_SOLNA).get("tenants/" + SOLNA + "/export").status());
    assertEquals(
        403,
        Api.as("admin.botkyrka")
            .post("tenants/" + SOLNA + "/offboarding", Map.of("confirmation", SOLNA))
            .status());
    Answer whileActive =
        operator.post("tenants/" + SOLNA + "/offboarding", Map.of("confirmation", SOLNA));
    assertEquals(409, whileActive.status(), whileActive.raw());
    assertEquals("tenant.offboarding.not-suspended", whileActive.body().get("code").asText());

    Answer suspended = operator.post("tenants/" + SOLNA + "/suspend", Map.of());
    assertEquals(200, suspended.status(), suspended.raw());
    Answer beforeExport =
        operator.post("tenants/" + SOLNA + "/offboarding", Map.of("confirmation", SOLNA));
    assertEquals(409, beforeExport.status(), beforeExport.raw());
    assertEquals("tenant.offboarding.not-exported", beforeExport.body().get("code").asText());

    // The archive: one JSON file per tenant-owned table, every row of Solna and nobody else's.
    Map<String, JsonNode> archive = export(SOLNA);
    Map<String, Map<String, Long>> before = rowsPerTenant();
    JsonNode manifest = archive.get("manifest.json");
    assertEquals("styrkedja-tenant-export/1", manifest.get("format").asText());
    assertEquals("Solna stad", manifest.get("tenant").get("name").asText());
    assertEquals("operator", manifest.get("exportedBy").asText());
    for (String table : before.keySet()) {
      JsonNode rows = archive.get("tables/" + table + ".json");
      assertTrue(rows != null && rows.isArray(), "the archive has " + table);
      long solnaRows = before.get(table).getOrDefault(SOLNA, 0L);
      if (!table.equals("audit_event")) { // the export's own audit line came after the archive
        assertEquals(solnaRows, rows.size(), table);
        assertEquals(solnaRows, manifest.get("rows").get(table).asLong(), table);
      }
      for (JsonNode row : rows) {
        assertEquals(SOLNA, row.get("tenant_id").asText(), table);
      }
    }
    assertTrue(
        texts(archive.get("tables/unit.json"), "name").contains("Tallbackaskolan"),
        "the units are in it");
    assertTrue(texts(archive.get("tables/note.json"), "title").contains("Uppstart"));
    assertTrue(
        texts(archive.get("tables/audit_event.json"), "action").size() >= 4,
        "the audit trail is in it");

    // Bad confirmation: 400 naming the field, and nothing is deleted.
    Answer mistyped =
        operator.post("tenants/" + SOLNA + "/offboarding", Map.of("confirmation", "solan"));
    assertEquals(400, mistyped.status(), mistyped.raw());
    assertEquals(List.of("confirmation"), fields(mistyped.body()));
    assertEquals(before, rowsPerTenant(), "nothing changed");

    Answer done = operator.post("tenants/" + SOLNA + "/offboarding", Map.of("confirmation", SOLNA));
    assertEquals(200, done.status(), done.raw());
    assertEquals("offboarded", done.body().get("status").asText());
    long deleted = 0;
    for (JsonNode n : done.body().get("deletedRows")) {
      deleted += n.asLong();
    }
    long had = before.values().stream().mapToLong(t -> t.getOrDefault(SOLNA, 0L)).sum();
    assertEquals(had, deleted, "it says how many rows it deleted");

    Map<String, Map<String, Long>> after = rowsPerTenant();
    for (Map.Entry<String, Map<String, Long>> table : after.entrySet()) {
      assertEquals(0L, table.getValue().getOrDefault(SOLNA, 0L), "no row left in " + table);
      Map<String, Long> othersBefore = new TreeMap<>(before.get(table.getKey()));
      othersBefore.remove(SOLNA);
      assertEquals(othersBefore, table.getValue(), "the others' rows in " + table.getKey());
    }
    assertFalse(after.isEmpty());
    assertEquals("offboarded", status(SOLNA));
    // Its identity is gone from Keycloak too: the organization and its people's accounts.
    assertTrue(Keycloaks.organization(SOLNA).isEmpty(), "the organization is deleted");
    assertTrue(Keycloaks.userByEmail(ADMIN_SOLNA + "@solna.example.se").isEmpty(), "and its admin");

    // Done once: a second offboarding or export finds nothing to do.
    Answer again =
        operator.post("tenants/" + SOLNA + "/offboarding", Map.of("confirmation", SOLNA));
    assertEquals(409, again.status(), again.raw());
    assertEquals("tenant.offboarding.already-offboarded", again.body().get("code").asText());
    assertEquals(409, operator.get("tenants/" + SOLNA + "/export").status());
    assertEquals(404, operator.get("tenants/nowhere/export").status());
  }

  private static Map<String, JsonNode> export(String tenant)
      throws IOException, InterruptedException {
    TestSystem system = TestSystem.get();
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(system.api("tenants/" + tenant + "/export"))
                    .header("Authorization", "Bearer " + system.token("operator"))
                    .header("Accept", "application/zip")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(
        200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElse("").contains("styrkedja-solna-"));
    Map<String, JsonNode> files = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), JSON.readTree(zip.readAllBytes()));
      }
    }
    return files;
  }

  /** Rows per tenant of every table with a tenant_id column, seen past row-level security. */
  private static Map<String, Map<String, Long>> rowsPerTenant() throws SQLException {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    try (Connection c = TestSystem.get().superuser().getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select table_name from information_schema.columns where column_name ="
                      + " 'tenant_id' and table_schema = current_schema()")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        Map<String, Long> perTenant = new TreeMap<>();
        try (ResultSet rs =
            c.createStatement()
                .executeQuery("select tenant_id, count(*) from " + table + " group by tenant_id")) {
          while (rs.next()) {
            perTenant.put(rs.getString(1), rs.getLong(2));
          }
        }
        counts.put(table, perTenant);
      }
    }
    return counts;
  }

  private static String status(String tenant) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement select = c.prepareStatement("select status from tenant where id = ?")) {
      select.setString(1, tenant);
      try (ResultSet rs = select.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  private static List<String> texts(JsonNode rows, String field) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.path(field).asText()));
    return values;
  }
}
