package se.styrkedja.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import se.styrkedja.core.tenant.TenantId;

/**
 * Brings the schema up to date, as the schema owner (which the application's own database role is
 * not). JPA never generates DDL.
 *
 * <p>Locations: {@code db/migration} of each module (tables, row-level security, grants), and
 * {@code db/demo} when demo data is wanted.
 */
public final class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  /** The demo tenants, whose Keycloak organizations carry the same aliases. */
  public static final List<TenantId> DEMO_TENANTS =
      List.of(new TenantId("botkyrka"), new TenantId("hassleholm"));

  private Migrations() {}

  public static MigrateResult migrate(Config config) {
    String url = config.getValue("styrkedja.db.url", String.class);
    String user = setting(config, "styrkedja.db.owner.user", "styrkedja.db.user").orElse("");
    String password =
        setting(config, "styrkedja.db.owner.password", "styrkedja.db.password").orElse("");
    String appRole = config.getOptionalValue("styrkedja.db.app-role", String.class).orElse("");
    boolean demo = config.getOptionalValue("styrkedja.demo", Boolean.class).orElse(false);
    return migrate(url, user, password, appRole, demo);
  }

  public static MigrateResult migrate(
      String url, String user, String password, String appRole, boolean demo) {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demo) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(url, user, password)
            .locations(locations.toArray(String[]::new))
            .placeholders(Map.of("appRole", appRole))
            // Missing: the demo data's repeatable migration, on a database started once with it.
            // Future: a newer instance has migrated further while this one starts.
            .ignoreMigrationPatterns("*:missing", "*:future")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    return result;
  }

  private static Optional<String> setting(Config config, String name, String fallback) {
    return config
        .getOptionalValue(name, String.class)
        .or(() -> config.getOptionalValue(fallback, String.class));
  }
}
