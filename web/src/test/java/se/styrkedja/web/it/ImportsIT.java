package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;
import static se.styrkedja.web.it.Fixtures.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * The SS 12000 import through the API on PostgreSQL, as the municipality admin sees it: a
 * multi-file data set with bad records (skipped and reported, the rest imported, a second run
 * writes nothing), people and duties and the role assignments they give, a paged remote API that
 * checks its bearer token, a job broken half-way by the remote and restarted (ending as an
 * uninterrupted run into the other municipality ends), an incremental run with deletions, a job
 * stopped and restarted, and every endpoint blind to the other municipality.
 */
class ImportsIT {

  private static final String ADMIN = "admin.botkyrka";
  private static final String OTHER_ADMIN = "admin.hassleholm";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Ss12000Server remote;

  @BeforeAll
  static void startRemote() throws IOException {
    remote = Ss12000Server.start();
  }

  @AfterAll
  static void stopRemote() {
    if (remote != null) {
      remote.close();
    }
  }

  @Test
  void aDataSetWithBadRecordsImportsTheRestReportsTheBadAndARerunWritesNothing()
      throws IOException {
    String marker = marker();
    String school = uuid();
    String preschool = uuid();
    String department = uuid();
    String codeA = code();
    String codeB = code();
    List<Map<String, Object>> orgs =
        List.of(
            org(school, marker + " skola", codeA, "Skolenhet", List.of("GR")),
            org(preschool, marker + " förskola", codeB, "Skolenhet", List.of("FS")),
            org(department, marker + " IT-avdelning", null, null, null),
            mapOf("id", "org-without-name", "schoolUnitCode", ""),
            org("org-bad-code", marker + " fel", "12ab", "Skolenhet", List.of("GR")));
    String anna = uuid();
    String bo = uuid();
    String cilla = uuid();
    String annaPrincipal = "anna." + marker.toLowerCase() + "@botkyrka.example";
    List<Map<String, Object>> persons =
        List.of(
            person(anna, "Anna", marker + "son", annaPrincipal, "anna@" + marker + ".example"),
            person(bo, "Bo", marker + "berg", "bo." + marker + "@botkyrka.example", null),
            person(cilla, "Cilla", marker + "ström", null, null),
            mapOf("id", "person-without-family-name", "givenName", "Dan"));
    String rektorDuty = uuid();
    List<Map<String, Object>> duties =
        List.of(
            duty(rektorDuty, anna, school, "Rektor", "2025-08-01", null),
            duty(uuid(), bo, preschool, "Förskollärare", "2025-08-01", "2026-06-30"),
            duty(uuid(), cilla, department, "Annan personal", null, null),
            duty("duty-unknown-role", bo, school, "Trollkarl", null, null),
            duty("duty-unknown-person", uuid(), school, "Lärare", null, null),
            duty("duty-ends-before-it-starts", bo, school, "Lärare", "2026-01-01", "2025-01-01"));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("organisations.json", json(Map.of("organisations", orgs)));
    files.put("persons.json", json(Map.of("persons", persons)));
    files.put("duties.json", json(Map.of("duties", duties)));

    Api admin = Api.as(ADMIN);
    Answer started = admin.postBytes("imports", multipart(files), MULTIPART);
    assertEquals(202, started.status(), started.raw());
    String id = started.body().get("id").asText();
    assertEquals(15, started.body().get("total").asLong());
    JsonNode done = awaitEnd(admin, id);
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(15, done.get("read").asLong());
    assertEquals(6, done.get("skipped").asLong());
    // 3 units, 3 persons, 3 duties
    assertEquals(9, done.get("written").asLong());
    assertEquals(100, done.get("percent").asInt());

    Answer csv = admin.get("imports/" + id + "/rejections");
    assertEquals(200, csv.status(), csv.raw());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    List<String> lines = csv.raw().lines().toList();
    // RFC 4180, every cell quoted (core.csv.Csv), the header too.
    assertEquals("\"recordType\",\"id\",\"code\",\"reason\"", lines.get(0));
    assertEquals(7, lines.size(), csv.raw());
    assertTrue(
        csv.raw()
            .contains(
                "\"Organisation\",\"org-without-name\",\"tenant.import.missing\","
                    + "\"displayName is missing\""));
    assertTrue(
        csv.raw()
            .contains(
                "\"Organisation\",\"org-bad-code\",\"tenant.import.malformed\",\"schoolUnitCode"));
    assertTrue(
        csv.raw().contains("\"Person\",\"person-without-family-name\",\"tenant.import.missing\""));
    assertTrue(
        csv.raw().contains("\"Duty\",\"duty-unknown-role\",\"tenant.import.unknown-value\""));
    assertTrue(
        csv.raw()
            .contains(
                "\"Duty\",\"duty-unknown-person\",\"tenant.import.person-missing\",\"person "));
    assertTrue(
        csv.raw()
            .contains(
                "\"Duty\",\"duty-ends-before-it-starts\",\"tenant.import.malformed\",\"endDate"));

    // The people, searched, with their duties at the imported units.
    Answer found = admin.get("people?search=" + marker);
    assertEquals(200, found.status(), found.raw());
    assertEquals(3, found.body().get("total").asInt(), found.raw());
    JsonNode annaView = byExternalId(found.body().get("items"), anna);
    assertEquals("anna@" + marker.toLowerCase() + ".example", annaView.get("email").asText());
    Answer detail = admin.get("people/" + annaView.get("id").asText());
    assertEquals(200, detail.status(), detail.raw());
    JsonNode annasDuty = detail.body().get("duties").get(0);
    assertEquals("Rektor", annasDuty.get("dutyRole").asText());
    assertEquals(marker + " skola", annasDuty.get("unitName").asText());
    assertEquals("rektor", annasDuty.get("level").asText());
    // A teacher reads the people, without their contact details.
    Answer asTeacher = Api.as("larare.botkyrka").get("people?search=" + marker);
    assertEquals(3, asTeacher.body().get("total").asInt(), asTeacher.raw());
    assertFalse(byExternalId(asTeacher.body().get("items"), anna).has("email"));

    // The Rektor duty gave Anna the principal's role at her school unit.
    Answer assignments = admin.get("role-assignments?username=" + annaPrincipal);
    assertEquals(200, assignments.status(), assignments.raw());
    assertEquals(1, assignments.body().get("total").asInt(), assignments.raw());
    JsonNode principal = assignments.body().get("items").get(0);
    assertEquals("rektor", principal.get("level").asText());
    assertEquals(annasDuty.get("unitId").asText(), principal.get("unitId").asText());
    assertEquals("2025-08-01", principal.get("from").asText());

    // The same data set again, as a zip this time: read and skipped again, nothing written.
    Answer again = admin.postBytes("imports", zip(files), "application/zip");
    assertEquals(202, again.status(), again.raw());
    JsonNode rerun = awaitEnd(admin, again.body().get("id").asText());
    assertEquals("COMPLETED", rerun.get("status").asText(), rerun.toString());
    assertEquals(15, rerun.get("read").asLong());
    assertEquals(6, rerun.get("skipped").asLong());
    assertEquals(0, rerun.get("written").asLong());
    assertEquals(3, admin.get("people?search=" + marker).body().get("total").asInt());
    assertEquals(
        1, admin.get("role-assignments?username=" + annaPrincipal).body().get("total").asInt());

    // The import list shows both, newest first.
    JsonNode list = admin.get("imports?limit=2").body();
    assertEquals(again.body().get("id").asText(), list.get("items").get(0).get("id").asText());
    assertEquals(id, list.get("items").get(1).get("id").asText());

    // The other municipality's admin sees none of it; its own people search finds nobody.
    assertNothingVisibleToTheOtherTenant(id, annaView.get("id").asText());
    assertEquals(0, Api.as(OTHER_ADMIN).get("people?search=" + marker).body().get("total").asInt());
  }

  /**
   * A municipality's export in the full SS 12000 v2 shape: every organisation type of the standard,
   * children before their parents, fields the import does not use, and each kind of bad record.
   * Every good record ends in the tree under its parent; a unit whose parent is missing, was
   * rejected or forms a loop goes under the root, reported, and keeps the units and duties under
   * it. The same data set through the paged API (7 a page) builds the same tree in the other
   * municipality.
   */
  @Test
  void everyOrganisationTypeInAnyOrderEndsInTheTreeWithItsDutiesAndTheReportSaysWhatWasLeft()
      throws Exception {
    String m = marker();
    String school = code();
    List<Map<String, Object>> orgs =
        List.of(
            full(m, "skolenhet", "Skolenhet", "rektorsomrade", school, List.of("GR", "FKLASS")),
            full(m, "forskola", "Skolenhet", "skola", code(), List.of("FS")),
            full(m, "skola", "Skola", "rektorsomrade", null, null),
            full(m, "rektorsomrade", "Rektorsområde", "verksamhetsomrade", null, null),
            full(m, "verksamhetsomrade", "Verksamhetsområde", "forvaltning", null, null),
            full(m, "varumarke", "Varumärke", "huvudman", null, null),
            full(m, "bolag", "Bolag", "huvudman", null, null),
            full(m, "ovrigt", "Övrigt", "forvaltning", null, null),
            full(m, "forvaltning", "Förvaltning", "huvudman", null, null),
            full(m, "huvudman", "Huvudman", null, null, null),
            // Bad records, one of each kind.
            without(full(m, "no-name", "Övrigt", "huvudman", null, null), "displayName"),
            full(m, "slott", "Slott", "huvudman", null, null),
            full(m, "under-rejected", "Skolenhet", "slott", code(), List.of("GR")),
            full(m, "orphan", "Skolenhet", "not-in-the-data-set", code(), List.of("GR")),
            full(m, "loop-a", "Övrigt", "loop-b", null, null),
            full(m, "loop-b", "Övrigt", "loop-a", null, null),
            full(m, "bad-code", "Skolenhet", "rektorsomrade", "12ab", List.of("GR")),
            full(m, "code-twice", "Skolenhet", "rektorsomrade", school, List.of("GR")));
    List<Map<String, Object>> persons = new ArrayList<>();
    for (String name : List.of("anna", "bo", "cilla", "dan", "eva")) {
      persons.add(
          person(
              m + "-" + name,
              name,
              m,
              name.equals("cilla") ? null : name + "." + m.toLowerCase() + "@botkyrka.example",
              null));
    }
    persons.add(mapOf("id", m + "-no-family-name", "givenName", "Fia"));
    List<Map<String, Object>> duties =
        List.of(
            duty(m + "-d-anna", m + "-anna", m + "-skolenhet", "Rektor", "2025-08-01", null),
            duty(m + "-d-bo", m + "-bo", m + "-forskola", "Förskollärare", "2025-08-01", null),
            duty(m + "-d-cilla", m + "-cilla", m + "-orphan", "Annan personal", null, null),
            duty(m + "-d-dan", m + "-dan", m + "-under-rejected", "Lärare", "2025-08-01", null),
            duty(m + "-d-eva", m + "-eva", m + "-loop-b", "Lärare", "2025-08-01", null),
            duty(m + "-d-bad-code", m + "-eva", m + "-bad-code", "Lärare", null, null),
            duty(m + "-d-no-person", m + "-no-family-name", m + "-skola", "Lärare", null, null),
            duty(m + "-d-no-unit", m + "-bo", "not-in-the-data-set", "Lärare", null, null));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("organisations.json", json(Map.of("data", orgs, "pageToken", "")));
    files.put("persons.json", json(Map.of("data", persons)));
    files.put("duties.json", json(Map.of("data", duties)));

    Api admin = Api.as(ADMIN);
    Answer started = admin.postBytes("imports", multipart(files), MULTIPART);
    assertEquals(202, started.status(), started.raw());
    String id = started.body().get("id").asText();
    JsonNode done = awaitEnd(admin, id);
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(18 + 6 + 8, done.get("read").asLong(), done.toString());
    // 14 units (10 good, 4 under the root), 5 persons, 5 duties
    assertEquals(14 + 5 + 5, done.get("written").asLong(), done.toString());
    // 4 organisations, 1 person, 3 duties
    assertEquals(4 + 1 + 3, done.get("skipped").asLong(), done.toString());
    // under-rejected, orphan, loop-a: under the root
    assertEquals(3, done.get("noted").asLong(), done.toString());

    Map<String, String> expectedTree = new TreeMap<>();
    expectedTree.put("huvudman", "(root) ADMINISTRATION Huvudman");
    expectedTree.put("forvaltning", "huvudman ADMINISTRATION Förvaltning");
    expectedTree.put("verksamhetsomrade", "forvaltning SCHOOL_FORM_AREA Verksamhetsområde");
    expectedTree.put("rektorsomrade", "verksamhetsomrade SCHOOL_FORM_AREA Rektorsområde");
    expectedTree.put("skola", "rektorsomrade SCHOOL_FORM_AREA Skola");
    expectedTree.put("skolenhet", "rektorsomrade SCHOOL_UNIT Skolenhet");
    expectedTree.put("forskola", "skola PRESCHOOL_UNIT Skolenhet");
    expectedTree.put("varumarke", "huvudman DEPARTMENT Varumärke");
    expectedTree.put("bolag", "huvudman DEPARTMENT Bolag");
    expectedTree.put("ovrigt", "forvaltning DEPARTMENT Övrigt");
    expectedTree.put("under-rejected", "(root) SCHOOL_UNIT Skolenhet");
    expectedTree.put("orphan", "(root) SCHOOL_UNIT Skolenhet");
    expectedTree.put("loop-a", "(root) DEPARTMENT Övrigt");
    expectedTree.put("loop-b", "loop-a DEPARTMENT Övrigt");
    assertEquals(expectedTree, tree("botkyrka", m));
    assertEquals(
        Map.of("units", 14L, "persons", 5L, "duties", 5L, "roleAssignments", 4L),
        Fixtures.importedCounts("botkyrka", m));
    // The API shows what the source calls a unit.
    JsonNode area = admin.get("units/" + unitId("botkyrka", m + "-verksamhetsomrade")).body();
    assertEquals("Verksamhetsområde", area.get("organisationType").asText(), area.toString());
    assertEquals("SCHOOL_FORM_AREA", area.get("type").asText());

    Answer csv = admin.get("imports/" + id + "/rejections");
    assertEquals(200, csv.status(), csv.raw());
    List<String> lines = csv.raw().lines().toList();
    assertEquals("\"recordType\",\"id\",\"code\",\"reason\"", lines.get(0));
    assertEquals(1 + 8 + 3, lines.size(), csv.raw());
    for (String expected :
        List.of(
            line("Organisation", m + "-no-name", "tenant.import.missing", "displayName is missing"),
            line(
                "Organisation",
                m + "-slott",
                "tenant.import.unknown-value",
                "organisationType: unknown type Slott (SS 12000 has Huvudman, Verksamhetsområde,"),
            line(
                "Organisation",
                m + "-under-rejected",
                "tenant.import.parent-not-imported",
                "imported under the root unit '"),
            line(
                "Organisation",
                m + "-orphan",
                "tenant.import.parent-missing",
                "imported under the root unit '"),
            line(
                "Organisation",
                m + "-loop-a",
                "tenant.import.parent-loop",
                "imported under the root unit '"),
            line(
                "Organisation",
                m + "-bad-code",
                "tenant.import.malformed",
                "schoolUnitCode must be 8 digits: 12ab"),
            line(
                "Organisation",
                m + "-code-twice",
                "tenant.import.school-unit-code-taken",
                "school unit code "
                    + school
                    + " belongs to another organisation ("
                    + m
                    + "-skolenhet, the unit '"
                    + m
                    + " skolenhet')"),
            line("Person", m + "-no-family-name", "tenant.import.missing", "familyName is missing"),
            line(
                "Duty",
                m + "-d-bad-code",
                "tenant.import.unit-not-imported",
                "dutyAt " + m + "-bad-code was not imported"),
            line(
                "Duty",
                m + "-d-no-person",
                "tenant.import.person-not-imported",
                "person " + m + "-no-family-name was not imported"),
            line(
                "Duty",
                m + "-d-no-unit",
                "tenant.import.unit-missing",
                "dutyAt not-in-the-data-set is neither in the data set nor in the organisation"))) {
      assertTrue(csv.raw().contains(expected), expected + " in\n" + csv.raw());
    }
    assertTrue(
        csv.raw().contains("parentOrganisation not-in-the-data-set is neither in the data set"),
        csv.raw());

    // The same data set again: nothing written, the same records skipped and noted.
    JsonNode rerun =
        awaitEnd(
            admin,
            admin.postBytes("imports", zip(files), "application/zip").body().get("id").asText());
    assertEquals("COMPLETED", rerun.get("status").asText(), rerun.toString());
    assertEquals(0, rerun.get("written").asLong(), rerun.toString());
    assertEquals(8, rerun.get("skipped").asLong(), rerun.toString());
    assertEquals(3, rerun.get("noted").asLong(), rerun.toString());
    assertEquals(expectedTree, tree("botkyrka", m));

    // Through the paged API, 7 records a page, into the other municipality: the same tree.
    try (Ss12000Server source = Ss12000Server.start()) {
      source.serve(
          new Ss12000Server.DataSet(
              m, orgs, persons, duties, null, Set.of(), List.of(), List.of()));
      Api other = Api.as(OTHER_ADMIN);
      JsonNode paged =
          awaitEnd(
              other,
              other
                  .post("imports/remote", Map.of("baseUrl", source.url(), "token", source.token()))
                  .body()
                  .get("id")
                  .asText());
      assertEquals("COMPLETED", paged.get("status").asText(), paged.toString());
      assertEquals(done.get("written").asLong(), paged.get("written").asLong(), paged.toString());
      assertEquals(done.get("skipped").asLong(), paged.get("skipped").asLong(), paged.toString());
      assertEquals(done.get("noted").asLong(), paged.get("noted").asLong(), paged.toString());
      assertTrue(source.pagesServed() >= 3 + 1 + 2, "paged: " + source.pagesServed());
      assertEquals(expectedTree, tree("hassleholm", m));
      assertEquals(
          Fixtures.importedCounts("botkyrka", m), Fixtures.importedCounts("hassleholm", m));
    }
    assertNothingVisibleToTheOtherTenant(id, null);
  }

  /**
   * An import that creates a unit under a branch being moved at that very moment waits for the
   * move, as a unit created by hand does (the unit feature's tree lock): the new unit ends under
   * the branch's new place, its path agreeing with its parent's.
   */
  @Test
  void aUnitImportedUnderABranchThatIsMovingEndsUnderTheBranchsNewPlace() throws Exception {
    String m = marker();
    Api admin = Api.as(ADMIN);
    Map<String, byte[]> first =
        Map.of(
            "organisations.json",
            json(
                Map.of(
                    "organisations",
                    List.of(
                        full(m, "area", "Verksamhetsområde", null, null, null),
                        full(m, "new-home", "Övrigt", null, null, null)))));
    JsonNode setUp =
        awaitEnd(
            admin,
            admin.postBytes("imports", multipart(first), MULTIPART).body().get("id").asText());
    assertEquals(2, setUp.get("written").asLong(), setUp.toString());
    String area = unitId("botkyrka", m + "-area");
    String home = unitId("botkyrka", m + "-new-home");

    Map<String, byte[]> child =
        Map.of(
            "organisations.json",
            json(
                Map.of(
                    "organisations",
                    List.of(full(m, "school", "Skolenhet", "area", code(), List.of("GR"))))));
    try (Connection c = TestSystem.get().superuser().getConnection()) {
      c.setAutoCommit(false);
      int mover = backendPid(c);
      // The area moves under the new home, as Units.move does it: the tree's lock (the root's
      // row), then the parent and every path of the branch; not yet committed.
      try (PreparedStatement lock =
          c.prepareStatement(
              "select id from unit where tenant_id = 'botkyrka' and parent_id is null for update")) {
        lock.executeQuery().close();
      }
      String oldPath = path(c, area);
      String newPath = path(c, home) + area.replace("-", "") + "/";
      try (PreparedStatement move =
          c.prepareStatement(
              "update unit set parent_id = ?::uuid where tenant_id = 'botkyrka' and id = ?::uuid")) {
        move.setString(1, home);
        move.setString(2, area);
        assertEquals(1, move.executeUpdate());
      }
      try (PreparedStatement paths =
          c.prepareStatement(
              "update unit set path = ? || substring(path from ?), version = version + 1"
                  + " where tenant_id = 'botkyrka' and path >= ? and path < ?")) {
        paths.setString(1, newPath);
        paths.setInt(2, oldPath.length() + 1);
        paths.setString(3, oldPath);
        paths.setString(4, oldPath.substring(0, oldPath.length() - 1) + "0");
        assertEquals(1, paths.executeUpdate());
      }

      String importId =
          admin.postBytes("imports", multipart(child), MULTIPART).body().get("id").asText();
      // The import either waits for the move's lock, or (were it to write past the tree's lock)
      // ends before the move commits.
      long until = System.currentTimeMillis() + 60_000;
      while (!blockedBy(mover) && !ended(admin, importId)) {
        assertTrue(System.currentTimeMillis() < until, "the import neither waited nor ended");
        sleep(100);
      }
      c.commit();
      JsonNode done = awaitEnd(admin, importId);
      assertEquals("COMPLETED", done.get("status").asText(), done.toString());
      assertEquals(1, done.get("written").asLong(), done.toString());
    }
    String school = unitId("botkyrka", m + "-school");
    try (Connection c = TestSystem.get().superuser().getConnection()) {
      assertEquals(path(c, area) + school.replace("-", "") + "/", path(c, school));
    }
    JsonNode under = admin.get("units?under=" + home + "&limit=10").body();
    List<String> ids = new ArrayList<>();
    under.get("items").forEach(u -> ids.add(u.get("id").asText()));
    assertTrue(ids.contains(school), "the new unit is in the new home's subtree: " + under);
    assertEquals(
        admin.get("units/" + area).body().get("depth").asInt() + 1,
        admin.get("units/" + school).body().get("depth").asInt());
  }

  private static boolean ended(Api api, String importId) {
    String status = api.get("imports/" + importId).body().get("status").asText();
    return !status.equals("STARTING") && !status.equals("RUNNING");
  }

  /** Whether some session of the database waits for a lock that the session {@code pid} holds. */
  private static boolean blockedBy(int pid) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
      q.setInt(1, pid);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static int backendPid(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("select pg_backend_pid()");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String path(Connection c, String unitId) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("select path from unit where id = ?::uuid")) {
      q.setString(1, unitId);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next(), unitId);
        return rs.getString(1);
      }
    }
  }

  /** The id of the unit an import brought under this SS 12000 id (as the superuser). */
  private static String unitId(String tenant, String externalId) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q =
            c.prepareStatement("select id from unit where tenant_id = ? and external_id = ?")) {
      q.setString(1, tenant);
      q.setString(2, externalId);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next(), externalId);
        return rs.getString(1);
      }
    }
  }

  /**
   * The units of a data set (names starting with the marker), each as its parent's SS 12000 id
   * without the marker ("(root)" for the municipality's root), its type and its SS 12000 type; and
   * each path must agree with its parent's.
   */
  private static Map<String, String> tree(String tenant, String marker) throws SQLException {
    Map<String, String> tree = new TreeMap<>();
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select u.external_id, p.external_id, p.parent_id is null, u.type,"
                    + " u.organisation_type, u.path = p.path || replace(u.id::text, '-', '') || '/'"
                    + " from unit u join unit p on p.tenant_id = u.tenant_id and p.id = u.parent_id"
                    + " where u.tenant_id = ? and u.name like ?")) {
      q.setString(1, tenant);
      q.setString(2, marker + " %");
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String self = rs.getString(1).substring(marker.length() + 1);
          assertTrue(rs.getBoolean(6), "the path of " + self + " agrees with its parent's");
          String parent =
              rs.getString(2) != null
                  ? rs.getString(2).substring(marker.length() + 1)
                  : rs.getBoolean(3) ? "(root)" : "(a unit made by hand)";
          tree.put(self, parent + " " + rs.getString(4) + " " + rs.getString(5));
        }
      }
    }
    return tree;
  }

  /** A line of the report CSV, up to where its reason begins (and as far as {@code reason}). */
  private static String line(String type, String id, String code, String reason) {
    return "\"" + type + "\",\"" + id + "\",\"" + code + "\",\"" + reason;
  }

  /**
   * An organisation in the full SS 12000 v2 shape, as a municipality's export has it: its id and
   * its parent's are the marker and a name; fields the import does not use are there too.
   */
  static Map<String, Object> full(
      String marker,
      String name,
      String type,
      String parent,
      String code,
      List<String> schoolTypes) {
    Map<String, Object> o =
        mapOf(
            "id",
            marker + "-" + name,
            "displayName",
            marker + " " + name,
            "organisationType",
            type,
            "schoolUnitCode",
            code,
            "schoolTypes",
            schoolTypes,
            "municipalityCode",
            "0127",
            "organisationCode",
            name.toUpperCase(),
            "startDate",
            "2020-07-01",
            "email",
            name + "@botkyrka.example",
            "url",
            "https://botkyrka.example/" + name,
            "meta",
            Map.of("created", "2020-06-01T08:00:00Z", "modified", "2025-06-01T08:00:00Z"));
    if (parent != null) {
      o.put(
          "parentOrganisation",
          Map.of(
              "id",
              parent.equals("not-in-the-data-set") ? parent : marker + "-" + parent,
              "displayName",
              parent));
    }
    return o;
  }

  private static Map<String, Object> without(Map<String, Object> record, String field) {
    Map<String, Object> copy = new LinkedHashMap<>(record);
    copy.remove(field);
    return copy;
  }

  @Test
  void anImportedPersonIsLinkedAtFirstSignInByUsernameOrElseByEmail()
      throws IOException, SQLException {
    // Whether or not these demo users signed in earlier in the run (with no person to link then),
    // the import makes them linkable at their next request.
    assertEquals(200, Api.as("politiker.hassleholm").get("me").status());
    String marker = marker();
    String byUsername = uuid();
    String byEmail = uuid();
    String nobody = uuid();
    Map<String, byte[]> files =
        Map.of(
            "persons.json",
            json(
                Map.of(
                    "persons",
                    List.of(
                        person(byUsername, "Politiker", marker, "politiker.hassleholm", null),
                        person(byEmail, "It", marker, "erik@example.org", "It@Hassleholm.se"),
                        person(nobody, "Ingen", marker, "ingen@example.org", null)))));
    Api admin = Api.as(OTHER_ADMIN);
    Answer started = admin.postBytes("imports", multipart(files), MULTIPART);
    assertEquals(
        "COMPLETED", awaitEnd(admin, started.body().get("id").asText()).get("status").asText());
    JsonNode before = admin.get("people?search=" + marker).body().get("items");
    assertFalse(byExternalId(before, byUsername).get("linked").asBoolean());

    assertEquals(200, Api.as("politiker.hassleholm").get("me").status());
    assertEquals(200, Api.as("it.hassleholm").get("me").status());

    JsonNode after = admin.get("people?search=" + marker).body().get("items");
    assertTrue(byExternalId(after, byUsername).get("linked").asBoolean());
    assertTrue(byExternalId(after, byEmail).get("linked").asBoolean());
    assertFalse(byExternalId(after, nobody).get("linked").asBoolean());
    assertEquals(
        List.of("ss12000.person.created", "person.linked"),
        Fixtures.auditActions("hassleholm", byExternalId(after, byEmail).get("id").asText()));
  }

  @Test
  void aCallerSeenBeforeAnImportOnAnotherServerIsLinkedAtTheNextRequestHere() throws SQLException {
    // The caller has signed in here, and no person was there to link to.
    String username = "forskolechef.hassleholm";
    assertEquals(200, Api.as(username).get("me").status());
    // Another server imports the person: its chunk writes the row; this server is told nothing.
    String personId = uuid();
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into person (id, tenant_id, external_id, given_name, family_name,"
                    + " principal_name, removed, version)"
                    + " values (?::uuid, 'hassleholm', ?, 'Förskolechef', ?, ?, false, 1)")) {
      insert.setString(1, personId);
      insert.setString(2, uuid());
      insert.setString(3, marker());
      insert.setString(4, username);
      assertEquals(1, insert.executeUpdate());
    }
    // While that import runs, this server does not ask again at every request ...
    assertEquals(200, Api.as(username).get("me").status());
    assertEquals(null, linkedUsername(personId));
    // ... but once it has ended there (its end raises the tenant's people version), the caller is
    // linked at the next request here.
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement end =
            c.prepareStatement(
                "update tenant set people_version = people_version + 1 where id = 'hassleholm'")) {
      assertEquals(1, end.executeUpdate());
    }
    Eventually.answer(
        () -> Api.as(username).get("me"),
        a -> {
          try {
            return a.status() == 200 && username.equals(linkedUsername(personId));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    assertEquals(username, linkedUsername(personId));
  }

  private static String linkedUsername(String personId) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q =
            c.prepareStatement("select linked_username from person where id = ?::uuid")) {
      q.setString(1, personId);
      try (var rs = q.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }

  @Test
  void badUploadsAndNonAdminsAreRefusedAndStartNothing() throws IOException {
    Api admin = Api.as(ADMIN);
    long before = admin.get("imports").body().get("total").asLong();

    Map<String, byte[]> broken = new LinkedHashMap<>();
    broken.put("organisations.json", json(Map.of("organisations", List.of())));
    broken.put("persons.json", "this is not JSON".getBytes(StandardCharsets.UTF_8));
    Answer notJson = admin.postBytes("imports", multipart(broken), MULTIPART);
    assertProblem(notJson, 400, "tenant.import.invalid");
    assertEquals(List.of("files"), fields(notJson.body()));
    assertTrue(
        notJson.body().get("errors").get(0).get("message").asText().contains("persons.json"));

    Map<String, byte[]> unrelated = Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    Answer noDataSet = admin.postBytes("imports", multipart(unrelated), MULTIPART);
    assertProblem(noDataSet, 400, "tenant.import.invalid");
    // Each reason has its own code, which the web app words in the user's language.
    assertEquals(
        "tenant.import.no-data-set",
        noDataSet.body().get("errors").get(0).get("code").asText(),
        noDataSet.raw());
    Answer notAZip =
        admin.postBytes(
            "imports", "PK not a zip".getBytes(StandardCharsets.UTF_8), "application/zip");
    assertProblem(notAZip, 400, "tenant.import.invalid");
    assertEquals(
        "tenant.import.not-a-zip", notAZip.body().get("errors").get(0).get("code").asText());

    Answer badRemote = admin.post("imports/remote", Map.of("baseUrl", "", "token", ""));
    assertEquals(400, badRemote.status(), badRemote.raw());
    assertTrue(fields(badRemote.body()).containsAll(List.of("baseUrl", "token")), badRemote.raw());
    Answer ftp =
        admin.post("imports/remote", Map.of("baseUrl", "ftp://example.org/ss12000", "token", "t"));
    assertProblem(ftp, 400, "tenant.import.invalid");
    assertEquals(List.of("baseUrl"), fields(ftp.body()));

    Api rektor = Api.as("rektor.botkyrka");
    assertEquals(403, rektor.get("imports").status());
    Map<String, byte[]> fine = Map.of("persons.json", json(Map.of("persons", List.of())));
    assertEquals(403, rektor.postBytes("imports", multipart(fine), MULTIPART).status());
    assertEquals(
        403,
        rektor
            .post("imports/remote", Map.of("baseUrl", remote.url(), "token", remote.token()))
            .status());

    assertEquals(before, admin.get("imports").body().get("total").asLong());
  }

  @Test
  void aPagedRemoteImportBrokenHalfWayAndRestartedEndsAsAnUninterruptedOne() throws Exception {
    Ss12000Server.DataSet data = Ss12000Server.DataSet.of(marker(), 3, 25);
    remote.serve(data);
    // The third page of persons fails once: persons 0..9 are committed (chunks of 5), 10..14 not.
    remote.failOnce("/persons", 14);

    Api admin = Api.as(ADMIN);
    Answer started =
        admin.post("imports/remote", Map.of("baseUrl", remote.url(), "token", remote.token()));
    assertEquals(202, started.status(), started.raw());
    String id = started.body().get("id").asText();
    JsonNode broken = awaitEnd(admin, id);
    assertEquals("FAILED", broken.get("status").asText(), broken.toString());
    assertTrue(broken.get("message").asText().contains("500"), broken.toString());
    assertEquals("persons", broken.get("step").asText());
    assertEquals(3 + 10, broken.get("read").asLong(), broken.toString());
    assertEquals(10, admin.get("people?search=" + data.marker()).body().get("total").asInt());

    Answer restarted = admin.post("imports/" + id + "/restart", Map.of());
    assertEquals(202, restarted.status(), restarted.raw());
    JsonNode botkyrka = awaitEnd(admin, id);
    assertEquals("COMPLETED", botkyrka.get("status").asText(), botkyrka.toString());

    // The same source, uninterrupted, into the other municipality.
    Api other = Api.as(OTHER_ADMIN);
    Answer baseline =
        other.post("imports/remote", Map.of("baseUrl", remote.url(), "token", remote.token()));
    JsonNode hassleholm = awaitEnd(other, baseline.body().get("id").asText());
    assertEquals("COMPLETED", hassleholm.get("status").asText(), hassleholm.toString());

    assertEquals(3 + 25 + 25, botkyrka.get("read").asLong(), botkyrka.toString());
    assertEquals(hassleholm.get("read").asLong(), botkyrka.get("read").asLong());
    assertEquals(hassleholm.get("written").asLong(), botkyrka.get("written").asLong());
    assertEquals(0, botkyrka.get("skipped").asLong());
    assertEquals(peopleAndDuties(other, data.marker()), peopleAndDuties(admin, data.marker()));
    assertEquals(25, peopleAndDuties(admin, data.marker()).size());

    // Every page was asked for with the token; a wrong token fails the import, saying why.
    assertEquals(0, remote.refusedRequests());
    Answer wrong =
        admin.post("imports/remote", Map.of("baseUrl", remote.url(), "token", "not-the-token"));
    JsonNode refused = awaitEnd(admin, wrong.body().get("id").asText());
    assertEquals("FAILED", refused.get("status").asText());
    assertTrue(refused.get("message").asText().contains("401"), refused.toString());
    assertTrue(remote.refusedRequests() > 0);
    assertTrue(remote.pagesServed() > 6, "paged: " + remote.pagesServed());

    // Incremental: one person renamed since, one person and one duty deleted at the source.
    String since = remote.now();
    String renamed = data.personId(3);
    String gone = data.personId(4);
    String goneDuty = data.dutyId(5);
    remote.serve(data.renamed(3, "Omdöpt").modifiedSince(since, renamed).deleting(gone, goneDuty));
    Answer incremental =
        admin.post(
            "imports/remote",
            Map.of("baseUrl", remote.url(), "token", remote.token(), "modifiedAfter", since));
    JsonNode delta = awaitEnd(admin, incremental.body().get("id").asText());
    assertEquals("COMPLETED", delta.get("status").asText(), delta.toString());
    // read: the one modified person and the two deletions; written: the rename, two removals
    assertEquals(3, delta.get("read").asLong(), delta.toString());
    assertEquals(3, delta.get("written").asLong(), delta.toString());
    Map<String, String> after = peopleAndDuties(admin, data.marker());
    assertEquals(24, after.size());
    assertFalse(after.containsKey(gone));
    assertTrue(after.get(renamed).startsWith("Omdöpt "), after.get(renamed));
    assertTrue(after.get(data.personId(5)).endsWith("[]"), after.get(data.personId(5)));

    assertNothingVisibleToTheOtherTenant(id, null);
  }

  @Test
  void aStoppedImportRestartsWhereItStopped() throws Exception {
    Ss12000Server.DataSet data = Ss12000Server.DataSet.of(marker(), 2, 40);
    Ss12000Server slow = Ss12000Server.start();
    try {
      slow.serve(data);
      slow.slowDown(400);
      Api admin = Api.as(ADMIN);
      Answer started =
          admin.post("imports/remote", Map.of("baseUrl", slow.url(), "token", slow.token()));
      String id = started.body().get("id").asText();
      awaitStep(admin, id, "persons");
      Answer stop = admin.post("imports/" + id + "/stop", Map.of());
      assertEquals(202, stop.status(), stop.raw());
      JsonNode stopped = awaitEnd(admin, id);
      assertEquals("STOPPED", stopped.get("status").asText(), stopped.toString());
      long readWhenStopped = stopped.get("read").asLong();
      assertTrue(readWhenStopped < 2 + 40 + 40, stopped.toString());
      assertProblem(admin.post("imports/" + id + "/stop", Map.of()), 409, "tenant.import.conflict");

      // As if the server had died while the job ran: the row still says RUNNING, but no
      // execution runs it. Stopping it makes no sense; restarting it goes on where it stood.
      markRunning(id);
      assertEquals("RUNNING", admin.get("imports/" + id).body().get("status").asText());
      assertProblem(admin.post("imports/" + id + "/stop", Map.of()), 409, "tenant.import.conflict");

      slow.slowDown(0);
      assertEquals(202, admin.post("imports/" + id + "/restart", Map.of()).status());
      JsonNode done = awaitEnd(admin, id);
      assertEquals("COMPLETED", done.get("status").asText(), done.toString());
      assertEquals(2 + 40 + 40, done.get("read").asLong(), done.toString());
      assertEquals(40, peopleAndDuties(admin, data.marker()).size());
      assertProblem(
          admin.post("imports/" + id + "/restart", Map.of()), 409, "tenant.import.conflict");
    } finally {
      slow.close();
    }
  }

  @Test
  void aRestartWhileAnotherServerHoldsTheLeaseStartsNothingAndOnceItExpiredTakesTheImportOver()
      throws Exception {
    Ss12000Server.DataSet data = Ss12000Server.DataSet.of(marker(), 2, 30);
    Ss12000Server slow = Ss12000Server.start();
    try {
      slow.serve(data);
      slow.slowDown(400);
      Api admin = Api.as(ADMIN);
      Answer started =
          admin.post("imports/remote", Map.of("baseUrl", slow.url(), "token", slow.token()));
      String id = started.body().get("id").asText();
      awaitStep(admin, id, "persons");

      // A stop asked of another server is only recorded in the row: this server's job sees it at
      // its next chunk and stops, though nobody asked this server.
      requestStopInTheDatabase(id);
      JsonNode stopped = awaitEnd(admin, id);
      assertEquals("STOPPED", stopped.get("status").asText(), stopped.toString());
      long readWhenStopped = stopped.get("read").asLong();
      assertTrue(readWhenStopped < 2 + 30 + 30, stopped.toString());

      // Another server has restarted it and runs it: its lease is fresh. A restart sent here
      // starts nothing.
      leaseToAnotherServer(id, "server-b/4711/feedbeef", "now()");
      Answer twice = admin.post("imports/" + id + "/restart", Map.of());
      assertProblem(twice, 409, "tenant.import.running");
      assertTrue(
          twice.body().get("detail").asText().contains("server-b/4711/feedbeef"), twice.raw());
      sleep(1500);
      JsonNode untouched = admin.get("imports/" + id).body();
      assertEquals("RUNNING", untouched.get("status").asText(), untouched.toString());
      assertEquals("server-b/4711/feedbeef", untouched.get("runningOn").asText());
      assertEquals(readWhenStopped, untouched.get("read").asLong(), untouched.toString());
      // A stop sent here is recorded for the server that runs it.
      Answer stop = admin.post("imports/" + id + "/stop", Map.of());
      assertEquals(202, stop.status(), stop.raw());
      assertTrue(stop.body().get("stopRequested").asBoolean(), stop.raw());

      // That server died: nothing renewed its lease since. The restart takes the import over and
      // goes on from the stored position, to the same end as an uninterrupted run.
      leaseToAnotherServer(id, "server-b/4711/feedbeef", "now() - interval '11 seconds'");
      slow.slowDown(0);
      Answer takenOver = admin.post("imports/" + id + "/restart", Map.of());
      assertEquals(202, takenOver.status(), takenOver.raw());
      assertFalse(
          takenOver.body().get("runningOn").asText().equals("server-b/4711/feedbeef"),
          takenOver.raw());
      JsonNode done = awaitEnd(admin, id);
      assertEquals("COMPLETED", done.get("status").asText(), done.toString());
      assertEquals(2 + 30 + 30, done.get("read").asLong(), done.toString());
      assertEquals(30, peopleAndDuties(admin, data.marker()).size());
      assertFalse(done.hasNonNull("runningOn"), done.toString());
    } finally {
      slow.close();
    }
  }

  @Test
  void aRunWhoseImportAnotherServerTookOverWritesNothingMore() throws Exception {
    Ss12000Server.DataSet data = Ss12000Server.DataSet.of(marker(), 2, 30);
    Ss12000Server slow = Ss12000Server.start();
    try {
      slow.serve(data);
      slow.slowDown(400);
      Api admin = Api.as(ADMIN);
      Answer started =
          admin.post("imports/remote", Map.of("baseUrl", slow.url(), "token", slow.token()));
      String id = started.body().get("id").asText();
      awaitStep(admin, id, "persons");

      // This server was thought dead (silent past its lease) and another took the import over.
      leaseToAnotherServer(id, "server-c/1/cafebabe", "now()");
      sleep(1500);
      long read = admin.get("imports/" + id).body().get("read").asLong();
      sleep(3000);
      JsonNode later = admin.get("imports/" + id).body();
      assertEquals(read, later.get("read").asLong(), later.toString());
      assertEquals("RUNNING", later.get("status").asText(), later.toString());
      assertEquals("server-c/1/cafebabe", later.get("runningOn").asText(), later.toString());

      leaseToAnotherServer(id, "server-c/1/cafebabe", "now() - interval '1 hour'");
      slow.slowDown(0);
      assertEquals(202, admin.post("imports/" + id + "/restart", Map.of()).status());
      JsonNode done = awaitEnd(admin, id);
      assertEquals("COMPLETED", done.get("status").asText(), done.toString());
      assertEquals(2 + 30 + 30, done.get("read").asLong(), done.toString());
      assertEquals(30, peopleAndDuties(admin, data.marker()).size());
    } finally {
      slow.close();
    }
  }

  /**
   * A chunk whose import row changed under it (another writer) fails on the row's version and is
   * retried by the batch runtime, in each step: the import still reads and writes every record
   * exactly once, and moves from step to step.
   */
  @Test
  void chunksRetriedAfterTheirRowChangedUnderThemLoseNoRecordAndMissNoStep() throws Exception {
    Ss12000Server.DataSet data = Ss12000Server.DataSet.of(marker(), 3, 120);
    try (Ss12000Server slow = Ss12000Server.start()) {
      slow.serve(data);
      slow.slowDown(60);
      Api admin = Api.as(ADMIN);
      String id =
          admin
              .post("imports/remote", Map.of("baseUrl", slow.url(), "token", slow.token()))
              .body()
              .get("id")
              .asText();
      for (long read : List.of(3L + 20, 3L + 70, 3L + 120 + 20, 3L + 120 + 70)) {
        awaitRead(admin, id, read);
        changeTheRowUnderItsChunk(id);
      }
      slow.slowDown(0);
      JsonNode done = awaitEnd(admin, id);
      assertEquals("COMPLETED", done.get("status").asText(), done.toString());
      assertEquals(3 + 120 + 120, done.get("read").asLong(), done.toString());
      assertEquals(3 + 120 + 120, done.get("written").asLong(), done.toString());
      assertEquals(0, done.get("skipped").asLong(), done.toString());
      Map<String, String> people = peopleAndDuties(admin, data.marker());
      assertEquals(120, people.size());
      assertTrue(
          people.values().stream().noneMatch(p -> p.endsWith("[]")),
          "each has its duty: " + people);
    }
  }

  /**
   * The heartbeat of a running import leaves its row's version as it is: a chunk that read the row
   * before a beat still commits (it would otherwise fail and be retried at every beat).
   */
  @Test
  void aHeartbeatLeavesTheImportRowsVersionAsItIs() throws Exception {
    Ss12000Server.DataSet data = Ss12000Server.DataSet.of(marker(), 1, 1);
    try (Ss12000Server slow = Ss12000Server.start()) {
      slow.serve(data);
      // The first page takes 7 s: meanwhile nothing but the beat (every 2.5 s) writes the row.
      slow.slowDown(7000);
      Api admin = Api.as(ADMIN);
      String id =
          admin
              .post("imports/remote", Map.of("baseUrl", slow.url(), "token", slow.token()))
              .body()
              .get("id")
              .asText();
      Map<String, Long> versionAtBeat = new LinkedHashMap<>();
      long until = System.currentTimeMillis() + 6500;
      while (System.currentTimeMillis() < until) {
        try (Connection c = TestSystem.get().superuser().getConnection();
            PreparedStatement q =
                c.prepareStatement(
                    "select heartbeat_at::text, version from import_job where id = ?::uuid")) {
          q.setString(1, id);
          try (ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            versionAtBeat.putIfAbsent(rs.getString(1), rs.getLong(2));
          }
        }
        sleep(100);
      }
      slow.slowDown(0);
      assertTrue(versionAtBeat.size() >= 3, "beats seen: " + versionAtBeat);
      List<Long> versions = new ArrayList<>(versionAtBeat.values());
      // The first heartbeat is the run's start, which writes the row as such.
      assertEquals(
          1, Set.copyOf(versions.subList(1, versions.size())).size(), versionAtBeat.toString());
      assertEquals("COMPLETED", awaitEnd(admin, id).get("status").asText());
    }
  }

  private static void awaitRead(Api api, String id, long read) {
    long until = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < until) {
      JsonNode j = api.get("imports/" + id).body();
      if (j.get("read").asLong() >= read) {
        return;
      }
      assertFalse(j.hasNonNull("finishedAt"), "ended before reading " + read + ": " + j);
      sleep(20);
    }
    throw new AssertionError("import " + id + " never read " + read);
  }

  /**
   * Changes the import's row as another writer would, while its chunk is under way: the chunk read
   * the row before and writes it after, on a version that no longer holds.
   */
  private static void changeTheRowUnderItsChunk(String importId) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement bump =
          c.prepareStatement("update import_job set version = version + 1 where id = ?::uuid")) {
        bump.setString(1, importId);
        assertEquals(1, bump.executeUpdate());
      }
      // Holding the row, so that the running chunk reaches its write and waits for it.
      sleep(300);
      c.commit();
    }
  }

  /** Writes the import's row as another server's running lease, heard from at {@code at} (SQL). */
  private static void leaseToAnotherServer(String importId, String node, String at)
      throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update import_job set status = 'RUNNING', running_on = ?, run_id = ?,"
                    + " execution_id = 999999, finished_at = null, stop_requested = false,"
                    + " heartbeat_at = "
                    + at
                    + " where id = ?::uuid")) {
      update.setString(1, node);
      update.setString(2, UUID.randomUUID().toString());
      update.setString(3, importId);
      assertEquals(1, update.executeUpdate());
    }
  }

  /** Records a stop as another server's request would, without telling this server. */
  private static void requestStopInTheDatabase(String importId) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement update =
            c.prepareStatement("update import_job set stop_requested = true where id = ?::uuid")) {
      update.setString(1, importId);
      assertEquals(1, update.executeUpdate());
    }
  }

  /** Sets the import's row to RUNNING behind the application's back (as the superuser). */
  private static void markRunning(String importId) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement update =
            c.prepareStatement("update import_job set status = 'RUNNING' where id = ?::uuid")) {
      update.setString(1, importId);
      assertEquals(1, update.executeUpdate());
    }
  }

  // --- the other tenant ---------------------------------------------------------------------

  private static void assertNothingVisibleToTheOtherTenant(String importId, String personId) {
    Api other = Api.as(OTHER_ADMIN);
    assertProblem(other.get("imports/" + importId), 404, "tenant.import.not-found");
    assertProblem(other.get("imports/" + importId + "/rejections"), 404, "tenant.import.not-found");
    assertProblem(
        other.post("imports/" + importId + "/restart", Map.of()), 404, "tenant.import.not-found");
    assertProblem(
        other.post("imports/" + importId + "/stop", Map.of()), 404, "tenant.import.not-found");
    for (JsonNode item : other.get("imports?limit=500").body().get("items")) {
      assertFalse(item.get("id").asText().equals(importId));
    }
    if (personId != null) {
      assertProblem(other.get("people/" + personId), 404, "tenant.person.not-found");
    }
  }

  // --- reading back -------------------------------------------------------------------------

  /** Each imported person (by SS 12000 id): name and duties (role at unit), sorted. */
  private static Map<String, String> peopleAndDuties(Api api, String marker) {
    Map<String, String> out = new TreeMap<>();
    JsonNode page = api.get("people?limit=500&search=" + marker).body();
    for (JsonNode p : page.get("items")) {
      JsonNode detail = api.get("people/" + p.get("id").asText()).body();
      List<String> duties = new ArrayList<>();
      for (JsonNode d : detail.get("duties")) {
        duties.add(
            d.get("externalId").asText()
                + " "
                + d.get("dutyRole").asText()
                + "@"
                + d.get("unitName").asText()
                + " "
                + d.get("startDate").asText());
      }
      duties.sort(String::compareTo);
      out.put(
          p.get("externalId").asText(),
          p.get("givenName").asText() + " " + p.get("familyName").asText() + " " + duties);
    }
    return out;
  }

  static JsonNode awaitEnd(Api api, String id) {
    long until = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < until) {
      Answer a = api.get("imports/" + id);
      assertEquals(200, a.status(), a.raw());
      String status = a.body().get("status").asText();
      if (!status.equals("STARTING") && !status.equals("RUNNING")) {
        return a.body();
      }
      sleep(250);
    }
    throw new AssertionError("import " + id + " did not end");
  }

  private static void awaitStep(Api api, String id, String step) {
    long until = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < until) {
      JsonNode j = api.get("imports/" + id).body();
      if (j.get("step").asText().equals(step) && j.get("read").asLong() > 2) {
        return;
      }
      assertFalse(j.has("finishedAt"), "ended before " + step + ": " + j);
      sleep(100);
    }
    throw new AssertionError("import " + id + " never reached " + step);
  }

  private static JsonNode byExternalId(JsonNode items, String externalId) {
    for (JsonNode n : items) {
      if (n.get("externalId").asText().equals(externalId)) {
        return n;
      }
    }
    throw new AssertionError(externalId + " not in " + items);
  }

  // --- building data sets -------------------------------------------------------------------

  static final String BOUNDARY = "styrkedja-test-boundary";
  static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  static byte[] multipart(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      out.write(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                  + f.getKey()
                  + "\"\r\nContent-Type: application/json\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(f.getValue());
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static byte[] zip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry("export/" + f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] json(Object value) throws IOException {
    return JSON.writeValueAsBytes(value);
  }

  static Map<String, Object> org(
      String id, String name, String code, String type, List<String> schoolTypes) {
    Map<String, Object> o = mapOf("id", id, "displayName", name, "schoolUnitCode", code);
    if (type != null) {
      o.put("organisationType", type);
    }
    if (schoolTypes != null) {
      o.put("schoolTypes", schoolTypes);
    }
    return o;
  }

  static Map<String, Object> person(
      String id, String given, String family, String principal, String email) {
    Map<String, Object> p =
        mapOf(
            "id",
            id,
            "givenName",
            given,
            "familyName",
            family,
            "civicNo",
            Map.of("value", "200001012384"));
    p.put("eduPersonPrincipalNames", principal == null ? List.of() : List.of(principal));
    if (email != null) {
      p.put("emails", List.of(Map.of("value", email, "type", "Skola personal")));
    }
    return p;
  }

  static Map<String, Object> duty(
      String id, String person, String unit, String role, String start, String end) {
    Map<String, Object> d =
        mapOf(
            "id",
            id,
            "person",
            Map.of("id", person),
            "dutyAt",
            Map.of("id", unit),
            "dutyRole",
            role);
    if (start != null) {
      d.put("startDate", start);
    }
    if (end != null) {
      d.put("endDate", end);
    }
    return d;
  }

  static Map<String, Object> mapOf(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** A name no other test run has used, so searches find only this test's people. */
  static String marker() {
    return "Imp" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  /** A school unit code (8 digits) no demo unit or other run has. */
  static String code() {
    return "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
