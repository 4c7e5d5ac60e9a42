package se.styrkedja.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in as the web app does (authorization code with PKCE, client {@code styrkedja-web}), but
 * through a municipality's own identity provider: realm {@code styrkedja} is asked to broker to
 * {@code alias} ({@code kc_idp_hint}), the user signs in on the other realm's login form, and
 * Keycloak's first-broker-login flow links or creates the account. Plain HTTP with cookies, no
 * browser; the forms are read from the pages Keycloak serves.
 */
final class BrokeredLogin {

  private static final Pattern FORM =
      Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT =
      Pattern.compile(
          "<input[^>]*name=\"([^\"]+)\"[^>]*?(?:value=\"([^\"]*)\")?[^>]*>",
          Pattern.CASE_INSENSITIVE);

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * The cookies, by path and name. Kept by hand: java.net.CookieManager never sends a cookie back
   * to a host without a dot such as {@code localhost}, and everything here is one Keycloak on
   * localhost, whose two realms set cookies of the same names under their own paths.
   */
  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

  /** The access token the web app would get after the brokered sign-in. */
  static String token(String alias, String username, String password) {
    return new BrokeredLogin().signIn(alias, username, password);
  }

  private String signIn(String alias, String username, String password) {
    TestSystem system = TestSystem.get();
    String redirect = system.appUrl().toString();
    String verifier = random();
    URI auth =
        URI.create(
            system.issuer()
                + "protocol/openid-connect/auth?"
                + form(
                    Map.of(
                        "client_id",
                        "styrkedja-web",
                        "response_type",
                        "code",
                        "scope",
                        TestSystem.ORGANIZATION_SCOPE,
                        "redirect_uri",
                        redirect,
                        "state",
                        random(),
                        "nonce",
                        random(),
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256",
                        "kc_idp_hint",
                        alias)));
    HttpResponse<String> r = get(auth);
    boolean signedIn = false;
    for (int step = 0; step < 30; step++) {
      if (r.statusCode() / 100 == 3) {
        URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
        if (next.toString().startsWith(redirect)) {
          String code = query(next).get("code");
          if (code == null) {
            throw new IllegalStateException("redirected back without a code: " + next);
          }
          return system
              .tokenRequest(
                  system.issuer().resolve("protocol/openid-connect/token"),
                  Map.of(
                      "client_id", "styrkedja-web",
                      "grant_type", "authorization_code",
                      "code", code,
                      "redirect_uri", redirect,
                      "code_verifier", verifier))
              .get("access_token")
              .asText();
        }
        r = get(next);
      } else if (r.statusCode() == 200 && !signedIn && r.body().contains("name=\"password\"")) {
        signedIn = true;
        r = post(r, Map.of("username", username, "password", password));
      } else if (r.statusCode() == 200 && r.body().contains("name=\"firstName\"")) {
        // Keycloak asks to complete the profile (an account made by the operator has no name yet).
        r = post(r, Map.of());
      } else {
        throw new IllegalStateException(
            "unexpected page at " + r.uri() + " (" + r.statusCode() + "): " + r.body());
      }
    }
    throw new IllegalStateException("too many redirects");
  }

  /** Submits the page's form with its own fields, overridden by {@code values}. */
  private HttpResponse<String> post(HttpResponse<String> page, Map<String, String> values) {
    Matcher action = FORM.matcher(page.body());
    if (!action.find()) {
      throw new IllegalStateException("no form at " + page.uri() + ": " + page.body());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(page.body());
    while (input.find()) {
      fields.put(input.group(1), input.group(2) == null ? "" : unescape(input.group(2)));
    }
    fields.putAll(values);
    if (fields.containsKey("firstName") && fields.get("firstName").isBlank()) {
      fields.put("firstName", "Kerstin");
    }
    if (fields.containsKey("lastName") && fields.get("lastName").isBlank()) {
      fields.put("lastName", "Ek");
    }
    URI target = page.uri().resolve(unescape(action.group(1)));
    return send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build());
  }

  private HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
    String requestPath = request.uri().getPath();
    String sent =
        cookies.entrySet().stream()
            .filter(byPath -> requestPath.startsWith(byPath.getKey()))
            .flatMap(byPath -> byPath.getValue().entrySet().stream())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    if (!sent.isEmpty()) {
      withCookies.header("Cookie", sent);
    }
    try {
      HttpResponse<String> response =
          http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String[] parts = set.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
          continue;
        }
        String path = "/";
        for (String attribute : parts) {
          if (attribute.strip().toLowerCase(java.util.Locale.ROOT).startsWith("path=")) {
            path = attribute.strip().substring(5);
          }
        }
        Map<String, String> jar = cookies.computeIfAbsent(path, p -> new LinkedHashMap<>());
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1);
        if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
          jar.remove(name);
        } else {
          jar.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#61;", "=").replace("&quot;", "\"");
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new LinkedHashMap<>();
    String q = uri.getRawQuery();
    if (q == null) {
      return out;
    }
    for (String pair : q.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
