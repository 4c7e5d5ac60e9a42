package se.styrkedja.web.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keycloak and the application, started together and stopped together. */
public final class LocalSystem implements AutoCloseable {

  /**
   * Where the application's data lives: PostgreSQL, where the application connects as {@code user}
   * (a role that owns nothing) and migrates as {@code ownerUser} (the schema owner), granting
   * {@code appRole} what it needs. {@code appRole} is null when both are the same role.
   */
  public record Database(
      String url,
      String user,
      String password,
      String ownerUser,
      String ownerPassword,
      String appRole) {

    public static Database postgres(
        String url, String user, String password, String ownerUser, String ownerPassword) {
      return new Database(
          url,
          user,
          password,
          ownerUser,
          ownerPassword,
          ownerUser == null || ownerUser.equals(user) ? null : user);
    }
  }

  /** Everything the system needs to start. */
  public record Options(
      Path root,
      Path workDir,
      int appPort,
      int keycloakPort,
      int keycloakManagementPort,
      Database database, // null when it is given to start(Options, PendingDatabase)
      boolean demo,
      Map<String, String> extraConfig) {}

  private final KeycloakServer keycloak;
  private volatile PayaraServer payara;
  private Options options;
  private Database database;

  private LocalSystem(KeycloakServer keycloak, PayaraServer payara) {
    this.keycloak = keycloak;
    this.payara = payara;
  }

  /** A database that may still be starting: asked for once Keycloak is up. */
  @FunctionalInterface
  public interface PendingDatabase {
    Database await() throws IOException, InterruptedException;
  }

  public static LocalSystem start(Options o) throws IOException, InterruptedException {
    return start(o, o::database);
  }

  /**
   * Starts Keycloak and, once {@code database} is there, the application, without waiting for
   * Keycloak in between: a database starting meanwhile costs no time of its own. {@code
   * o.database()} is not used.
   */
  public static LocalSystem start(Options o, PendingDatabase database)
      throws IOException, InterruptedException {
    String appUrl = "http://localhost:" + o.appPort();
    KeycloakServer keycloak =
        KeycloakServer.start(
            o.root(), o.workDir(), o.keycloakPort(), o.keycloakManagementPort(), appUrl);
    try {
      // Payara needs Keycloak's addresses and the provisioning secret, known before Keycloak is
      // ready (the signing keys are fetched at the first token), so both start at the same time.
      Database db = database.await();
      PayaraServer payara =
          PayaraServer.start(o.root(), o.workDir(), o.appPort(), config(o, db, keycloak));
      try {
        keycloak.awaitReady();
      } catch (IOException | InterruptedException | RuntimeException e) {
        payara.close();
        throw e;
      }
      LocalSystem system = new LocalSystem(keycloak, payara);
      system.options = o;
      system.database = db;
      return system;
    } catch (IOException | InterruptedException | RuntimeException e) {
      keycloak.close();
      throw e;
    }
  }

  private static Map<String, String> config(Options o, Database db, KeycloakServer keycloak) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("styrkedja.db.url", db.url());
    c.put("styrkedja.db.user", db.user());
    c.put("styrkedja.db.password", db.password());
    if (db.ownerUser() != null) {
      c.put("styrkedja.db.owner.user", db.ownerUser());
      c.put("styrkedja.db.owner.password", db.ownerPassword());
    }
    if (db.appRole() != null) {
      c.put("styrkedja.db.app-role", db.appRole());
    }
    c.put("styrkedja.demo", String.valueOf(o.demo()));
    String base = keycloak.url().toString().replaceAll("/$", "");
    String issuer = keycloak.issuer().toString().replaceAll("/$", "");
    c.put("styrkedja.keycloak.url", base);
    c.put("styrkedja.keycloak.realm", KeycloakServer.REALM);
    c.put("styrkedja.keycloak.provisioning.client-id", "styrkedja-provisioning");
    c.put("styrkedja.keycloak.provisioning.secret", keycloak.provisioningSecret());
    c.put("mp.jwt.verify.issuer", issuer);
    c.put("mp.jwt.verify.publickey.location", issuer + "/protocol/openid-connect/certs");
    c.putAll(o.extraConfig());
    return c;
  }

  public URI appUrl() {
    return payara.url();
  }

  public URI keycloakUrl() {
    return keycloak.url();
  }

  public URI issuer() {
    return keycloak.issuer();
  }

  public String keycloakAdminPassword() {
    return keycloak.adminPassword();
  }

  public Path appLog() {
    return payara.process().log();
  }

  public Path keycloakLog() {
    return keycloak.process().log();
  }

  /**
   * Kills the application server's JVM (SIGKILL) and starts it again on the same port, with the
   * same configuration, database and Keycloak, as an operator would bring back a server that died.
   * Its log until the kill is kept beside the new one, as {@code payara-killed.log}.
   */
  public void killAndRestartApplication() throws IOException, InterruptedException {
    payara.kill();
    java.nio.file.Path log = payara.process().log();
    java.nio.file.Files.move(
        log,
        log.resolveSibling("payara-killed.log"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    payara =
        PayaraServer.start(
            options.root(),
            options.workDir(),
            options.appPort(),
            config(options, database, keycloak));
  }

  /** Blocks until either server stops by itself; returns which one and its last log lines. */
  String awaitUnexpectedStop() throws InterruptedException {
    while (true) {
      if (!keycloak.process().isAlive()) {
        return "Keycloak stopped:\n" + keycloak.process().tail(30);
      }
      if (!payara.process().isAlive()) {
        return "Payara Micro stopped:\n" + payara.process().tail(30);
      }
      Thread.sleep(1000);
    }
  }

  @Override
  public void close() {
    try {
      payara.close();
    } finally {
      keycloak.close();
    }
  }
}
