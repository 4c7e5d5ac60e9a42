package se.styrkedja.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Payara's MicroProfile JWT logs every rejected token with a full stack trace. A rejected token is
 * an everyday event (an expired session, a probe), not a fault: this keeps the reason and drops the
 * stack trace, so that {@link UnauthorizedPage} writes one line with the reason in it.
 */
@ApplicationScoped
public class TokenRejections {

  private static final Logger PAYARA_JWT =
      Logger.getLogger("fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore");
  private static final ThreadLocal<String> REASON = new ThreadLocal<>();
  private static final int MAX_REASON = 200;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    PAYARA_JWT.setFilter(TokenRejections::keepReasonDropTrace);
  }

  void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    PAYARA_JWT.setFilter(null);
  }

  static boolean keepReasonDropTrace(LogRecord record) {
    if (record.getThrown() == null) {
      return true;
    }
    Throwable root = record.getThrown();
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    REASON.set(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
    return false;
  }

  /** Why this thread's last token was rejected, once; null if it was not seen. */
  static String takeReason() {
    String reason = REASON.get();
    REASON.remove();
    return reason;
  }
}
