package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.PeopleDirectory;

/**
 * Links a signed-in person to the imported person it is, once: by SSO username against the
 * eduPersonPrincipalName, else by e-mail. A caller found linked is remembered for good; one with no
 * person to link is asked about again after a few minutes (an import may bring the person).
 */
@ApplicationScoped
public class FirstSignIn implements PeopleDirectory {

  private static final Logger LOG = Logger.getLogger(FirstSignIn.class.getName());
  private static final Duration ASK_AGAIN = Duration.ofMinutes(5);
  private static final int REMEMBERED = 100_000;

  @Inject Links links;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /** tenant + username -> linked (MAX) or when to ask again. */
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  /**
   * An import has brought people into the tenant: whoever signed in before without a person to link
   * is asked about again at their next request, not minutes later.
   */
  public void forgetMisses(TenantId tenant) {
    String prefix = tenant.value() + "\n";
    seen.entrySet()
        .removeIf(e -> e.getKey().startsWith(prefix) && !Instant.MAX.equals(e.getValue()));
  }

  @Override
  public void linkOnSignIn(String username, String email) {
    String key = tenant.require().value() + "\n" + username;
    Instant again = seen.get(key);
    Instant now = clock.instant();
    if (again != null && now.isBefore(again)) {
      return;
    }
    boolean linked;
    try {
      linked = links.link(username, email);
    } catch (RuntimeException e) {
      // Never fail the request for this: two first requests at once may race for the same person.
      LOG.log(Level.FINE, "could not link " + username, e);
      return;
    }
    if (seen.size() > REMEMBERED) {
      seen.clear();
    }
    seen.put(key, linked ? Instant.MAX : now.plus(ASK_AGAIN));
  }
}
