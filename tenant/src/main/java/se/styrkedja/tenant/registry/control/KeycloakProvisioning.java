package se.styrkedja.tenant.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import se.styrkedja.tenant.registry.control.KeycloakAdmin.Reply;

/**
 * A tenant's identity in Keycloak: its organization (alias = the tenant's id), its first admin (a
 * user named by e-mail, member of the organization, with no realm role: the tenant's own role
 * assignment makes it admin there, see {@code TenantOnboarded}), and the municipality's own
 * identity provider linked to the organization.
 *
 * <p>Each operation either completes or removes what it created before failing, so that Keycloak
 * never holds half a tenant.
 */
@ApplicationScoped
public class KeycloakProvisioning {

  /**
   * The first-broker-login flow of the realm file: a brokered user whose verified e-mail matches an
   * existing account is linked to it (the first admin), anyone else gets an account; both become
   * members of the organization the identity provider is linked to.
   */
  public static final String FIRST_BROKER_LOGIN_FLOW = "styrkedja first broker login";

  private static final Logger LOG = Logger.getLogger(KeycloakProvisioning.class.getName());

  @Inject KeycloakAdmin admin;

  /** What was created for a tenant. */
  public record TenantIdentity(String organizationId, String adminUserId) {}

  /**
   * Creates the organization and the first admin. A clash with an existing organization or account
   * is a {@link TenantTaken} naming the field; anything else an {@link IdentityUnavailable}.
   */
  public TenantIdentity createTenantIdentity(
      String tenantId, String name, String municipalityCode, String adminEmail) {
    Reply org =
        admin.send(
            "POST",
            "organizations",
            Json.createObjectBuilder()
                .add("name", name)
                .add("alias", tenantId)
                .add("enabled", true)
                .add(
                    "attributes",
                    Json.createObjectBuilder()
                        .add("municipalityCode", Json.createArrayBuilder().add(municipalityCode)))
                .build(),
            "create the organization");
    if (org.status() == 409) {
      boolean alias = org.errorMessage().toLowerCase(Locale.ROOT).contains("alias");
      throw alias
          ? new TenantTaken("slug", "Keycloak already has an organization with this id.")
          : new TenantTaken("name", "Keycloak already has an organization with this name.");
    }
    if (!org.ok() || org.createdId().isEmpty()) {
      LOG.warning(() -> "Keycloak refused the organization: " + org.status() + " " + org.body());
      throw new IdentityUnavailable("create the organization");
    }
    String orgId = org.createdId().get();
    String userId = null;
    try {
      Reply user =
          admin.send(
              "POST",
              "users",
              Json.createObjectBuilder()
                  .add("username", adminEmail)
                  .add("email", adminEmail)
                  // Keycloak's user profile wants a name before the account may be used; the
                  // municipality's identity provider replaces it at the first sign-in.
                  .add("firstName", "Administratör")
                  .add("lastName", name)
                  .add("emailVerified", true)
                  .add("enabled", true)
                  .build(),
              "create the first admin");
      if (user.status() == 409) {
        throw new TenantTaken(
            "adminEmail", "Keycloak already has an account with this e-mail address.");
      }
      if (!user.ok() || user.createdId().isEmpty()) {
        LOG.warning(() -> "Keycloak refused the admin: " + user.status() + " " + user.body());
        throw new IdentityUnavailable("create the first admin");
      }
      userId = user.createdId().get();
      admin.require(
          "POST",
          "organizations/" + orgId + "/members",
          Json.createValue(userId),
          "make the first admin a member");
      return new TenantIdentity(orgId, userId);
    } catch (RuntimeException e) {
      if (userId != null) {
        quietly("DELETE", "users/" + userId);
      }
      quietly("DELETE", "organizations/" + orgId);
      throw e;
    }
  }

  /**
   * Creates (or replaces) the municipality's identity provider, alias {@code tenantId}, and links
   * it to the tenant's organization. Names and e-mail follow the municipality's provider at every
   * sign-in (sync mode FORCE): it is where its staff are managed. Settings Keycloak cannot use are
   * an {@link InvalidIdentityProvider} naming the field.
   */
  public String linkIdentityProvider(
      String tenantId, String organizationId, IdentityProviderSettings settings) {
    String alias = tenantId;
    JsonObject config = config(settings);
    JsonObject provider =
        Json.createObjectBuilder()
            .add("alias", alias)
            .add("displayName", settings.displayName())
            .add("providerId", settings.type().alias())
            .add("enabled", true)
            .add("trustEmail", true)
            .add("hideOnLogin", false)
            .add("firstBrokerLoginFlowAlias", FIRST_BROKER_LOGIN_FLOW)
            .add("config", config)
            .build();
    Reply existing =
        admin.send("GET", "identity-provider/instances/" + alias, null, "read the IdP");
    if (existing.ok()) {
      // Replaced, not updated: the protocol may have changed, and Keycloak keys IdPs by alias.
      admin.require(
          "DELETE", "identity-provider/instances/" + alias, null, "replace the identity provider");
    }
    admin.require("POST", "identity-provider/instances", provider, "create the identity provider");
    try {
      admin.require(
          "POST",
          "organizations/" + organizationId + "/identity-providers",
          Json.createValue(alias),
          "link the identity provider to the organization");
    } catch (RuntimeException e) {
      quietly("DELETE", "identity-provider/instances/" + alias);
      throw e;
    }
    return alias;
  }

  /** The identity provider's configuration, read from its discovery or metadata URL if given. */
  private JsonObject config(IdentityProviderSettings s) {
    JsonObjectBuilder config = Json.createObjectBuilder();
    String fromUrl =
        s.type() == IdentityProviderSettings.Type.OIDC ? s.discoveryUrl() : s.metadataUrl();
    String field = s.type() == IdentityProviderSettings.Type.OIDC ? "discoveryUrl" : "metadataUrl";
    if (fromUrl != null && !fromUrl.isBlank()) {
      Reply imported =
          admin.send(
              "POST",
              "identity-provider/import-config",
              Json.createObjectBuilder()
                  .add("providerId", s.type().alias())
                  .add("fromUrl", fromUrl)
                  .build(),
              "read the identity provider's configuration");
      if (!imported.ok()) {
        throw new InvalidIdentityProvider(
            field, "could not be read as the provider's configuration");
      }
      for (Map.Entry<String, JsonValue> e : imported.object().entrySet()) {
        if (e.getValue() instanceof JsonString text) {
          config.add(e.getKey(), text.getString());
        } else {
          config.add(e.getKey(), e.getValue().toString());
        }
      }
    }
    if (s.type() == IdentityProviderSettings.Type.OIDC) {
      config
          .add("clientId", s.clientId())
          .add("clientSecret", s.clientSecret())
          .add("clientAuthMethod", "client_secret_post")
          .add("defaultScope", "openid profile email")
          .add("syncMode", "FORCE")
          .add("pkceEnabled", "true")
          .add("pkceMethod", "S256");
    } else {
      if (s.entityId() != null && !s.entityId().isBlank()) {
        config.add("idpEntityId", s.entityId());
      }
      if (s.ssoUrl() != null && !s.ssoUrl().isBlank()) {
        config.add("singleSignOnServiceUrl", s.ssoUrl());
      }
      boolean signed = s.signingCertificate() != null && !s.signingCertificate().isBlank();
      if (signed) {
        config.add("signingCertificate", s.signingCertificate()).add("validateSignature", "true");
      }
      config
          .add("nameIDPolicyFormat", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")
          .add("principalType", "SUBJECT")
          .add("postBindingResponse", "true")
          .add("postBindingAuthnRequest", "true")
          .add("syncMode", "FORCE");
    }
    return config.build();
  }

  /**
   * Removes a tenant's identity from Keycloak, for offboarding: its identity providers, the
   * accounts of its members, and its organization. Idempotent: what is already gone is skipped.
   */
  public void deleteTenantIdentity(String tenantId) {
    Optional<String> orgId = organizationOf(tenantId);
    if (orgId.isEmpty()) {
      return;
    }
    String org = orgId.get();
    for (JsonValue idp :
        admin
            .require("GET", "organizations/" + org + "/identity-providers", null, "list IdPs")
            .array()) {
      String alias = idp.asJsonObject().getString("alias");
      gone("DELETE", "identity-provider/instances/" + alias, "delete the identity provider");
    }
    for (JsonValue member :
        admin
            .require(
                "GET", "organizations/" + org + "/members?first=0&max=10000", null, "list members")
            .array()) {
      gone(
          "DELETE",
          "users/" + member.asJsonObject().getString("id"),
          "delete the organization's accounts");
    }
    gone("DELETE", "organizations/" + org, "delete the organization");
  }

  /** The id of the tenant's organization, found by its alias. */
  public Optional<String> organizationOf(String tenantId) {
    for (JsonValue org :
        admin
            .require(
                "GET",
                "organizations?briefRepresentation=true&first=0&max=10000",
                null,
                "list the organizations")
            .array()) {
      JsonObject o = org.asJsonObject();
      if (tenantId.equals(o.getString("alias", null))) {
        return Optional.of(o.getString("id"));
      }
    }
    return Optional.empty();
  }

  private void gone(String method, String path, String step) {
    Reply reply = admin.send(method, path, null, step);
    if (!reply.ok() && reply.status() != 404) {
      admin.require(method, path, null, step);
    }
  }

  /** Compensation: best effort, logged when it fails, never hiding the first failure. */
  private void quietly(String method, String path) {
    try {
      Reply reply = admin.send(method, path, null, "undo provisioning");
      if (!reply.ok() && reply.status() != 404) {
        LOG.severe(
            () -> "Could not undo provisioning: " + method + " " + path + " " + reply.status());
      }
    } catch (RuntimeException e) {
      LOG.severe(() -> "Could not undo provisioning: " + method + " " + path + " " + e);
    }
  }
}
