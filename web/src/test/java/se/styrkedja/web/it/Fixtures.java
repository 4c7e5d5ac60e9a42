package se.styrkedja.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

  /** The audit trail of one target, oldest first, read as the application role for the tenant. */
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
}
