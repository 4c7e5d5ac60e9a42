package se.styrkedja.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void keycloakIsLetInByItsOriginOnly() {
    assertEquals("https://id.example.se", SecurityHeaders.origin("https://ID.example.se/auth/"));
    assertEquals("http://localhost:8180", SecurityHeaders.origin("http://localhost:8180"));
    String policy = SecurityHeaders.policy("https://id.example.se/auth");
    assertTrue(policy.contains("connect-src 'self' https://id.example.se;"), policy);
    assertTrue(policy.contains("frame-src https://id.example.se;"), policy);
  }

  @Test
  void aKeycloakUrlThatIsNoUrlStopsTheStart() {
    assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.origin("id.example.se"));
  }
}
