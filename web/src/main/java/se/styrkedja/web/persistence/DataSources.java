package se.styrkedja.web.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The data source of the persistence unit. Everything comes from MicroProfile Config, so the same
 * WAR runs on embedded H2 (the demo) and on PostgreSQL, where it connects as the application role
 * that owns no table and cannot bypass row-level security. Payara resolves these before the
 * application's own {@code microprofile-config.properties} is visible, so they must be given as
 * system properties or environment variables ({@code STYRKEDJA_DB_URL}, ...); the launcher does.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = DataSources.JNDI_NAME,
    className = "${MPCONFIG=styrkedja.db.datasource-class}",
    url = "${MPCONFIG=styrkedja.db.url}",
    user = "${MPCONFIG=styrkedja.db.user}",
    password = "${MPCONFIG=styrkedja.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30)
public class DataSources {

  public static final String JNDI_NAME = "java:app/jdbc/styrkedja";
}
