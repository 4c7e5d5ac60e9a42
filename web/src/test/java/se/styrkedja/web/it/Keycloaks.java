package se.styrkedja.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** A call of the admin API that must succeed; the answer's JSON, or null when it has none. */
  static JsonNode admin(String method, String path, Object body) {
    HttpResponse<String> r = adminCall(method, path, body);
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    try {
      return r.body().isBlank() ? null : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any call of the admin API of the test system's Keycloak, as its bootstrap admin. */
  static HttpResponse<String> adminCall(String method, String path, Object body) {
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
      return HTTP.send(
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The organization of realm {@code styrkedja} with this alias, if there is one. */
  static Optional<JsonNode> organization(String alias) {
    for (JsonNode org :
        admin("GET", "admin/realms/styrkedja/organizations?first=0&max=1000", null)) {
      if (alias.equals(org.path("alias").asText())) {
        return Optional.of(org);
      }
    }
    return Optional.empty();
  }

  /** The user of realm {@code styrkedja} with exactly this e-mail, if there is one. */
  static Optional<JsonNode> userByEmail(String email) {
    JsonNode users =
        admin(
            "GET",
            "admin/realms/styrkedja/users?exact=true&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8),
            null);
    return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
  }

  /** Gives a user of realm {@code styrkedja} a password, so a test can sign in as them. */
  static void setPassword(String userId, String password) {
    admin(
        "PUT",
        "admin/realms/styrkedja/users/" + userId + "/reset-password",
        Map.of("type", "password", "value", password, "temporary", false));
  }

  /**
   * A second realm acting as a municipality's own identity provider: a confidential client for
   * Keycloak's broker (redirecting to realm styrkedja's broker endpoint for {@code alias}) and one
   * user with a verified e-mail, password = username.
   */
  static void createMunicipalityIdp(
      String realm, String alias, String clientSecret, String username, String email) {
    TestSystem system = TestSystem.get();
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
                    "Kerstin",
                    "lastName",
                    "Ek",
                    "email",
                    email,
                    "emailVerified",
                    true,
                    "credentials",
                    List.of(Map.of("type", "password", "value", username, "temporary", false)))),
            "clients",
            List.of(
                Map.of(
                    "clientId",
                    "styrkedja-broker",
                    "publicClient",
                    false,
                    "secret",
                    clientSecret,
                    "standardFlowEnabled",
                    true,
                    "redirectUris",
                    List.of(
                        system.keycloakUrl()
                            + "realms/styrkedja/broker/"
                            + alias
                            + "/endpoint")))));
  }

  /**
   * A municipality as the realm knows one, made by hand as onboarding would: an organization with
   * the municipality code, and one user of it (password = username, no realm role) who holds {@code
   * level} tenant-wide by a role assignment stored in the municipality (whose tenant row must
   * exist). Returns the organization's id.
   */
  static String createMunicipality(
      String alias, String name, String code, String username, String level) {
    String org =
        idOf(
            adminCall(
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
        createUser(username, username, "Test", alias, username + "@" + alias + ".example.se");
    admin("POST", "admin/realms/styrkedja/organizations/" + org + "/members", user);
    Fixtures.assignTenantWide(alias, username, level);
    return org;
  }

  /** A user of the realm with a verified e-mail and a password; returns its id. */
  static String createUser(
      String username, String password, String firstName, String lastName, String email) {
    return idOf(
        adminCall(
            "POST",
            "admin/realms/styrkedja/users",
            Map.of(
                "username",
                username,
                "enabled",
                true,
                "firstName",
                firstName,
                "lastName",
                lastName,
                "email",
                email,
                "emailVerified",
                true,
                "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", false)))));
  }

  private static String idOf(HttpResponse<String> created) {
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.statusCode() + " " + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
