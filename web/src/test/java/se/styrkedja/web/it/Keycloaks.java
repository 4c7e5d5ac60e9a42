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

  /**
   * A municipality as the realm knows one: an organization with the municipality code, and one user
   * of it holding {@code realmRole} (password = username). Made by hand here, as onboarding would;
   * returns the organization's id.
   */
  static String createMunicipality(
      String alias, String name, String code, String username, String realmRole) {
    String org =
        idOf(
            admin(
                "POST",
                "admin/realms/styrkedja/organizations",
                Map.of(
                    "name",
                    name,
                    "alias",
                    alias,
                    "enabled",
                    true,
                    "domains",
                    List.of(Map.of("name", alias + ".example.se")),
                    "attributes",
                    Map.of("municipalityCode", List.of(code)))));
    String user =
        idOf(
            admin(
                "POST",
                "admin/realms/styrkedja/users",
                Map.of(
                    "username",
                    username,
                    "enabled",
                    true,
                    "firstName",
                    "Test",
                    "lastName",
                    alias,
                    "email",
                    username + "@" + alias + ".example.se",
                    "emailVerified",
                    true,
                    "credentials",
                    List.of(Map.of("type", "password", "value", username, "temporary", false)))));
    String role = admin("GET", "admin/realms/styrkedja/roles/" + realmRole, null).body();
    try {
      admin(
          "POST",
          "admin/realms/styrkedja/users/" + user + "/role-mappings/realm",
          List.of(JSON.readValue(role, Map.class)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    admin("POST", "admin/realms/styrkedja/organizations/" + org + "/members", user);
    return org;
  }

  /** Whether the realm still has an organization with this alias. */
  static boolean organizationExists(String alias) {
    try {
      return JSON.readTree(
              admin(
                      "GET",
                      "admin/realms/styrkedja/organizations?exact=true&search="
                          + java.net.URLEncoder.encode(
                              alias, java.nio.charset.StandardCharsets.UTF_8),
                      null)
                  .body())
          .findValuesAsText("alias")
          .contains(alias);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String idOf(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static HttpResponse<String> admin(String method, String path, Object body) {
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
                      method,
                      body == null
                          ? HttpRequest.BodyPublishers.noBody()
                          : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + ": " + r.statusCode() + " " + r.body());
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
