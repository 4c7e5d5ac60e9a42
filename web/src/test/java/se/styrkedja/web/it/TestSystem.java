package se.styrkedja.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import se.styrkedja.web.launcher.EmbeddedDatabase;
import se.styrkedja.web.launcher.LocalSystem;

/**
 * The whole system as the integration tests see it, started once per test JVM: an embedded
 * PostgreSQL (real, from Maven Central), Keycloak with the project's realm, and the built WAR on
 * Payara Micro, connected to PostgreSQL as the application role that owns nothing.
 */
public final class TestSystem {

  public static final String OWNER = EmbeddedDatabase.OWNER;
  public static final String APP = EmbeddedDatabase.APP;

  /** The scope the web app asks for: the token names every municipality the person belongs to. */
  public static final String ORGANIZATION_SCOPE = "openid styrkedja-organization:*";

  private static TestSystem instance;

  private final EmbeddedDatabase postgres;
  private final LocalSystem system;
  private final String jdbcUrl;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  private record Token(String value, Instant expires) {}

  private TestSystem(EmbeddedDatabase postgres, LocalSystem system, String jdbcUrl) {
    this.postgres = postgres;
    this.system = system;
    this.jdbcUrl = jdbcUrl;
  }

  public static synchronized TestSystem get() {
    if (instance == null) {
      try {
        instance = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        throw new IllegalStateException("could not start the system under test", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-system-stop"));
    }
    return instance;
  }

  private static TestSystem start() throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
    Path work = root.resolve("web/target/it-system");
    // The same database as ./styrkedja run's, but from an empty data directory every time.
    EmbeddedDatabase postgres =
        EmbeddedDatabase.start(
            work.resolve("postgres-" + System.nanoTime()), work.resolve("logs/postgres.log"), true);
    String jdbcUrl = postgres.jdbcUrl();
    int app = freePort();
    int keycloak = freePort();
    LocalSystem system;
    try {
      system =
          LocalSystem.start(
              new LocalSystem.Options(
                  root,
                  work,
                  app,
                  keycloak,
                  freePort(),
                  postgres.database(),
                  true,
                  // Expired tokens are refused within a second or two, so the test can wait for it.
                  // Imports commit every 5 records, so a test can stop or break one half-way (the
                  // import benchmark asks for the production chunk size).
                  Map.of(
                      "mp.jwt.verify.clock.skew",
                      "1",
                      "styrkedja.import.chunk",
                      System.getProperty("styrkedja.it.import-chunk", "5"),
                      // A dead server's import can be taken over 10 s after its last heartbeat.
                      "styrkedja.import.lease-seconds",
                      "10")));
    } catch (IOException | InterruptedException | RuntimeException e) {
      postgres.close(); // each test tries to start it again: leave no database behind
      throw e;
    }
    return new TestSystem(postgres, system, jdbcUrl);
  }

  private void stop() {
    try {
      system.close();
    } finally {
      postgres.close();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public URI appUrl() {
    return system.appUrl();
  }

  public URI api(String path) {
    return system.appUrl().resolve("api/" + path);
  }

  public URI keycloakUrl() {
    return system.keycloakUrl();
  }

  public URI issuer() {
    return system.issuer();
  }

  public Path appLog() {
    return system.appLog();
  }

  public String keycloakAdminPassword() {
    return system.keycloakAdminPassword();
  }

  /** A real access token from Keycloak for a demo user (password = username). */
  public String token(String username) {
    Token t = tokens.get(username);
    if (t == null || Instant.now().isAfter(t.expires())) {
      JsonNode answer =
          tokenRequest(
              issuer().resolve("protocol/openid-connect/token"),
              Map.of(
                  "client_id",
                  "styrkedja-cli",
                  "grant_type",
                  "password",
                  "username",
                  username,
                  "password",
                  username,
                  // As the web app asks: every municipality the account belongs to.
                  "scope",
                  ORGANIZATION_SCOPE));
      t =
          new Token(
              answer.get("access_token").asText(),
              Instant.now().plusSeconds(answer.get("expires_in").asLong() - 30));
      tokens.put(username, t);
    }
    return t.value();
  }

  /** POSTs a form to a token endpoint and returns the JSON answer; fails on anything but 200. */
  public JsonNode tokenRequest(URI endpoint, Map<String, String> form) {
    HttpResponse<String> r = postForm(endpoint, form);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("token request failed: " + r.statusCode() + " " + r.body());
    }
    try {
      return json.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POSTs a form (a token request, say) and returns the answer as it is. */
  public HttpResponse<String> postForm(URI endpoint, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      return http.send(
          HttpRequest.newBuilder(endpoint)
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Kills the application server's JVM (SIGKILL) and starts it again: same port, configuration,
   * database and Keycloak, so the other tests' tokens and URLs stay good. Blocks until it is ready.
   */
  public void killAndRestartApplication() throws IOException, InterruptedException {
    system.killAndRestartApplication();
  }

  /** PostgreSQL as its superuser: for fixtures and catalog checks only. */
  public DataSource superuser() {
    return postgres.superuser();
  }

  /** PostgreSQL as the application's role, the one the WAR connects as. */
  public DataSource asApplicationRole() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(jdbcUrl);
    ds.setUser(APP);
    ds.setPassword(postgres.appPassword());
    return ds;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String appPassword() {
    return postgres.appPassword();
  }
}
