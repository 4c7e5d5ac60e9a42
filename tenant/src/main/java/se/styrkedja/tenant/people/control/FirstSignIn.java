package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.PeopleDirectory;
import se.styrkedja.tenant.api.PeopleImported;
import se.styrkedja.tenant.api.TenantDirectory;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantPurged;

/**
 * Links a signed-in person to the imported person it is, once: by SSO username against the
 * eduPersonPrincipalName, else by e-mail.
 *
 * <p>A caller found linked is remembered for good: a link is never undone (a person removed at the
 * source keeps it, and the purge of an offboarded tenant leaves a tenant that admits nobody again).
 * A caller with no person to link is remembered with the tenant's people version, which the end of
 * every import raises in the database, on whichever server it ran; the caller is asked about again
 * once it has changed. So every server agrees, and a typical request costs: a linked caller no
 * query, an unlinked one the primary-key read of the tenant's row, until the next import's end
 * (then the link is tried once: a transaction of four statements).
 */
@ApplicationScoped
public class FirstSignIn implements PeopleDirectory {

  private static final Logger LOG = Logger.getLogger(FirstSignIn.class.getName());
  private static final long LINKED = Long.MIN_VALUE;
  private static final int REMEMBERED = 100_000;

  @Inject Links links;
  @Inject TenantContext tenant;
  @Inject TenantDirectory tenants;

  /** tenant + username -> LINKED, or the tenant's people version when no person was found. */
  private final Map<String, Long> seen = new ConcurrentHashMap<>();

  @Override
  public void linkOnSignIn(String username, String email) {
    TenantId t = tenant.require();
    String key = key(t, username);
    Long before = seen.get(key);
    if (before != null && before == LINKED) {
      return;
    }
    // Read before the link is tried: an import that ends in between is seen at the next request.
    long version = tenants.find(t).map(TenantInfo::peopleVersion).orElse(0L);
    if (before != null && before == version) {
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
    seen.put(key, linked ? LINKED : version);
  }

  /**
   * An import ended on this server: its misses would be asked about again anyway (the version has
   * changed), so they are dropped now rather than kept until then.
   */
  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) PeopleImported imported) {
    forget(imported.tenant(), false);
  }

  /** Nobody of a purged tenant signs in again: what this server remembers of it goes. */
  void on(@Observes TenantPurged purged) {
    forget(purged.tenant(), true);
  }

  private void forget(TenantId tenant, boolean links) {
    String prefix = key(tenant, "");
    seen.entrySet()
        .removeIf(e -> e.getKey().startsWith(prefix) && (links || e.getValue() != LINKED));
  }

  private static String key(TenantId tenant, String username) {
    return tenant.value() + "\n" + username;
  }
}
