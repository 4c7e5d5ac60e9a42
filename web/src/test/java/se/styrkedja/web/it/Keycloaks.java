package se.styrkedja.web.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Test fixtures made through Keycloak's admin REST API on the test system's Keycloak: clients and
 * realms that issue tokens that are wrong in exactly one way.
 */
final class Keycloaks {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Keycloaks() {}

  static Map<String, Object> audienceMapper() {
    return Map.of(
        "name", "styrkedja-api audience",
        "protocol", "openid-connect",
        "protocolMapper", "oidc-audience-mapper",
        "config",
            Map.of(
                "included.custom.audience", "styrkedja-api",
                "access.token.claim", "true",
                "id.token.claim", "false"));
  }

  /** A public client with password grants in realm {@code styrkedja}. */
  static void createClient(String clientId, boolean withAudience, Integer tokenLifespanSeconds) {
    Map<String, Object> client =
        new java.util.HashMap<>(
            Map.of(
                "clientId", clientId,
                "publicClient", true,
                "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false,
                "protocolMappers", withAudience ? List.of(audienceMapper()) : List.of()));
    if (tokenLifespanSeconds != null) {
      client.put("attributes", Map.of("access.token.lifespan", tokenLifespanSeconds.toString()));
    }
    admin("POST", "admin/realms/styrkedja/clients", client);
  }

  /** A second realm with the same user name and a client like ours: another issuer, other keys. */
  static void createRealmElsewhere(String realm, String username) {
    admin(
        "POST",
        "admin/realms",
        Map.of(
            "realm",
            realm,
            "enabled",
            true,
            "users",
            List.of(
                Map.of(
                    "username",
                    username,
                    "enabled",
                    true,
                    "firstName",
                    "Eva",
                    "lastName",
                    "Lindqvist",
                    "email",
                    username + "@example.org",
                    "emailVerified",
                    true,
                    "credentials",
                    List.of(Map.of("type", "password", "value", username, "temporary", false)))),
            "clients",
            List.of(
                Map.of(
                    "clientId",
                    "styrkedja-cli",
                    "publicClient",
                    true,
                    "directAccessGrantsEnabled",
                    true,
                    "protocolMappers",
                    List.of(audienceMapper())))));
  }

  static String passwordGrant(String realm, String clientId, String username) {
    TestSystem system = TestSystem.get();
    return system
        .tokenRequest(
            system.keycloakUrl().resolve("realms/" + realm + "/protocol/openid-connect/token"),
            Map.of(
                "client_id", clientId,
                "grant_type", "password",
                "username", username,
                "password", username))
        .get("access_token")
        .asText();
  }

  private static void admin(String method, String path, Object body) {
    TestSystem system = TestSystem.get();
    String adminToken =
        system
            .tokenRequest(
                system.keycloakUrl().resolve("realms/master/protocol/openid-connect/token"),
                Map.of(
                    "client_id", "admin-cli",
                    "grant_type", "password",
                    "username", "admin",
                    "password", system.keycloakAdminPassword()))
            .get("access_token")
            .asText();
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(system.keycloakUrl() + path))
                  .header("Authorization", "Bearer " + adminToken)
                  .header("Content-Type", "application/json")
                  .method(
                      method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + ": " + r.statusCode() + " " + r.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
