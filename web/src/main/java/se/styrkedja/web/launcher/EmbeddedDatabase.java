package se.styrkedja.web.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL (io.zonky, binaries from Maven Central) set up as production is: a
 * database owned by the schema owner, which Flyway migrates as, and an application role that owns
 * nothing and cannot bypass row-level security, which the application connects as. Prepared
 * transactions are on, since the SS 12000 import commits the batch job repository and the
 * application's data in one XA transaction.
 *
 * <p>{@code ./styrkedja run} keeps its data directory between runs (the second start neither runs
 * initdb nor loses what was written); the integration tests start from an empty one each time.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String OWNER = "styrkedja_owner";
  public static final String APP = "styrkedja_app";
  public static final String DATABASE = "styrkedja";

  /** Started and not yet stopped, so that Ctrl-C in the middle of a start leaves none running. */
  private static final Set<EmbeddedDatabase> LIVE = ConcurrentHashMap.newKeySet();

  private static final Set<Path> STARTING = ConcurrentHashMap.newKeySet();

  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final String ownerPassword;
  private final String appPassword;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres, Path dataDir, String ownerPassword, String appPassword) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.ownerPassword = ownerPassword;
    this.appPassword = appPassword;
  }

  /**
   * Starts PostgreSQL on {@code dataDir} (created by initdb if it holds no cluster yet, emptied
   * first if {@code fresh}), its log in {@code log}, and makes sure the roles and the database are
   * there. Passwords are new at every start.
   */
  public static EmbeddedDatabase start(Path dataDir, Path log, boolean fresh) throws IOException {
    dataDir = dataDir.toAbsolutePath().normalize();
    if (fresh || !Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
      // No cluster, or one whose initdb was interrupted: initdb wants an empty directory.
      KeycloakServer.deleteTree(dataDir);
    } else {
      clearStalePostmaster(dataDir);
    }
    Files.createDirectories(dataDir.getParent());
    Files.createDirectories(log.getParent());
    EmbeddedPostgres postgres;
    STARTING.add(dataDir);
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(fresh)
              // Stopped by close(), after the application that uses it, not by a hook of its own.
              .setRegisterShutdownHook(false)
              .setServerConfig("max_prepared_transactions", "50")
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setPGStartupWait(Duration.ofMinutes(1))
              .start();
    } catch (IllegalStateException e) {
      if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
        throw new IOException(
            "the database in " + dataDir + " is in use by another run of Styrkedja", e);
      }
      throw new IOException("PostgreSQL did not start (see " + log + "): " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IOException("PostgreSQL did not start (see " + log + "): " + e.getMessage(), e);
    } finally {
      STARTING.remove(dataDir);
    }
    EmbeddedDatabase db = new EmbeddedDatabase(postgres, dataDir, secret(), secret());
    LIVE.add(db);
    try {
      db.setUp();
    } catch (SQLException e) {
      db.close();
      throw new IOException("could not set up the database roles: " + e.getMessage(), e);
    }
    return db;
  }

  /**
   * A run that was killed (not stopped) leaves {@code postmaster.pid} behind, and perhaps its
   * postmaster still running, which nothing will use again: the lock of the data directory (taken
   * by zonky) is gone with the process that held it. An orphaned postmaster is stopped; a pid file
   * whose process is not a postgres any more is removed, since PostgreSQL would refuse to start
   * when its number now belongs to another process.
   */
  private static void clearStalePostmaster(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile) || lockedByAnotherRun(dataDir)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    Optional<ProcessHandle> owner =
        lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
    owner.filter(EmbeddedDatabase::isPostgres).ifPresent(EmbeddedDatabase::stop);
    Files.deleteIfExists(pidFile);
  }

  private static boolean isPostgres(ProcessHandle p) {
    return p.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
  }

  /** SIGTERM is PostgreSQL's smart shutdown, quick once its clients are gone; SIGKILL if not. */
  private static void stop(ProcessHandle p) {
    p.destroy();
    try {
      p.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception notInTime) {
      p.destroyForcibly();
    }
  }

  private static boolean lockedByAnotherRun(Path dataDir) {
    Path lock = dataDir.resolve("epg-lock");
    if (!Files.exists(lock)) {
      return false;
    }
    try (var channel =
            java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE);
        var held = channel.tryLock()) {
      return held == null;
    } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
      return true;
    }
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Creates what is missing, the same way on a new and on a kept data directory. */
  private void setUp() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!exists(c, "select 1 from pg_roles where rolname = ?", OWNER)) {
        s.execute("create role " + OWNER);
      }
      if (!exists(c, "select 1 from pg_roles where rolname = ?", APP)) {
        s.execute("create role " + APP);
      }
      s.execute("alter role " + OWNER + " login password '" + ownerPassword + "'");
      s.execute(
          "alter role "
              + APP
              + " login nosuperuser nobypassrls nocreatedb nocreaterole password '"
              + appPassword
              + "'");
      if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
        s.execute("create database " + DATABASE + " owner " + OWNER);
      }
    }
  }

  private static boolean exists(Connection c, String sql, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static String secret() {
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** How the application reaches it: as the application role, migrating as the schema owner. */
  public LocalSystem.Database database() {
    return LocalSystem.Database.postgres(jdbcUrl(), APP, appPassword, OWNER, ownerPassword);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  public String appPassword() {
    return appPassword;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The postmaster's process, for a check that stopping leaves none. */
  public Optional<ProcessHandle> postmaster() {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
      return lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** PostgreSQL as its superuser: for fixtures and catalog checks only. */
  public DataSource superuser() {
    return postgres.getDatabase("postgres", DATABASE);
  }

  static boolean anyRunning() {
    return !LIVE.isEmpty() || !STARTING.isEmpty();
  }

  /**
   * Stops every embedded database still running, also one in the middle of its start: initdb or
   * pg_ctl still at work, or a postmaster that pg_ctl has started (it runs detached, not as a child
   * of this JVM) before the start returned.
   */
  static void closeAll() {
    List.copyOf(LIVE).forEach(EmbeddedDatabase::close);
    if (STARTING.isEmpty()) {
      return;
    }
    ProcessHandle.current()
        .descendants()
        .filter(
            p ->
                p.info()
                    .command()
                    .map(c -> c.endsWith("/initdb") || c.endsWith("/pg_ctl"))
                    .orElse(false))
        .forEach(EmbeddedDatabase::stop);
    for (Path dir : List.copyOf(STARTING)) {
      try {
        List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
        if (!lines.isEmpty()) {
          parsePid(lines.get(0))
              .flatMap(ProcessHandle::of)
              .filter(EmbeddedDatabase::isPostgres)
              .ifPresent(EmbeddedDatabase::stop);
        }
      } catch (IOException noPostmasterYet) {
        // nothing was started
      }
    }
  }

  @Override
  public void close() {
    LIVE.remove(this);
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("styrkedja: could not stop PostgreSQL: " + e.getMessage());
    }
  }
}
