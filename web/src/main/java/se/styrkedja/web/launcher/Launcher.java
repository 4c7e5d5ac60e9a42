package se.styrkedja.web.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import sun.misc.Signal;

/**
 * {@code ./styrkedja run}: starts PostgreSQL (embedded, its data kept in the work directory, unless
 * {@code --postgres} names another), Keycloak and the application, prints where they are, and stays
 * in the foreground until Ctrl-C (or SIGTERM), which stops them all.
 */
public final class Launcher {

  static final List<String> DEMO_TENANTS = List.of("botkyrka", "hassleholm");
  static final List<String> DEMO_ROLES =
      List.of("politiker", "forvaltning", "rektor", "forskolechef", "larare", "it", "admin");

  /** Set once Ctrl-C or SIGTERM has begun stopping everything: the servers' end is expected. */
  private static volatile boolean stopping;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Deque<String> rest = new ArrayDeque<>(List.of(args));
    if (rest.isEmpty() || !rest.peek().equals("run")) {
      usage("");
    }
    rest.pop();
    Map<String, String> env = System.getenv();
    int appPort = Integer.parseInt(env.getOrDefault("STYRKEDJA_PORT", "8080"));
    int kcPort = Integer.parseInt(env.getOrDefault("STYRKEDJA_KEYCLOAK_PORT", "8180"));
    String postgres = env.get("STYRKEDJA_DB_URL");
    while (!rest.isEmpty()) {
      String arg = rest.pop();
      switch (arg) {
        case "--port" -> appPort = Integer.parseInt(value(rest, arg));
        case "--keycloak-port" -> kcPort = Integer.parseInt(value(rest, arg));
        case "--postgres" -> postgres = value(rest, arg);
        default -> usage("unknown option " + arg);
      }
    }
    Path root = Path.of(System.getProperty("styrkedja.root", ".")).toAbsolutePath().normalize();
    Path work =
        Path.of(env.getOrDefault("STYRKEDJA_WORK_DIR", root.resolve(".styrkedja").toString()))
            .toAbsolutePath();
    LocalSystem.Database external = null;
    if (postgres != null && !postgres.isBlank()) {
      String user = required(env, "STYRKEDJA_DB_USER");
      String password = required(env, "STYRKEDJA_DB_PASSWORD");
      external =
          LocalSystem.Database.postgres(
              postgres,
              user,
              password,
              env.getOrDefault("STYRKEDJA_DB_OWNER_USER", user),
              env.getOrDefault("STYRKEDJA_DB_OWNER_PASSWORD", password));
    }
    // Stop whatever has been started on Ctrl-C or SIGTERM, also in the middle of starting.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping = true;
                  if (ManagedProcess.anyRunning() || EmbeddedDatabase.anyRunning()) {
                    System.out.println("\nStopping Styrkedja, Keycloak and PostgreSQL ...");
                    // The application first, then the database it uses.
                    ManagedProcess.closeAll();
                    EmbeddedDatabase.closeAll();
                    System.out.println("Stopped.");
                  }
                },
                "styrkedja-stop"));
    // Ctrl-C stops cleanly even where the shell started us with SIGINT ignored (a background job).
    Signal.handle(new Signal("INT"), signal -> System.exit(130));
    Instant started = Instant.now();
    System.out.println(
        "Starting Keycloak on port " + kcPort + " and Styrkedja on port " + appPort + " ...");
    for (int port : new int[] {appPort, kcPort, kcPort + 1000}) {
      if (!isFree(port)) {
        System.err.println(
            "styrkedja: port "
                + port
                + " is in use (is Styrkedja already running?); choose"
                + " others with --port and --keycloak-port");
        System.exit(1);
      }
    }
    LocalSystem system;
    LocalSystem.Database db;
    try {
      if (external != null) {
        db = external;
        system =
            LocalSystem.start(
                new LocalSystem.Options(
                    root, work, appPort, kcPort, kcPort + 1000, db, true, Map.of()));
      } else {
        // PostgreSQL starts while Keycloak does; the application waits for both.
        CompletableFuture<EmbeddedDatabase> embedded =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return EmbeddedDatabase.start(
                        work.resolve("postgres"), work.resolve("logs/postgres.log"), false);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
        system =
            LocalSystem.start(
                new LocalSystem.Options(
                    root, work, appPort, kcPort, kcPort + 1000, null, true, Map.of()),
                () -> awaitDatabase(embedded).database());
        db = awaitDatabase(embedded).database();
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println("styrkedja: could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    banner(system, db, Duration.between(started, Instant.now()));
    String why = system.awaitUnexpectedStop();
    if (!stopping) {
      System.err.println(why);
      System.exit(1);
    }
  }

  private static EmbeddedDatabase awaitDatabase(CompletableFuture<EmbeddedDatabase> embedded)
      throws IOException, InterruptedException {
    try {
      return embedded.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException(e.getCause());
    }
  }

  private static void banner(LocalSystem system, LocalSystem.Database db, Duration took) {
    StringBuilder b = new StringBuilder();
    b.append("\nStyrkedja is ready (").append(took.toSeconds()).append(" s).\n\n");
    b.append("  Web app    ").append(system.appUrl()).append('\n');
    b.append("  API        ").append(system.appUrl()).append("api/me\n");
    b.append("  OpenAPI    ").append(system.appUrl()).append("openapi\n");
    b.append("  Health     ").append(system.appUrl()).append("health\n");
    b.append("  Keycloak   ")
        .append(system.keycloakUrl())
        .append("admin  (admin / ")
        .append(system.keycloakAdminPassword())
        .append(")\n");
    b.append("  Database   ").append(db.url()).append('\n');
    b.append("  Logs       ").append(system.appLog().getParent()).append('\n');
    b.append("\nDemo logins (password = username; they exist only in the demo realm):\n");
    for (String tenant : DEMO_TENANTS) {
      b.append("  ").append(tenant).append(":");
      for (String role : DEMO_ROLES) {
        b.append(' ').append(role).append('.').append(tenant);
      }
      b.append('\n');
    }
    b.append("  platform operator: operator\n");
    b.append("\nPress Ctrl-C to stop.\n");
    System.out.println(b);
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }

  private static String value(Deque<String> rest, String option) {
    if (rest.isEmpty()) {
      usage(option + " needs a value");
    }
    return rest.pop();
  }

  private static String required(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      usage("with --postgres, set " + name);
    }
    return v;
  }

  private static void usage(String problem) {
    if (!problem.isEmpty()) {
      System.err.println("styrkedja: " + problem);
    }
    System.err.println(
        "usage: ./styrkedja run [--port 8080] [--keycloak-port 8180] [--postgres JDBC_URL]");
    System.exit(2);
  }
}
