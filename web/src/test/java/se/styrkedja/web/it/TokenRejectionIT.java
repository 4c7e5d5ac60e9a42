package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.web.it.ApiIT.assertProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.styrkedja.web.it.Api.Answer;

/**
 * Every way a bearer token can be wrong is refused with 401 problem+json, and costs the operator
 * one log line each, not a stack trace. Each bad token differs from a good one in one way only; the
 * good one is shown to work first, so that the refusal is for that one reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenRejectionIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final String USER = "rektor.botkyrka";

  private static long logLinesBefore;
  private static int rejections;

  @BeforeAll
  static void start() throws IOException {
    TestSystem.get();
    logLinesBefore = Files.readAllLines(TestSystem.get().appLog()).size();
  }

  @Test
  void aValidTokenIsAccepted() {
    assertEquals(200, Api.as(USER).get("me").status());
  }

  @Test
  void noToken() {
    refused(Api.anonymous().get("me"));
  }

  @Test
  void notAJwtAtAll() {
    refused(Api.withToken("not-a-token").get("me"));
  }

  @Test
  void unsignedWithAlgNone() throws IOException {
    String[] parts = TestSystem.get().token(USER).split("\\.");
    String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    refused(Api.withToken(header + "." + parts[1] + ".").get("me"));
    refused(Api.withToken(header + "." + parts[1]).get("me"));
  }

  @Test
  void signedWithSomeoneElsesKey() throws Exception {
    String[] parts = TestSystem.get().token(USER).split("\\.");
    KeyPair forger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    // The same header (kid included) and claims: only the signature's key differs.
    String signingInput = parts[0] + "." + parts[1];
    refused(Api.withToken(signingInput + "." + sign(signingInput, forger)).get("me"));
  }

  @Test
  void claimsChangedAfterSigning() throws IOException {
    String[] parts = TestSystem.get().token(USER).split("\\.");
    ObjectNode claims = (ObjectNode) JSON.readTree(B64D.decode(parts[1]));
    claims.putObject("organization").putObject("hassleholm");
    String tampered = B64.encodeToString(JSON.writeValueAsBytes(claims));
    refused(Api.withToken(parts[0] + "." + tampered + "." + parts[2]).get("me"));
  }

  @Test
  void expired() throws InterruptedException {
    Keycloaks.createClient("test-short-lived", true, 2);
    String token = Keycloaks.passwordGrant("styrkedja", "test-short-lived", USER);
    assertEquals(200, Api.withToken(token).get("me").status(), "valid while it lasts");
    long exp = claims(token).get("exp").asLong();
    // The system under test allows 1 s of clock skew.
    while (System.currentTimeMillis() / 1000 <= exp + 2) {
      Thread.sleep(250);
    }
    refused(Api.withToken(token).get("me"));
  }

  @Test
  void forAnotherAudience() {
    Keycloaks.createClient("test-no-audience", false, null);
    String token = Keycloaks.passwordGrant("styrkedja", "test-no-audience", USER);
    assertTrue(
        !claims(token).has("aud") || !claims(token).get("aud").toString().contains("styrkedja-api"),
        "the fixture's token is not for our API");
    refused(Api.withToken(token).get("me"));
  }

  @Test
  void fromAnotherIssuer() {
    Keycloaks.createRealmElsewhere("elsewhere", USER);
    String token = Keycloaks.passwordGrant("elsewhere", "styrkedja-cli", USER);
    assertTrue(claims(token).get("iss").asText().endsWith("/realms/elsewhere"));
    refused(Api.withToken(token).get("me"));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void eachRefusalCostsOneLogLineAndNoStackTrace() throws Exception {
    List<String> added = List.of();
    for (int i = 0; i < 40; i++) {
      List<String> all = Files.readAllLines(TestSystem.get().appLog(), StandardCharsets.UTF_8);
      added = all.subList((int) Math.min(logLinesBefore, all.size()), all.size());
      if (added.stream().filter(l -> l.contains("refused:")).count() >= rejections) {
        break;
      }
      Thread.sleep(250);
    }
    long refusals = added.stream().filter(l -> l.contains("refused:")).count();
    assertEquals(rejections, refusals, "one line per refused token:\n" + String.join("\n", added));
    assertTrue(
        added.stream().noneMatch(l -> l.matches("\\s+at [\\w.$]+\\(.*")),
        "no stack trace:\n" + String.join("\n", added));
  }

  private static void refused(Answer answer) {
    rejections++;
    assertProblem(answer, 401, "core.auth.unauthenticated");
  }

  private static String sign(String input, KeyPair key) throws GeneralSecurityException {
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(key.getPrivate());
    rs256.update(input.getBytes(StandardCharsets.US_ASCII));
    return B64.encodeToString(rs256.sign());
  }

  private static com.fasterxml.jackson.databind.JsonNode claims(String token) {
    try {
      return JSON.readTree(B64D.decode(token.split("\\.")[1]));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
