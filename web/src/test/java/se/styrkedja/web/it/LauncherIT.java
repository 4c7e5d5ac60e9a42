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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command as a newcomer runs it: {@code ./styrkedja run} starts Keycloak and the
 * application on embedded H2 with demo data, prints where they are and the demo logins, serves a
 * signed-in demo user, and Ctrl-C (SIGINT) stops both servers, leaving no process behind.
 */
class LauncherIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void runStartsTheWholeSystemWithDemoDataAndCtrlCStopsIt() throws Exception {
    Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
    int app = freePort();
    int keycloak = freePort();
    // As from a terminal: a build started in the background of a non-interactive shell inherits
    // SIGINT as ignored, and an ignored signal stays ignored through every exec after it. Perl
    // (in every Debian) puts Ctrl-C back to its default before starting the README's command.
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
    builder
        .environment()
        .put("STYRKEDJA_WORK_DIR", root.resolve("web/target/launcher-it").toString());
    Process launcher = builder.start();
    StringBuilder output = new StringBuilder();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                  synchronized (output) {
                    output.append(line).append('\n');
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
    List<ProcessHandle> family = List.of();
    try {
      Instant started = Instant.now();
      ready.get(5, TimeUnit.MINUTES);
      Duration took = Duration.between(started, Instant.now());
      String printed;
      synchronized (output) {
        printed = output.toString();
      }
      assertTrue(printed.contains("http://localhost:" + app + "/"), printed);
      assertTrue(printed.contains("rektor.botkyrka") && printed.contains("operator"), printed);
      assertTrue(printed.contains("jdbc:h2:"), "the demo runs on embedded H2:\n" + printed);
      System.out.println("./styrkedja run was ready in " + took.toSeconds() + " s");

      URI base = URI.create("http://localhost:" + app + "/");
      assertEquals(200, get(base, null).statusCode(), "the web app is served at /");
      assertEquals(200, get(base.resolve("health"), null).statusCode());
      assertEquals(200, get(base.resolve("openapi"), null).statusCode());

      String token = token(keycloak, "forskolechef.hassleholm");
      HttpResponse<String> me = get(base.resolve("api/me"), token);
      assertEquals(200, me.statusCode(), me.body());
      JsonNode body = JSON.readTree(me.body());
      assertEquals("Hässleholms kommun", body.at("/tenant/name").asText());
      HttpResponse<String> note =
          HTTP.send(
              HttpRequest.newBuilder(base.resolve("api/notes"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Förskolans IKT-plan\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, note.statusCode(), "writes work on H2: " + note.body());

      // Offboarding on H2, which checks references row by row (PostgreSQL is OffboardingIT's):
      // the whole demo municipality goes, its tree of units included.
      String operator = token(keycloak, "operator");
      assertEquals(
          200, post(base.resolve("api/tenants/hassleholm/suspend"), operator, "{}").statusCode());
      assertEquals(200, get(base.resolve("api/tenants/hassleholm/export"), operator).statusCode());
      HttpResponse<String> offboarded =
          post(
              base.resolve("api/tenants/hassleholm/offboarding"),
              operator,
              "{\"confirmation\":\"hassleholm\"}");
      assertEquals(200, offboarded.statusCode(), offboarded.body());
      JsonNode deleted = JSON.readTree(offboarded.body()).get("deletedRows");
      assertTrue(deleted.get("unit").asLong() >= 5, "the units went too: " + deleted);
      assertTrue(deleted.get("strategy").asLong() >= 1, deleted.toString());

      family = launcher.descendants().toList();
      assertFalse(family.isEmpty(), "Keycloak and Payara run as children of the launcher");
      new ProcessBuilder("kill", "-INT", String.valueOf(launcher.pid())).start().waitFor();
      assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "the launcher stops on Ctrl-C");
      for (ProcessHandle p : family) {
        assertTrue(
            p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).get().isAlive() == false,
            "left behind: " + p.info());
      }
      assertTrue(isFree(app) && isFree(keycloak), "both ports are free again");
    } finally {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      family.forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  private static HttpResponse<String> get(URI uri, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(URI uri, String token, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
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
