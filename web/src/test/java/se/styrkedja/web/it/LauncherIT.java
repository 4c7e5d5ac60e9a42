package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.time.Clocks;

/**
 * The README's first command as a newcomer runs it: {@code ./styrkedja run} starts an embedded
 * PostgreSQL, Keycloak and the application with demo data, prints where they are and the demo
 * logins, serves every collection of the API to whom may read it (and refuses, never fails, whom
 * may not), and Ctrl-C (SIGINT) stops all three, leaving no process behind. Started again, it finds
 * the data of the first run.
 */
class LauncherIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void runStartsOnEmbeddedPostgresKeepsItsDataAndCtrlCStopsEverything() throws Exception {
    Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
    Path work = root.resolve("web/target/launcher-it");
    Path data = work.resolve("postgres");
    deleteTree(data); // the first start is a newcomer's: no database yet
    int app = freePort();
    int keycloak = freePort();
    URI base = URI.create("http://localhost:" + app + "/");
    String title = "Förskolans IKT-plan " + Instant.now();

    try (Run first = Run.start(root, work, app, keycloak)) {
      String printed = first.output();
      assertTrue(printed.contains("http://localhost:" + app + "/"), printed);
      assertTrue(printed.contains("rektor.botkyrka") && printed.contains("operator"), printed);
      assertTrue(
          printed.contains("jdbc:postgresql://localhost:"),
          "the demo runs on embedded PostgreSQL:\n" + printed);
      System.out.println("./styrkedja run (new database) was ready in " + first.took() + " s");

      assertEquals(200, get(base, null).statusCode(), "the web app is served at /");
      assertEquals(200, get(base.resolve("health"), null).statusCode());

      String token = token(keycloak, "forskolechef.hassleholm");
      HttpResponse<String> me = get(base.resolve("api/me"), token);
      assertEquals(200, me.statusCode(), me.body());
      assertEquals("Hässleholms kommun", JSON.readTree(me.body()).at("/tenant/name").asText());
      HttpResponse<String> note =
          post(base.resolve("api/notes"), token, JSON.createObjectNode().put("title", title));
      assertEquals(201, note.statusCode(), note.body());

      everyCollectionAnswersWhomMayReadItAndRefusesWhomMayNot(base, keycloak);

      first.stopWithCtrlC(app, keycloak);
    }
    FileTime initialised = Files.getLastModifiedTime(data.resolve("PG_VERSION"));

    try (Run second = Run.start(root, work, app, keycloak)) {
      System.out.println("./styrkedja run (kept database) was ready in " + second.took() + " s");
      assertEquals(
          initialised,
          Files.getLastModifiedTime(data.resolve("PG_VERSION")),
          "the second start uses the database of the first, no new initdb");
      HttpResponse<String> notes =
          get(base.resolve("api/notes"), token(keycloak, "forskolechef.hassleholm"));
      assertEquals(200, notes.statusCode(), notes.body());
      assertTrue(notes.body().contains(title), "the first run's note is still there: " + notes);
      second.stopWithCtrlC(app, keycloak);
    }
  }

  /**
   * Every GET of the OpenAPI document without path parameters (the collections): 2xx for a role
   * that may read it, 4xx for one that may not (the operator reads no municipality's data, a
   * municipality's admin not the operator's registry), never 5xx for anyone, and 401 without a
   * token unless it is public. The failure lists every endpoint that misbehaved.
   */
  private static void everyCollectionAnswersWhomMayReadItAndRefusesWhomMayNot(
      URI base, int keycloak) throws Exception {
    HttpResponse<String> document = get(base.resolve("openapi"), null, "application/json");
    assertEquals(200, document.statusCode(), document.body());
    JsonNode paths = JSON.readTree(document.body()).get("paths");
    TreeMap<String, String> collections = new TreeMap<>(); // path -> its query
    paths
        .fields()
        .forEachRemaining(
            p -> {
              if (!p.getKey().contains("{") && p.getValue().has("get")) {
                collections.put(p.getKey(), query(p.getValue().get("get")));
              }
            });
    assertTrue(
        collections.containsKey("/api/people") && collections.containsKey("/api/tenants"),
        "the OpenAPI document lists the collections: " + collections);

    String admin = token(keycloak, "admin.botkyrka");
    String teacher = token(keycloak, "larare.botkyrka");
    String operator = token(keycloak, "operator");
    List<String> misbehaved = new ArrayList<>();
    for (String path : collections.keySet()) {
      URI uri = base.resolve(path.substring(1) + collections.get(path));
      if (path.startsWith("/api/public/")) {
        expect(misbehaved, path, "anyone", get(uri, null), 2);
        continue;
      }
      expect(misbehaved, path, "no token", get(uri, null), 4);
      switch (path) {
        case "/api/tenants" -> {
          expect(misbehaved, path, "operator", get(uri, operator), 2);
          expect(misbehaved, path, "admin.botkyrka", get(uri, admin), 4);
        }
        // Who am I, the home page (the operator's is the platform's: municipalities by status) and
        // the catalogue of frameworks (LIKA, SELFIE, ...): no municipality's data.
        case "/api/me", "/api/home", "/api/strategies/frameworks" -> {
          expect(misbehaved, path, "admin.botkyrka", get(uri, admin), 2);
          expect(misbehaved, path, "operator", get(uri, operator), 2);
        }
        default -> {
          expect(misbehaved, path, "admin.botkyrka", get(uri, admin), 2);
          expect(misbehaved, path, "operator", get(uri, operator), 4);
        }
      }
      int status = get(uri, teacher).statusCode();
      if (status >= 500) {
        misbehaved.add("GET " + path + " as larare.botkyrka: " + status + ", never 5xx");
      }
    }
    assertTrue(
        misbehaved.isEmpty(),
        "of " + collections.size() + " collections:\n" + String.join("\n", misbehaved));
  }

  /**
   * Only what the document calls required is sent: what it calls optional (the school year of the
   * annual cycle and of the overview, the filters) must be left out. A required school year would
   * be this one.
   */
  private static String query(JsonNode operation) {
    StringBuilder query = new StringBuilder();
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("in").asText().equals("query")
          && parameter.path("required").asBoolean()
          && parameter.path("name").asText().equals("schoolYear")) {
        LocalDate today = LocalDate.now(Clocks.SWEDEN);
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        query.append(query.isEmpty() ? "?" : "&");
        query
            .append("schoolYear=")
            .append(start)
            .append("%2F")
            .append(String.format("%02d", (start + 1) % 100));
      }
    }
    return query.toString();
  }

  private static void expect(
      List<String> misbehaved, String path, String who, HttpResponse<String> r, int hundreds) {
    if (r.statusCode() / 100 != hundreds) {
      String body = r.body().length() > 200 ? r.body().substring(0, 200) + "..." : r.body();
      misbehaved.add(
          "GET "
              + path
              + " as "
              + who
              + ": "
              + r.statusCode()
              + ", not "
              + hundreds
              + "xx "
              + body);
    }
  }

  /** {@code ./styrkedja run} as a child process, ready once it printed its banner. */
  private static final class Run implements AutoCloseable {

    private final Process launcher;
    private final StringBuilder output = new StringBuilder();
    private final Path work;
    private long took;

    private Run(Process launcher, Path work) {
      this.launcher = launcher;
      this.work = work;
    }

    static Run start(Path root, Path work, int app, int keycloak) throws Exception {
      // As from a terminal: a build started in the background of a non-interactive shell
      // inherits SIGINT as ignored, and an ignored signal stays ignored through every exec after
      // it. Perl (in every Debian) puts Ctrl-C back to its default before starting the README's
      // command.
      ProcessBuilder builder =
          new ProcessBuilder(
                  "perl",
                  "-e",
                  "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"",
                  "./styrkedja",
                  "run",
                  "--port",
                  "" + app,
                  "--keycloak-port",
                  "" + keycloak)
              .directory(root.toFile())
              .redirectErrorStream(true);
      builder.environment().put("STYRKEDJA_WORK_DIR", work.toString());
      Instant started = Instant.now();
      Run run = new Run(builder.start(), work);
      CompletableFuture<Void> ready = new CompletableFuture<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(
                            run.launcher.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (run.output) {
                      run.output.append(line).append('\n');
                    }
                    if (line.contains("Press Ctrl-C to stop")) {
                      ready.complete(null);
                    }
                  }
                } catch (IOException e) {
                  ready.completeExceptionally(e);
                }
                ready.completeExceptionally(new IllegalStateException("launcher output ended"));
              });
      reader.start();
      try {
        ready.get(5, TimeUnit.MINUTES);
      } catch (Exception e) {
        run.close();
        throw new AssertionError("./styrkedja run did not get ready:\n" + run.output(), e);
      }
      run.took = Duration.between(started, Instant.now()).toSeconds();
      return run;
    }

    String output() {
      synchronized (output) {
        return output.toString();
      }
    }

    long took() {
      return took;
    }

    /** Ctrl-C: the launcher, Keycloak, Payara and PostgreSQL all stop, and the ports are free. */
    void stopWithCtrlC(int app, int keycloak) throws Exception {
      List<ProcessHandle> family = new ArrayList<>(launcher.descendants().toList());
      assertFalse(family.isEmpty(), "Keycloak and Payara run as children of the launcher");
      // pg_ctl starts the postmaster detached, so it is no descendant: its pid file names it.
      Optional<ProcessHandle> postmaster = postmaster();
      assertTrue(postmaster.isPresent(), "PostgreSQL runs:\n" + output());
      family.add(postmaster.get());
      new ProcessBuilder("kill", "-INT", String.valueOf(launcher.pid())).start().waitFor();
      assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "the launcher stops on Ctrl-C");
      for (ProcessHandle p : family) {
        assertFalse(
            p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).get().isAlive(),
            "left behind: " + p.info());
      }
      assertTrue(isFree(app) && isFree(keycloak), "both ports are free again");
      assertFalse(
          output().contains("stopped:"),
          "a stop asked for is not reported as a crash:\n" + output());
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
      Path pid = work.resolve("postgres/postmaster.pid");
      if (!Files.isRegularFile(pid)) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()));
    }

    @Override
    public void close() throws IOException {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      postmaster().ifPresent(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  private static HttpResponse<String> get(URI uri, String token) throws Exception {
    return get(uri, token, null);
  }

  private static HttpResponse<String> get(URI uri, String token, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(URI uri, String token, JsonNode json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String token(int keycloakPort, String user) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + keycloakPort
                            + "/realms/styrkedja/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "client_id=styrkedja-cli&grant_type=password&username="
                            + user
                            + "&password="
                            + user))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body()).get("access_token").asText();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
