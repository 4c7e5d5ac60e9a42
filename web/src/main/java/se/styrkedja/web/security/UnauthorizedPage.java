package se.styrkedja.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.problem.Problem;
import se.styrkedja.core.problem.Problems;
import se.styrkedja.core.problem.Unauthorized;

/**
 * The error page for a 401 sent by the container when MicroProfile JWT rejects a token (expired,
 * forged, wrong issuer or audience, unsigned): the same problem document as everywhere else, and
 * one log line.
 */
@WebServlet(urlPatterns = UnauthorizedPage.PATH)
public class UnauthorizedPage extends HttpServlet {

  static final String PATH = "/_problem/unauthorized";
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
    String reason = TokenRejections.takeReason();
    Audit.refused(
        null,
        null,
        request.getMethod() + " " + uri,
        reason == null ? "token rejected" : "token rejected: " + reason);
    Problem problem = Unauthorized.problem();
    response.setStatus(401);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    if (response.getHeader("WWW-Authenticate") == null) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"styrkedja\"");
    }
    response.getWriter().write(Problems.json(problem));
  }
}
