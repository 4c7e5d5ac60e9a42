package se.styrkedja.tenant.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.styrkedja.tenant.registry.control.KeycloakAdmin.Reply;

/** What is left in Keycloak when a step fails, with Keycloak's answers scripted. */
class KeycloakProvisioningTest {

  /** Answers by "METHOD path" prefix; anything unscripted is 204. Records every call. */
  static final class ScriptedKeycloak extends KeycloakAdmin {
    final Map<String, Reply> script = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    ScriptedKeycloak answer(String call, int status, String body, String createdId) {
      script.put(call, new Reply(status, body, Optional.ofNullable(createdId)));
      return this;
    }

    @Override
    public Reply send(String method, String path, JsonValue body, String step) {
      String call = method + " " + path;
      calls.add(call);
      return script.entrySet().stream()
          .filter(e -> call.startsWith(e.getKey()))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(new Reply(204, "", Optional.empty()));
    }
  }

  private static KeycloakProvisioning with(ScriptedKeycloak keycloak) {
    KeycloakProvisioning p = new KeycloakProvisioning();
    p.admin = keycloak;
    return p;
  }

  private static ScriptedKeycloak created() {
    return new ScriptedKeycloak()
        .answer("POST organizations/org-1/members", 204, "", null)
        .answer("POST organizations", 201, "", "org-1")
        .answer("POST users", 201, "", "user-1");
  }

  @Test
  void createsTheOrganizationThenTheAdminAsAMemberWithNoRealmRole() {
    ScriptedKeycloak keycloak = created();
    var identity = with(keycloak).createTenantIdentity("ystad", "Ystads kommun", "1286", "a@y.se");
    assertEquals("org-1", identity.organizationId());
    assertEquals("user-1", identity.adminUserId());
    assertEquals(
        // A realm role would make the account admin in every municipality it ever belongs to: the
        // role is the tenant's own assignment, stored with the tenant.
        List.of("POST organizations", "POST users", "POST organizations/org-1/members"),
        keycloak.calls);
  }

  @Test
  void aFailureAfterTheOrganizationRemovesTheAccountAndTheOrganization() {
    // Scripted answers match by prefix, first match wins: the failing one goes first.
    ScriptedKeycloak failing = new ScriptedKeycloak();
    failing.answer("POST organizations/org-1/members", 500, "{}", null);
    created().script.forEach(failing.script::putIfAbsent);

    assertThrows(
        IdentityUnavailable.class,
        () -> with(failing).createTenantIdentity("ystad", "Ystads kommun", "1286", "a@y.se"));
    assertTrue(failing.calls.contains("DELETE users/user-1"), failing.calls.toString());
    assertTrue(failing.calls.contains("DELETE organizations/org-1"), failing.calls.toString());
  }

  @Test
  void anExistingAccountIsAConflictOnTheEmailAndTheOrganizationIsRemoved() {
    ScriptedKeycloak keycloak = new ScriptedKeycloak();
    keycloak.answer("POST users", 409, "{\"errorMessage\":\"User exists with same email\"}", null);
    created().script.forEach(keycloak.script::putIfAbsent);

    TenantTaken taken =
        assertThrows(
            TenantTaken.class,
            () -> with(keycloak).createTenantIdentity("ystad", "Ystads kommun", "1286", "a@y.se"));
    assertEquals("adminEmail", taken.errors().get(0).field());
    assertEquals(
        List.of("POST organizations", "POST users", "DELETE organizations/org-1"), keycloak.calls);
  }

  @Test
  void aTakenAliasIsAConflictOnTheSlugAndNothingElseIsTried() {
    ScriptedKeycloak keycloak =
        new ScriptedKeycloak()
            .answer(
                "POST organizations",
                409,
                "{\"errorMessage\":\"A organization with the same alias already exists\"}",
                null);
    TenantTaken taken =
        assertThrows(
            TenantTaken.class,
            () -> with(keycloak).createTenantIdentity("ystad", "Ystads kommun", "1286", "a@y.se"));
    assertEquals("slug", taken.errors().get(0).field());
    assertEquals(List.of("POST organizations"), keycloak.calls);
  }

  @Test
  void deletingATenantsIdentityRemovesItsIdpsMembersAndOrganizationSkippingWhatIsGone() {
    ScriptedKeycloak keycloak =
        new ScriptedKeycloak()
            .answer(
                "GET organizations/org-1/identity-providers", 200, "[{\"alias\":\"ystad\"}]", null)
            .answer(
                "GET organizations/org-1/members",
                200,
                "[{\"id\":\"user-1\"},{\"id\":\"user-2\"}]",
                null)
            .answer(
                "GET organizations?",
                200,
                "[{\"id\":\"org-9\",\"alias\":\"botkyrka\"},{\"id\":\"org-1\",\"alias\":\"ystad\"}]",
                null)
            .answer("DELETE users/user-2", 404, "", null);

    with(keycloak).deleteTenantIdentity("ystad");

    assertEquals(
        List.of(
            "DELETE identity-provider/instances/ystad",
            "DELETE users/user-1",
            "DELETE users/user-2",
            "DELETE organizations/org-1"),
        keycloak.calls.stream().filter(c -> c.startsWith("DELETE")).toList());
  }

  @Test
  void deletingTheIdentityOfATenantKeycloakDoesNotKnowDoesNothing() {
    ScriptedKeycloak keycloak =
        new ScriptedKeycloak().answer("GET organizations?", 200, "[]", null);
    with(keycloak).deleteTenantIdentity("ystad");
    assertEquals(1, keycloak.calls.size());
  }
}
