package se.styrkedja.web.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The data source of the persistence unit: PostgreSQL, connected as the application role that owns
 * no table and cannot bypass row-level security. An XA data source, since the SS 12000 import
 * commits its chunks together with the batch job repository. Where it is comes from MicroProfile
 * Config (the embedded PostgreSQL of the launcher, or an external one). Payara resolves these
 * before the application's own {@code microprofile-config.properties} is visible, so they must be
 * given as system properties or environment variables ({@code STYRKEDJA_DB_URL}, ...); the launcher
 * does.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = DataSources.JNDI_NAME,
    className = "org.postgresql.xa.PGXADataSource",
    url = "${MPCONFIG=styrkedja.db.url}",
    user = "${MPCONFIG=styrkedja.db.user}",
    password = "${MPCONFIG=styrkedja.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30)
public class DataSources {

  public static final String JNDI_NAME = "java:app/jdbc/styrkedja";
}
