package se.styrkedja.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import se.styrkedja.core.tenant.TenantId;

/**
 * Whether what a server remembers of a tenant across requests (its row, its chain, its people's
 * role assignments) may still be used.
 *
 * <p>Three ways a change reaches a server, from fastest to the bound that always holds:
 *
 * <ol>
 *   <li>A change this server commits (JPA entity listeners on the tenant row, the chain's levels
 *       and the role assignments) raises the tenant's generation here at its commit: this server's
 *       next request sees it.
 *   <li>The same commit is then announced to every other server ({@code NOTIFY} on {@link
 *       #CHANNEL}, sent after the commit on a connection of its own: PostgreSQL cannot prepare a
 *       two-phase transaction that notifies, and the import's chunks are two-phase), which raises
 *       the generation there within milliseconds.
 *   <li>Whatever was missed (a change made with SQL by an operator, a lost notification) is read
 *       again at the latest {@link TenantCache#FRESH} after it was read.
 * </ol>
 *
 * <p>A cache keeps, beside each value, the {@link Stamp} taken <em>before</em> it read the value,
 * and uses the value only while the stamp is current: a change counted while it was reading makes
 * the value stale at once. While this server is not listening, only the first and third ways hold.
 */
@ApplicationScoped
public class TenantChanges {

  /** When a value was read: valid while both numbers are still the same. */
  public record Stamp(long epoch, long generation) {}

  /** The channel the database announces changes on; the payload is a tenant id or {@code *}. */
  public static final String CHANNEL = "styrkedja_access";

  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
  private final AtomicLong epoch = new AtomicLong();
  private volatile boolean listening;
  private volatile Consumer<String> announcer = tenant -> {};
  private TransactionSynchronizationRegistry transactions;

  /** The stamp to keep with a value about to be read. */
  public Stamp stamp(TenantId tenant) {
    return new Stamp(epoch.get(), generation(tenant.value()).get());
  }

  /** Whether no change of the tenant was counted since {@code stamp} was taken. */
  public boolean current(TenantId tenant, Stamp stamp) {
    return stamp.epoch() == epoch.get() && stamp.generation() == generation(tenant.value()).get();
  }

  /** Who tells the other servers of a change this server committed (the listener). */
  public void announceWith(Consumer<String> announcer) {
    this.announcer = announcer;
  }

  /** The database announced a change: a tenant id, or {@code *} for all. */
  public void announced(String payload) {
    if ("*".equals(payload)) {
      epoch.incrementAndGet();
    } else {
      generation(payload).incrementAndGet();
    }
  }

  /** The listener started or stopped listening; either way, nothing known before holds. */
  public void listening(boolean now) {
    listening = now;
    epoch.incrementAndGet();
  }

  public boolean isListening() {
    return listening;
  }

  /**
   * This server changes the tenant's access data in the current transaction: counted when it
   * commits (and at once when there is no transaction).
   */
  public void changingInThisTransaction(TenantId tenant) {
    TransactionSynchronizationRegistry registry = transactions();
    if (registry == null || registry.getTransactionKey() == null) {
      committed(tenant);
      return;
    }
    Object key = TenantChanges.class.getName() + ":" + tenant.value();
    if (registry.getResource(key) != null) {
      return;
    }
    registry.putResource(key, Boolean.TRUE);
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committed(tenant);
            }
          }
        });
  }

  private void committed(TenantId tenant) {
    announced(tenant.value());
    announcer.accept(tenant.value());
  }

  private AtomicLong generation(String tenant) {
    return generations.computeIfAbsent(tenant, t -> new AtomicLong());
  }

  private TransactionSynchronizationRegistry transactions() {
    if (transactions == null) {
      try {
        transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
      } catch (NamingException e) {
        return null;
      }
    }
    return transactions;
  }
}
