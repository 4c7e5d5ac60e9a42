package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The realm the project ships locks an account for a while after five wrong passwords in a row
 * (Keycloak's brute-force detection, docs/operations.md), so that nobody can guess the password of
 * someone whose municipality does not broker to its own identity provider. On a throwaway account:
 * the demo users the other tests sign in as are never locked.
 */
class AccountLockoutIT {

  /** The realm's failureFactor. */
  private static final int FAILURES = 5;

  private String userId;

  @AfterEach
  void removeTheAccount() {
    if (userId != null) {
      Keycloaks.admin("DELETE", "admin/realms/styrkedja/users/" + userId, null);
    }
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws InterruptedException {
    String username = "lockout-" + System.nanoTime();
    String password = "Rätt-lösenord-" + System.nanoTime();
    userId = Keycloaks.createUser(username, password, "Lo", "Kaut", username + "@example.org");
    assertEquals(200, passwordGrant(username, password).statusCode(), "the account works");

    HttpResponse<String> wrong = null;
    for (int i = 1; i <= FAILURES; i++) {
      // Further apart than the realm's quick-login check (1 s), so that only the count locks.
      Thread.sleep(1_500);
      wrong = passwordGrant(username, "fel-" + i);
      assertTrue(List.of(400, 401).contains(wrong.statusCode()), wrong.body());
      JsonNode status = lockout();
      assertEquals(i, status.get("numFailures").asInt(), status.toString());
      assertEquals(i == FAILURES, status.get("disabled").asBoolean(), "after " + i + ": " + status);
    }

    HttpResponse<String> right = passwordGrant(username, password);
    assertFalse(right.statusCode() == 200, "locked: the right password is refused too");
    assertFalse(right.body().contains("access_token"), right.body());
    assertEquals(wrong.statusCode(), right.statusCode(), "the same answer as a wrong password");
    assertEquals(wrong.body(), right.body(), "the same answer as a wrong password");
    assertTrue(lockout().get("disabled").asBoolean());
  }

  /** Keycloak's brute-force state of the account: numFailures, disabled. */
  private JsonNode lockout() {
    return Keycloaks.admin(
        "GET", "admin/realms/styrkedja/attack-detection/brute-force/users/" + userId, null);
  }

  private static HttpResponse<String> passwordGrant(String username, String password) {
    TestSystem system = TestSystem.get();
    return system.postForm(
        system.issuer().resolve("protocol/openid-connect/token"),
        Map.of(
            "client_id",
            "styrkedja-cli",
            "grant_type",
            "password",
            "username",
            username,
            "password",
            password));
  }
}
