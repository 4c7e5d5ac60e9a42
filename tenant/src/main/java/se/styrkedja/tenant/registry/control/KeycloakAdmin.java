package se.styrkedja.tenant.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak's admin REST API for the realm, as the confidential client {@code
 * styrkedja-provisioning} (client credentials, its service account holding only the
 * realm-management roles provisioning needs). Plain {@code java.net.http} and JSON-P: Keycloak's
 * admin client would bring RESTEasy into a server that runs Jersey.
 *
 * <p>Configuration (MicroProfile Config): {@value #URL} (Keycloak's base URL), {@value #REALM},
 * {@value #CLIENT}, {@value #SECRET}. The secret is generated per start by the launcher and never
 * stored in the repository.
 */
@ApplicationScoped
public class KeycloakAdmin {

  static final String URL = "styrkedja.keycloak.url";
  static final String REALM = "styrkedja.keycloak.realm";
  static final String CLIENT = "styrkedja.keycloak.provisioning.client-id";
  static final String SECRET = "styrkedja.keycloak.provisioning.secret";

  private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private volatile String token;
  private volatile Instant tokenExpires = Instant.EPOCH;

  /** An answer of the admin API: status, body, and the id at the end of a Location header. */
  public record Reply(int status, String body, Optional<String> createdId) {

    public boolean ok() {
      return status / 100 == 2;
    }

    public JsonStructure json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public JsonObject object() {
      return (JsonObject) json();
    }

    public JsonArray array() {
      return (JsonArray) json();
    }

    /** Keycloak's own error message, for the log and for telling which field clashed. */
    public String errorMessage() {
      try {
        JsonObject o = object();
        return o.getString("errorMessage", o.getString("error", body));
      } catch (RuntimeException e) {
        return body;
      }
    }
  }

  /**
   * Sends a request to {@code admin/realms/{realm}/} + {@code path}. A Keycloak that cannot be
   * reached is an {@link IdentityUnavailable} naming {@code step}; any status is returned.
   */
  public Reply send(String method, String path, JsonValue body, String step) {
    Config config = ConfigProvider.getConfig();
    URI uri =
        URI.create(
            base(config) + "/admin/realms/" + realm(config) + "/" + path.replaceFirst("^/", ""));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token(config, step))
            .header("Accept", "application/json");
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response = exchange(request.build(), step);
    if (response.statusCode() == 401) {
      // A token revoked or expired early: once more with a new one.
      token = null;
      request.setHeader("Authorization", "Bearer " + token(config, step));
      response = exchange(request.build(), step);
    }
    Optional<String> created =
        response
            .headers()
            .firstValue("Location")
            .map(location -> location.substring(location.lastIndexOf('/') + 1));
    return new Reply(response.statusCode(), response.body(), created);
  }

  /** As {@link #send}, but anything other than 2xx is an {@link IdentityUnavailable}. */
  public Reply require(String method, String path, JsonValue body, String step) {
    Reply reply = send(method, path, body, step);
    if (!reply.ok()) {
      LOG.warning(
          () ->
              "Keycloak refused to "
                  + step
                  + ": "
                  + method
                  + " "
                  + path
                  + " -> "
                  + reply.status()
                  + " "
                  + reply.errorMessage());
      throw new IdentityUnavailable(step);
    }
    return reply;
  }

  private HttpResponse<String> exchange(HttpRequest request, String step) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Keycloak unreachable while trying to " + step, e);
      throw new IdentityUnavailable(step);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityUnavailable(step);
    }
  }

  private synchronized String token(Config config, String step) {
    if (token != null && Instant.now().isBefore(tokenExpires)) {
      return token;
    }
    String secret = config.getOptionalValue(SECRET, String.class).orElse("");
    if (secret.isBlank()) {
      LOG.severe("No provisioning secret configured (" + SECRET + ")");
      throw new IdentityUnavailable(step);
    }
    String form =
        "grant_type=client_credentials&client_id="
            + encode(config.getOptionalValue(CLIENT, String.class).orElse("styrkedja-provisioning"))
            + "&client_secret="
            + encode(secret);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base(config) + "/realms/" + realm(config) + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = exchange(request, step);
    if (response.statusCode() != 200) {
      LOG.warning(() -> "Provisioning client refused a token: " + response.statusCode());
      throw new IdentityUnavailable(step);
    }
    JsonObject answer = new Reply(200, response.body(), Optional.empty()).object();
    token = answer.getString("access_token");
    tokenExpires = Instant.now().plusSeconds(Math.max(5, answer.getInt("expires_in", 60) - 15));
    return token;
  }

  private static String base(Config config) {
    return config
        .getOptionalValue(URL, String.class)
        .orElse("http://localhost:8180")
        .replaceAll("/$", "");
  }

  private static String realm(Config config) {
    return config.getOptionalValue(REALM, String.class).orElse("styrkedja");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
