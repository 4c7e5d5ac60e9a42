package se.styrkedja.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tells the browser how to protect the people who use Styrkedja, on every answer of the WAR: the
 * web app, the API and the error pages (the filter runs again on an error dispatch, so a 404 or a
 * 401 page carries the same headers).
 *
 * <ul>
 *   <li>A strict Content-Security-Policy: scripts, styles and everything else only from this
 *       server, no inline script or style, no framing by anyone; the one other origin is Keycloak's
 *       ({@code styrkedja.keycloak.url}), which keycloak-js calls (token endpoint) and may frame
 *       (its login status iframe).
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} (no URL of
 *       the app, which names plans and units, leaks to another site) and {@code X-Frame-Options:
 *       DENY} for browsers that know no {@code frame-ancestors}.
 *   <li>{@code Cache-Control: no-store} on every API answer and every error: they carry people's
 *       data, and a shared computer's browser must not keep it. The page itself is {@code no-cache}
 *       (always revalidated, so a new version's assets are found); the assets, whose names change
 *       with their content, keep the server's default caching.
 * </ul>
 *
 * The server's banner ({@code Server}, {@code X-Powered-By}) is switched off in Payara's HTTP
 * listener, not here (docs/operations.md).
 */
@WebFilter(
    filterName = "security-headers",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String KEYCLOAK_URL = "styrkedja.keycloak.url";

  private String policy;

  @Override
  public void init() {
    policy = policy(ConfigProvider.getConfig().getValue(KEYCLOAK_URL, String.class));
  }

  /** The Content-Security-Policy for a web app that signs in at this Keycloak. */
  static String policy(String keycloakUrl) {
    String keycloak = origin(keycloakUrl);
    return String.join(
        "; ",
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self' " + keycloak,
        "frame-src " + keycloak,
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "manifest-src 'self'");
  }

  /** {@code https://id.example.se/auth/} becomes {@code https://id.example.se}. */
  static String origin(String url) {
    URI uri = URI.create(url.strip());
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException(KEYCLOAK_URL + " is no absolute URL: " + url);
    }
    return uri.getScheme().toLowerCase(java.util.Locale.ROOT)
        + "://"
        + uri.getHost().toLowerCase(java.util.Locale.ROOT)
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getDispatcherType() == DispatcherType.ERROR
        || path.equals("/api")
        || path.startsWith("/api/")) {
      response.setHeader("Cache-Control", "no-store");
    } else if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
      response.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(request, response);
  }
}
