package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;
import se.styrkedja.web.security.CallerFilter;

/**
 * Onboarding and the lifecycle of municipalities, by the operator, against the real Keycloak and
 * PostgreSQL: what the operator does shows in Keycloak's admin API and in the registry, what is
 * refused changes neither, and the municipality's people meet the status at their next request.
 */
class TenantsIT {

  /** Codes no demo municipality uses, a different one per tenant a test creates. */
  private static final AtomicInteger CODES =
      new AtomicInteger(5000 + (int) (System.nanoTime() % 4000));

  record Onboarded(String slug, String name, String code, String adminEmail, JsonNode body) {}

  static Onboarded onboard(String prefix) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "Testkommun " + slug;
    String code = String.valueOf(CODES.getAndIncrement());
    String email = "admin@" + slug + ".example.org";
    Answer created = Api.as("operator").post("tenants", request(name, slug, code, email));
    assertEquals(201, created.status(), created.raw());
    return new Onboarded(slug, name, code, email, created.body());
  }

  static Map<String, Object> request(String name, String slug, String code, String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("slug", slug);
    body.put("municipalityCode", code);
    body.put("adminEmail", email);
    return body;
  }

  /** The first admin, given a password by the test so it can sign in without an IdP. */
  static Api asAdminOf(Onboarded t) {
    JsonNode admin = Keycloaks.userByEmail(t.adminEmail()).orElseThrow();
    Keycloaks.setPassword(admin.get("id").asText(), t.adminEmail());
    return Api.withToken(Keycloaks.passwordGrant("styrkedja", "styrkedja-cli", t.adminEmail()));
  }

  @Test
  void theOperatorOnboardsAMunicipalityWithItsOrganizationAndFirstAdminInKeycloak()
      throws SQLException {
    Onboarded t = onboard("onb");

    assertEquals(t.slug(), t.body().get("id").asText());
    assertEquals(t.name(), t.body().get("name").asText());
    assertEquals(t.code(), t.body().get("municipalityCode").asText());
    assertEquals("onboarding", t.body().get("status").asText());
    assertEquals(t.adminEmail(), t.body().get("adminEmail").asText());

    JsonNode org = Keycloaks.organization(t.slug()).orElseThrow();
    assertEquals(t.name(), org.get("name").asText());
    JsonNode admin = Keycloaks.userByEmail(t.adminEmail()).orElseThrow();
    assertEquals(t.adminEmail(), admin.get("username").asText());
    JsonNode members =
        Keycloaks.admin(
            "GET",
            "admin/realms/styrkedja/organizations/" + org.get("id").asText() + "/members",
            null);
    assertEquals(1, members.size());
    assertEquals(admin.get("id").asText(), members.get(0).get("id").asText());
    // No realm role: the account is admin of this municipality by the municipality's own
    // assignment, stored with the tenant, and of no other municipality it may come to belong to.
    JsonNode roles =
        Keycloaks.admin(
            "GET",
            "admin/realms/styrkedja/users/" + admin.get("id").asText() + "/role-mappings/realm",
            null);
    assertFalse(roles.findValuesAsText("name").contains("admin"), roles.toString());
    assertEquals(
        List.of("admin"), Fixtures.tenantWideLevels(t.slug(), t.adminEmail()), "stored assignment");

    Answer one = Api.as("operator").get("tenants/" + t.slug());
    assertEquals(200, one.status());
    assertEquals("onboarding", one.body().get("status").asText());
    Answer list = Api.as("operator").get("tenants?limit=500");
    assertTrue(list.body().get("items").findValuesAsText("id").contains(t.slug()));
    assertTrue(list.body().get("items").findValuesAsText("id").contains("botkyrka"));
    assertEquals(List.of("tenant.create"), Fixtures.auditActions(t.slug(), t.slug()));
    assertEquals("operator", Fixtures.auditTrail(t.slug(), t.slug()).get(0).actor());

    // The admin signs in (here with a password the test gave them) and lands in the new tenant.
    Answer me = asAdminOf(t).get("me");
    assertEquals(200, me.status(), me.raw());
    assertEquals(t.slug(), me.body().get("tenant").get("id").asText());
  }

  @Test
  void invalidInputIsRefusedFieldByFieldAndCreatesNothing() throws SQLException {
    long before = tenantRows();
    String slug = "-Bad_" + UUID.randomUUID().toString().substring(0, 4);
    Answer bad = Api.as("operator").post("tenants", request(" ", slug, "12a", "not-an-address"));
    assertEquals(400, bad.status(), bad.raw());
    assertTrue(bad.isProblem());
    assertEquals(
        List.of("adminEmail", "municipalityCode", "name", "slug"), Fixtures.fields(bad.body()));

    Answer noBody = Api.as("operator").send("POST", "tenants", "", "application/json");
    assertEquals(400, noBody.status(), noBody.raw());
    Answer threeDigits =
        Api.as("operator").post("tenants", request("Kommun", "tre-siffror", "123", "a@b.se"));
    assertEquals(List.of("municipalityCode"), Fixtures.fields(threeDigits.body()));

    assertEquals(before, tenantRows());
    assertTrue(Keycloaks.organization("tre-siffror").isEmpty());
    assertTrue(Keycloaks.userByEmail("a@b.se").isEmpty());
  }

  @Test
  void aTakenSlugCodeOrAdminAccountAnswers409NamingTheFieldAndLeavesNothingBehind()
      throws SQLException {
    Api operator = Api.as("operator");
    Answer slug =
        operator.post("tenants", request("Ny kommun", "botkyrka", "4999", "x@ny.example.org"));
    assertEquals(409, slug.status(), slug.raw());
    assertEquals(List.of("slug"), Fixtures.fields(slug.body()));

    Answer code =
        operator.post("tenants", request("Ny kommun", "ny-kommun-kod", "0127", "x@ny.example.org"));
    assertEquals(409, code.status(), code.raw());
    assertEquals(List.of("municipalityCode"), Fixtures.fields(code.body()));
    assertTrue(Keycloaks.organization("ny-kommun-kod").isEmpty());

    // Keycloak refuses halfway (the admin's account exists): the organization it had just
    // created is removed again, and no tenant is stored.
    Onboarded first = onboard("first");
    long before = tenantRows();
    String second = "second-" + UUID.randomUUID().toString().substring(0, 8);
    Answer account =
        operator.post(
            "tenants",
            request(
                "Kommun " + second,
                second,
                String.valueOf(CODES.getAndIncrement()),
                first.adminEmail()));
    assertEquals(409, account.status(), account.raw());
    assertEquals(List.of("adminEmail"), Fixtures.fields(account.body()));
    assertTrue(Keycloaks.organization(second).isEmpty(), "the half-made organization is gone");
    assertEquals(before, tenantRows());
    assertEquals(404, operator.get("tenants/" + second).status());
  }

  @Test
  void onlyTheOperatorManagesTenants() throws SQLException {
    long before = tenantRows();
    for (String user : List.of("admin.botkyrka", "rektor.hassleholm")) {
      Api api = Api.as(user);
      Answer list = api.get("tenants");
      assertEquals(403, list.status(), list.raw());
      assertTrue(list.isProblem());
      assertEquals("tenant.access.operator-only", list.body().get("code").asText());
      assertEquals(403, api.get("tenants/botkyrka").status());
      assertEquals(403, api.post("tenants/hassleholm/suspend", Map.of()).status());
      assertEquals(
          403,
          api.post("tenants", request("Kommun", "nope-" + user.length(), "4998", "n@o.se"))
              .status());
      assertEquals(
          403, api.put("tenants/botkyrka/identity-provider", Map.of("type", "oidc")).status());
    }
    assertEquals(401, Api.anonymous().get("tenants").status());
    assertEquals(before, tenantRows());
    assertEquals(
        "active", Api.as("operator").get("tenants/hassleholm").body().get("status").asText());
    assertTrue(Keycloaks.organization("nope-" + "admin.botkyrka".length()).isEmpty());
  }

  @Test
  void theLifecycleAllowsOnlyItsOwnStepsAndNamesTheStatusWhenNot() throws SQLException {
    Onboarded t = onboard("life");
    Api operator = Api.as("operator");
    String path = "tenants/" + t.slug();

    Answer early = operator.post(path + "/suspend", Map.of());
    assertEquals(409, early.status(), early.raw());
    assertEquals("tenant.registry.invalid-transition", early.body().get("code").asText());
    assertTrue(early.body().get("detail").asText().contains("is onboarding"), early.raw());

    Answer active = operator.post(path + "/activate", Map.of());
    assertEquals(200, active.status(), active.raw());
    assertEquals("active", active.body().get("status").asText());
    Answer again = operator.post(path + "/activate", Map.of());
    assertEquals(409, again.status());
    assertTrue(again.body().get("detail").asText().contains("is active"), again.raw());

    assertEquals(
        "suspended", operator.post(path + "/suspend", Map.of()).body().get("status").asText());
    Answer twice = operator.post(path + "/suspend", Map.of());
    assertEquals(409, twice.status());
    assertTrue(twice.body().get("detail").asText().contains("is suspended"), twice.raw());
    assertEquals(
        "active", operator.post(path + "/activate", Map.of()).body().get("status").asText());

    assertEquals(
        List.of("tenant.create", "tenant.activate", "tenant.suspend", "tenant.activate"),
        Fixtures.auditActions(t.slug(), t.slug()));
    assertEquals(404, operator.post("tenants/no-such-kommun/activate", Map.of()).status());
    assertEquals(404, operator.get("tenants/NO_SUCH").status());
  }

  @Test
  void whileOnboardingOnlyTheAdminGetsIn() {
    Onboarded t = onboard("only-admin");
    Api admin = asAdminOf(t);
    assertEquals(200, admin.get("units").status());

    // Another member of the organization, without the admin role level.
    String org = Keycloaks.organization(t.slug()).orElseThrow().get("id").asText();
    String username = "larare@" + t.slug() + ".example.org";
    Keycloaks.admin(
        "POST",
        "admin/realms/styrkedja/users",
        Map.of(
            "username",
            username,
            "email",
            username,
            "enabled",
            true,
            "firstName",
            "Lo",
            "lastName",
            "Berg",
            "emailVerified",
            true));
    String id = Keycloaks.userByEmail(username).orElseThrow().get("id").asText();
    Keycloaks.setPassword(id, username);
    Keycloaks.admin("POST", "admin/realms/styrkedja/organizations/" + org + "/members", id);
    Api teacher = Api.withToken(Keycloaks.passwordGrant("styrkedja", "styrkedja-cli", username));

    Answer refused = teacher.get("units");
    assertEquals(403, refused.status(), refused.raw());
    assertEquals("core.tenant.onboarding", refused.body().get("code").asText());
    assertTrue(refused.body().get("detail").asText().contains(t.name()));

    assertEquals(
        200, Api.as("operator").post("tenants/" + t.slug() + "/activate", Map.of()).status());
    assertEquals(200, teacher.get("units").status());
  }

  @Test
  void aSuspendedMunicipalitysPeopleAreRefusedAndNothingOfTheirsChanges() {
    Onboarded t = onboard("susp");
    Api operator = Api.as("operator");
    operator.post("tenants/" + t.slug() + "/activate", Map.of());
    Api admin = asAdminOf(t);
    Answer root =
        admin.post("units", Map.of("type", "ADMINISTRATION", "name", "Utbildningsförvaltningen"));
    assertEquals(201, root.status(), root.raw());
    String unit = root.body().get("id").asText();

    assertEquals(
        "suspended",
        operator.post("tenants/" + t.slug() + "/suspend", Map.of()).body().get("status").asText());
    Answer read = admin.get("units");
    assertEquals(403, read.status(), read.raw());
    assertTrue(read.isProblem());
    assertEquals("core.tenant.suspended", read.body().get("code").asText());
    assertEquals("Municipality suspended", read.body().get("title").asText());
    assertTrue(read.body().get("detail").asText().contains(t.name() + " is suspended"));
    Answer write =
        admin.put(
            "units/" + unit,
            Map.of(
                "name",
                "Omdöpt under avstängning",
                "version",
                root.body().get("version").asLong()));
    assertEquals(403, write.status());
    Answer create = admin.post("units", Map.of("type", "TEAM", "name", "Nytt", "parentId", unit));
    assertEquals(403, create.status());

    // Other municipalities are not affected.
    assertEquals(200, Api.as("admin.botkyrka").get("units").status());

    operator.post("tenants/" + t.slug() + "/activate", Map.of());
    Answer after = admin.get("units");
    assertEquals(200, after.status());
    assertEquals(1, after.body().get("total").asLong());
    assertEquals("Utbildningsförvaltningen", after.body().get("items").get(0).get("name").asText());
    assertEquals(
        root.body().get("version").asLong(),
        after.body().get("items").get(0).get("version").asLong());
  }

  @Test
  void aBadIdentityProviderIsRefusedFieldByField() {
    Onboarded t = onboard("idp-bad");
    Api operator = Api.as("operator");
    String path = "tenants/" + t.slug() + "/identity-provider";

    Answer type = operator.put(path, Map.of("type", "ldap"));
    assertEquals(400, type.status(), type.raw());
    assertEquals(List.of("type"), Fixtures.fields(type.body()));
    Answer noClient =
        operator.put(path, Map.of("type", "oidc", "discoveryUrl", "https://idp.example.org/x"));
    assertEquals(400, noClient.status(), noClient.raw());
    assertEquals(List.of("clientId"), Fixtures.fields(noClient.body()));
    Answer notUrl =
        operator.put(
            path,
            Map.of("type", "oidc", "discoveryUrl", "idp", "clientId", "c", "clientSecret", "s"));
    assertEquals(List.of("discoveryUrl"), Fixtures.fields(notUrl.body()));
    Answer unreadable =
        operator.put(
            path,
            Map.of(
                "type", "oidc",
                "discoveryUrl",
                    TestSystem.get().keycloakUrl()
                        + "realms/no-such-realm/.well-known/openid-configuration",
                "clientId", "c",
                "clientSecret", "s"));
    assertEquals(400, unreadable.status(), unreadable.raw());
    assertEquals(List.of("discoveryUrl"), Fixtures.fields(unreadable.body()));
    Answer saml = operator.put(path, Map.of("type", "saml", "entityId", "urn:x"));
    assertEquals(List.of("ssoUrl"), Fixtures.fields(saml.body()));

    assertEquals(
        404,
        operator
            .put(
                "tenants/no-such-kommun/identity-provider",
                Map.of("type", "saml", "metadataUrl", "https://x.example.org/m"))
            .status());
    assertTrue(operator.get("tenants/" + t.slug()).body().path("identityProvider").isMissingNode());
    assertEquals(
        404,
        Keycloaks.adminCall(
                "GET", "admin/realms/styrkedja/identity-provider/instances/" + t.slug(), null)
            .statusCode());
  }

  @Test
  void aSamlIdentityProviderIsLinkedAndALaterLinkReplacesIt() {
    Onboarded t = onboard("saml");
    Api operator = Api.as("operator");
    String path = "tenants/" + t.slug() + "/identity-provider";
    Answer first =
        operator.put(
            path,
            Map.of(
                "type", "saml",
                "entityId", "https://idp." + t.slug() + ".example.org/saml",
                "ssoUrl", "https://idp." + t.slug() + ".example.org/sso"));
    assertEquals(200, first.status(), first.raw());
    assertEquals("saml", first.body().get("identityProvider").get("type").asText());
    JsonNode idp =
        Keycloaks.admin(
            "GET", "admin/realms/styrkedja/identity-provider/instances/" + t.slug(), null);
    assertEquals("saml", idp.get("providerId").asText());
    assertEquals(
        "https://idp." + t.slug() + ".example.org/sso",
        idp.get("config").get("singleSignOnServiceUrl").asText());
    assertEquals("styrkedja first broker login", idp.get("firstBrokerLoginFlowAlias").asText());

    Answer second =
        operator.put(
            path,
            Map.of(
                "type", "saml",
                "entityId", "https://login." + t.slug() + ".example.org",
                "ssoUrl", "https://login." + t.slug() + ".example.org/sso"));
    assertEquals(200, second.status(), second.raw());
    JsonNode replaced =
        Keycloaks.admin(
            "GET", "admin/realms/styrkedja/identity-provider/instances/" + t.slug(), null);
    assertEquals(
        "https://login." + t.slug() + ".example.org/sso",
        replaced.get("config").get("singleSignOnServiceUrl").asText());
    String org = Keycloaks.organization(t.slug()).orElseThrow().get("id").asText();
    assertEquals(
        List.of(t.slug()),
        Keycloaks.admin(
                "GET", "admin/realms/styrkedja/organizations/" + org + "/identity-providers", null)
            .findValuesAsText("alias"));
  }

  @Test
  void staffOfTheMunicipalitySignInThroughItsOwnIdentityProviderAndLandInItsTenant()
      throws SQLException {
    Onboarded t = onboard("broker");
    String idpRealm = "idp-" + t.slug();
    String secret = UUID.randomUUID().toString();
    Keycloaks.createMunicipalityIdp(idpRealm, t.slug(), secret, "kerstin.ek", t.adminEmail());

    Answer linked =
        Api.as("operator")
            .put(
                "tenants/" + t.slug() + "/identity-provider",
                Map.of(
                    "type",
                    "oidc",
                    "displayName",
                    t.name() + " inloggning",
                    "discoveryUrl",
                    TestSystem.get().keycloakUrl()
                        + "realms/"
                        + idpRealm
                        + "/.well-known/openid-configuration",
                    "clientId",
                    "styrkedja-broker",
                    "clientSecret",
                    secret));
    assertEquals(200, linked.status(), linked.raw());
    assertEquals(t.slug(), linked.body().get("identityProvider").get("alias").asText());
    assertEquals("oidc", linked.body().get("identityProvider").get("type").asText());
    assertFalse(linked.raw().contains(secret), "the client secret is never shown");
    String org = Keycloaks.organization(t.slug()).orElseThrow().get("id").asText();
    JsonNode idps =
        Keycloaks.admin(
            "GET", "admin/realms/styrkedja/organizations/" + org + "/identity-providers", null);
    assertEquals(List.of(t.slug()), idps.findValuesAsText("alias"));

    // The admin signs in at the municipality's IdP, is linked by e-mail, and acts as admin there.
    String token = BrokeredLogin.token(t.slug(), "kerstin.ek", "kerstin.ek");
    Answer me = Api.withToken(token).get("me");
    assertEquals(200, me.status(), me.raw());
    assertEquals(t.slug(), me.body().get("tenant").get("id").asText());
    assertEquals(t.adminEmail(), me.body().get("username").asText());
    assertTrue(Fixtures.texts(me.body().get("roleLevels")).contains("admin"));
    Answer root =
        Api.withToken(token)
            .post("units", Map.of("type", "ADMINISTRATION", "name", "Barn- och utbildning"));
    assertEquals(201, root.status(), root.raw());
    assertEquals(
        List.of("tenant.create", "tenant.identity-provider.link"),
        Fixtures.auditActions(t.slug(), t.slug()));
    // Nothing of it is seen from another municipality.
    Answer other = Api.as("admin.botkyrka").get("units/" + root.body().get("id").asText());
    assertEquals(404, other.status());

    // A teacher of the municipality: a new account, a member, no role level from the token, and
    // refused while the municipality is being onboarded.
    Keycloaks.admin(
        "POST",
        "admin/realms/" + idpRealm + "/users",
        Map.of(
            "username",
            "lo.berg",
            "enabled",
            true,
            "firstName",
            "Lo",
            "lastName",
            "Berg",
            "email",
            "lo.berg@" + t.slug() + ".example.org",
            "emailVerified",
            true,
            "credentials",
            List.of(Map.of("type", "password", "value", "lo.berg", "temporary", false))));
    Api teacher = Api.withToken(BrokeredLogin.token(t.slug(), "lo.berg", "lo.berg"));
    Answer early = teacher.get("me");
    assertEquals(403, early.status(), early.raw());
    assertEquals("core.tenant.onboarding", early.body().get("code").asText());
    assertEquals(
        200, Api.as("operator").post("tenants/" + t.slug() + "/activate", Map.of()).status());
    Answer teacherMe = teacher.get("me");
    assertEquals(200, teacherMe.status(), teacherMe.raw());
    assertEquals(t.slug(), teacherMe.body().get("tenant").get("id").asText());
    // Keycloak's default roles (offline_access ...) may be there; no role level of the chain is.
    List<String> levels = Fixtures.texts(teacherMe.body().get("roleLevels"));
    for (String level :
        List.of("politiker", "forvaltning", "rektor", "forskolechef", "larare", "it", "admin")) {
      assertFalse(levels.contains(level), level + " in " + levels);
    }
    assertEquals(403, teacher.post("units", Map.of("type", "TEAM", "name", "Arbetslag")).status());

    // Botkyrka's admin also has an account at this municipality's IdP, with the same e-mail: the
    // sign-in links it to the existing account, which becomes a member here, and holds nothing
    // here. In Botkyrka it is admin as before.
    Keycloaks.admin(
        "POST",
        "admin/realms/" + idpRealm + "/users",
        Map.of(
            "username",
            "lena.forsberg",
            "enabled",
            true,
            "firstName",
            "Lena",
            "lastName",
            "Forsberg",
            "email",
            "admin@botkyrka.se",
            "emailVerified",
            true,
            "credentials",
            List.of(Map.of("type", "password", "value", "lena.forsberg", "temporary", false))));
    String linkedToken = BrokeredLogin.token(t.slug(), "lena.forsberg", "lena.forsberg");
    String org2 = Keycloaks.organization(t.slug()).orElseThrow().get("id").asText();
    assertEquals(
        3,
        Keycloaks.admin("GET", "admin/realms/styrkedja/organizations/" + org2 + "/members", null)
            .size());
    String lena = Keycloaks.userByEmail("admin@botkyrka.se").orElseThrow().get("id").asText();
    try {
      Api here = Api.withToken(linkedToken).header(CallerFilter.TENANT_HEADER, t.slug());
      Answer linkedMe = here.get("me");
      assertEquals(200, linkedMe.status(), linkedMe.raw());
      assertEquals("admin.botkyrka", linkedMe.body().get("username").asText());
      assertEquals(List.of(), Fixtures.texts(linkedMe.body().get("roleLevels")));
      assertEquals(403, here.post("units", Map.of("type", "TEAM", "name", "Konsulter")).status());
      assertEquals(403, here.get("people").status());
      Answer atHome =
          Api.withToken(linkedToken).header(CallerFilter.TENANT_HEADER, "botkyrka").get("me");
      assertEquals(List.of("admin"), Fixtures.texts(atHome.body().get("roleLevels")));
    } finally {
      // Other tests sign in as Botkyrka's admin without choosing a municipality.
      Keycloaks.adminCall(
          "DELETE", "admin/realms/styrkedja/organizations/" + org2 + "/members/" + lena, null);
    }
    assertEquals(
        2,
        Keycloaks.admin("GET", "admin/realms/styrkedja/organizations/" + org2 + "/members", null)
            .size());
  }

  @Test
  void theOpenApiDocumentDescribesTheOperatorsEndpoints() throws Exception {
    java.net.http.HttpResponse<String> openapi =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(TestSystem.get().appUrl().resolve("openapi"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, openapi.statusCode());
    for (String path :
        List.of(
            "/api/tenants:",
            "/api/tenants/{id}:",
            "/api/tenants/{id}/activate:",
            "/api/tenants/{id}/suspend:",
            "/api/tenants/{id}/identity-provider:")) {
      assertTrue(openapi.body().contains(path), path + " in the OpenAPI document");
    }
  }

  private static long tenantRows() throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q = c.prepareStatement("select count(*) from tenant");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
