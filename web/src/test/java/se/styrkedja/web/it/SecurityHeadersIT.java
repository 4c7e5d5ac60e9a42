package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every answer tells the browser how to protect the people who use Styrkedja: the page, its script,
 * the API as a signed-in user, and the errors (an unknown page, an unknown API path, a problem+json
 * 400, a 401 and another municipality's unit). A strict Content-Security-Policy that lets in
 * Keycloak only, nosniff, no referrer, no server banner, and no caching of what the API says about
 * people.
 */
class SecurityHeadersIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static TestSystem system;
  private static String keycloak;

  @BeforeAll
  static void system() {
    system = TestSystem.get();
    String url = system.keycloakUrl().toString();
    keycloak = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Test
  void thePageAndItsScriptAreProtectedAndThePageIsNotKept() {
    for (String path : List.of("", "index.html")) {
      HttpResponse<String> page = get(system.appUrl().resolve(path), null);
      assertEquals(200, page.statusCode(), path);
      assertTrue(contentType(page).startsWith("text/html"), contentType(page));
      protects(page);
      String cache = page.headers().firstValue("Cache-Control").orElse("");
      assertTrue(
          cache.contains("no-cache") || cache.contains("no-store"),
          "the page is revalidated, so a new version is found: " + cache);
    }

    // The app's script is the only one, from this server; nosniff needs its type to be right.
    String html = get(system.appUrl(), null).body();
    Matcher script = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"").matcher(html);
    assertTrue(script.find(), html);
    assertFalse(
        Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find(),
        "no inline script: " + html);
    assertFalse(html.contains("<style"), "no inline style: " + html);
    HttpResponse<String> js = get(system.appUrl().resolve(script.group(1)), null);
    assertEquals(200, js.statusCode());
    assertTrue(contentType(js).contains("javascript"), contentType(js));
    protects(js);
  }

  @Test
  void theApiAsASignedInUserIsProtectedAndNotKept() {
    String token = system.token("rektor.botkyrka");
    for (String path : List.of("me", "plans")) {
      HttpResponse<String> answer = get(system.api(path), token);
      assertEquals(200, answer.statusCode(), path + ": " + answer.body());
      protects(answer);
      notKept(answer);
    }
  }

  @Test
  void errorsAreProtectedToo() {
    String token = system.token("rektor.botkyrka");
    Api botkyrka = Api.as("admin.botkyrka");
    String unit = Fixtures.unitOf(botkyrka, "rektor.botkyrka");
    String unitName = botkyrka.get("units/" + unit).body().get("name").asText();

    Map<String, HttpResponse<String>> errors = new HashMap<>();
    errors.put("unknown page", get(system.appUrl().resolve("no-such-page"), null));
    errors.put("unknown API path", get(system.api("no-such-resource"), token));
    errors.put(
        "another municipality's unit",
        get(system.api("units/" + unit), system.token("admin.hassleholm")));
    errors.put("no token", get(system.api("me"), null));
    errors.put("a forged token", get(system.api("me"), "not-a-token"));
    errors.put(
        "bad input",
        send(
            HttpRequest.newBuilder(system.api("plans"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"unitId\":\"" + UUID.randomUUID() + "\"}"))));

    assertEquals(404, errors.get("unknown page").statusCode());
    assertEquals(404, errors.get("unknown API path").statusCode());
    assertEquals(404, errors.get("another municipality's unit").statusCode());
    assertFalse(errors.get("another municipality's unit").body().contains(unitName));
    assertEquals(401, errors.get("no token").statusCode());
    assertEquals(401, errors.get("a forged token").statusCode());
    assertEquals(400, errors.get("bad input").statusCode(), errors.get("bad input").body());
    assertTrue(contentType(errors.get("bad input")).startsWith("application/problem+json"));
    errors.forEach(
        (what, answer) -> {
          try {
            protects(answer);
            if (!what.equals("unknown page")) {
              notKept(answer);
            }
          } catch (AssertionError e) {
            throw new AssertionError(what + " (" + answer.statusCode() + "): " + e.getMessage(), e);
          }
        });
  }

  /** The headers every answer carries, whatever it is. */
  private static void protects(HttpResponse<?> answer) {
    HttpHeaders h = answer.headers();
    String where = answer.request().uri() + " ";
    List<String> csp = h.allValues("Content-Security-Policy");
    assertEquals(1, csp.size(), where + "one Content-Security-Policy: " + csp);
    Map<String, List<String>> policy = directives(csp.get(0));
    assertEquals(List.of("'none'"), policy.get("default-src"), where + csp);
    assertEquals(List.of("'self'"), policy.get("script-src"), where + "no inline script: " + csp);
    assertEquals(List.of("'self'"), policy.get("style-src"), where + "no inline style: " + csp);
    assertEquals(List.of("'self'", keycloak), policy.get("connect-src"), where + csp);
    assertEquals(List.of(keycloak), policy.get("frame-src"), where + csp);
    assertEquals(List.of("'none'"), policy.get("frame-ancestors"), where + csp);
    assertEquals(List.of("'none'"), policy.get("object-src"), where + csp);
    assertEquals(List.of("'none'"), policy.get("base-uri"), where + csp);
    assertFalse(csp.get(0).contains("unsafe"), where + csp);

    assertEquals(List.of("nosniff"), h.allValues("X-Content-Type-Options"), where);
    assertEquals(List.of("no-referrer"), h.allValues("Referrer-Policy"), where);
    assertEquals(List.of("DENY"), h.allValues("X-Frame-Options"), where);
    assertEquals(List.of(), h.allValues("Server"), where + "no server banner");
    assertEquals(List.of(), h.allValues("X-Powered-By"), where + "no server banner");
  }

  /** What the API says about people stays in no cache, the browser's included. */
  private static void notKept(HttpResponse<?> answer) {
    List<String> cache = answer.headers().allValues("Cache-Control");
    assertTrue(
        cache.stream().anyMatch(v -> v.contains("no-store")),
        answer.request().uri() + " Cache-Control: " + cache);
  }

  private static Map<String, List<String>> directives(String policy) {
    Map<String, List<String>> directives = new HashMap<>();
    for (String directive : policy.split(";")) {
      List<String> words = Arrays.stream(directive.strip().split("\\s+")).toList();
      if (!words.get(0).isEmpty()) {
        directives.put(words.get(0), words.subList(1, words.size()));
      }
    }
    return directives;
  }

  private static String contentType(HttpResponse<?> answer) {
    return answer.headers().firstValue("Content-Type").orElse("");
  }

  private static HttpResponse<String> get(URI uri, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
