package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * An installation that onboarded municipalities while roles were realm-wide upgrades without its
 * admins losing access: on a PostgreSQL of its own, the schema as it stood before, a tenant as
 * onboarding left it then, and the migrations after it.
 */
class UpgradeMigrationIT {

  private static final String OWNER = "styrkedja_owner";

  @Test
  void everyOnboardedMunicipalitysFirstAdminKeepsTheAdminRoleThere() throws Exception {
    Path dir =
        Path.of(System.getProperty("styrkedja.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("web/target/it-upgrade/postgres-" + System.nanoTime());
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create role " + OWNER + " login password 'owner'");
        s.execute("create database styrkedja owner " + OWNER);
      }
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/styrkedja";
      flyway(url, lastBefore(flyway(url, MigrationVersion.LATEST), "2026.12.01.0501")).migrate();
      try (Connection c = postgres.getDatabase("postgres", "styrkedja").getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "insert into tenant (id, name, municipality_code, status, created_at, admin_email)"
                + " values ('ystad', 'Ystads kommun', '1286', 'active', now(),"
                + " 'Anna.Berg@Ystad.se'),"
                + " ('solna', 'Solna stad', '0184', 'offboarded', now(), 'old@solna.se'),"
                + " ('lund', 'Lunds kommun', '1281', 'onboarding', now(), 'lena@lund.se')");
        // Lund's admin was already given the role by hand: not given twice.
        s.execute(
            "insert into role_assignment (id, tenant_id, username, level_key, valid_from,"
                + " created_by, created_at, version) values (gen_random_uuid(), 'lund',"
                + " 'lena@lund.se', 'admin', date '2026-01-01', 'admin', now(), 1)");
      }

      flyway(url, MigrationVersion.LATEST).migrate();

      try (Connection c = postgres.getDatabase("postgres", "styrkedja").getConnection()) {
        assertEquals(List.of("anna.berg@ystad.se"), admins(c, "ystad"));
        assertEquals(List.of(), admins(c, "solna"));
        assertEquals(List.of("lena@lund.se"), admins(c, "lund"));
      }
    }
  }

  private static Flyway flyway(String url, MigrationVersion target) {
    return Flyway.configure(UpgradeMigrationIT.class.getClassLoader())
        .dataSource(url, OWNER, "owner")
        .locations("classpath:db/migration")
        .placeholders(java.util.Map.of("appRole", ""))
        .target(target)
        .load();
  }

  /** The newest migration before {@code version}: the schema as it stood before the upgrade. */
  private static MigrationVersion lastBefore(Flyway flyway, String version) {
    MigrationVersion upgrade = MigrationVersion.fromVersion(version);
    MigrationVersion last = null;
    for (var m : flyway.info().all()) {
      if (m.getVersion() != null
          && m.getVersion().compareTo(upgrade) < 0
          && (last == null || m.getVersion().compareTo(last) > 0)) {
        last = m.getVersion();
      }
    }
    return last;
  }

  private static List<String> admins(Connection c, String tenant) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "select username from role_assignment where tenant_id = ? and level_key = 'admin'"
                + " and unit_id is null order by username")) {
      q.setString(1, tenant);
      List<String> names = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      return names;
    }
  }
}
