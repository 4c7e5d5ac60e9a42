package se.styrkedja.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.styrkedja.core.time.Clocks;

/** What the API tests read back: JSON lists, problem fields, the audit trail. */
final class Fixtures {

  /** One line of the audit trail. */
  record AuditLine(String action, String actor) {}

  private Fixtures() {}

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The {@code field} of each {@code errors[]} entry of a problem document. */
  static List<String> fields(JsonNode problem) {
    List<String> out = new ArrayList<>();
    problem.get("errors").forEach(n -> out.add(n.get("field").asText()));
    return out;
  }

  /** Today in Sweden, as the server's clock has it: the day the demo data is seeded "as of". */
  static LocalDate today() {
    return LocalDate.now(Clocks.SWEDEN);
  }

  /** The school year of today ("2026/27" from 1 July 2026), the one the demo data is in. */
  static String currentSchoolYear() {
    LocalDate today = today();
    int first = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    return first + "/" + String.format("%02d", (first + 1) % 100);
  }

  /** The audit trail of one target, oldest first, read as the application role for the tenant. */
  /** The unit of a person's first role assignment, as the municipality's admin reads it. */
  static String unitOf(Api admin, String username) {
    return admin
        .get("role-assignments?username=" + username)
        .body()
        .get("items")
        .get(0)
        .get("unitId")
        .asText();
  }

  /**
   * Stores a tenant-wide role assignment from 2017 on, as the municipality's admin (or onboarding,
   * for the first admin) would: for municipalities the tests make by hand.
   */
  static void assignTenantWide(String tenant, String username, String level) {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into role_assignment (id, tenant_id, username, level_key, valid_from,"
                    + " created_by, created_at, version)"
                    + " values (gen_random_uuid(), ?, ?, ?, date '2017-01-01', 'test',"
                    + " current_timestamp, 1)")) {
      insert.setString(1, tenant);
      insert.setString(2, username);
      insert.setString(3, level);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not assign " + level + " to " + username, e);
    }
  }

  /** The levels a person holds tenant-wide in a tenant, as stored. */
  static List<String> tenantWideLevels(String tenant, String username) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select level_key from role_assignment where tenant_id = ? and username = ?"
                    + " and unit_id is null order by level_key")) {
      q.setString(1, tenant);
      q.setString(2, username);
      List<String> levels = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          levels.add(rs.getString(1));
        }
      }
      return levels;
    }
  }

  static List<AuditLine> auditTrail(String tenant, String targetId) throws SQLException {
    try (Connection c = TestSystem.get().asApplicationRole().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement bind = c.prepareStatement("select set_config(?, ?, true)")) {
        bind.setString(1, "styrkedja.tenant_id");
        bind.setString(2, tenant);
        bind.execute();
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "select action, actor from audit_event where target_id = ? order by occurred_at")) {
        q.setString(1, targetId);
        List<AuditLine> lines = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            lines.add(new AuditLine(rs.getString(1), rs.getString(2)));
          }
        }
        c.commit();
        return lines;
      }
    }
  }

  static List<String> auditActions(String tenant, String targetId) throws SQLException {
    return auditTrail(tenant, targetId).stream().map(AuditLine::action).toList();
  }

  /**
   * What an SS 12000 data set brought into the tenant, counted in the database (as the superuser):
   * the units, persons, duties and role assignments whose names begin with the data set's marker.
   */
  static Map<String, Long> importedCounts(String tenant, String marker) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    counts.put(
        "units",
        count("select count(*) from unit where tenant_id = ? and name like ?", tenant, marker));
    counts.put(
        "persons",
        count(
            "select count(*) from person where tenant_id = ? and family_name like ?",
            tenant,
            marker));
    counts.put(
        "duties",
        count(
            "select count(*) from duty d join person p on p.tenant_id = d.tenant_id"
                + " and p.id = d.person_id where d.tenant_id = ? and p.family_name like ?",
            tenant,
            marker));
    counts.put(
        "roleAssignments",
        count(
            "select count(*) from role_assignment a join unit u on u.tenant_id = a.tenant_id"
                + " and u.id = a.unit_id where a.tenant_id = ? and u.name like ?",
            tenant,
            marker));
    return counts;
  }

  private static long count(String sql, String tenant, String marker) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, tenant);
      q.setString(2, marker + "%");
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
