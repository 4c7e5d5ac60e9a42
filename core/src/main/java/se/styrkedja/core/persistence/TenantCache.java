package se.styrkedja.core.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import se.styrkedja.core.tenant.TenantId;

/**
 * Values of one tenant's access data remembered across requests, each for as long as {@link
 * TenantChanges} says nothing of that tenant changed since it was read, and never longer than
 * {@link #FRESH}. Values must be immutable. Bounded.
 */
public final class TenantCache<K, V> {

  /** The longest a value is used after it was read, whatever was or was not announced. */
  public static final Duration FRESH = Duration.ofSeconds(2);

  private record Key<K>(String tenant, K key) {}

  private record Entry<V>(V value, TenantChanges.Stamp stamp) {}

  private final TenantChanges changes;
  private final Cache<Key<K>, Entry<V>> entries;

  public TenantCache(TenantChanges changes, long maximum) {
    this.changes = changes;
    this.entries = Caffeine.newBuilder().maximumSize(maximum).expireAfterWrite(FRESH).build();
  }

  /** The remembered value, or {@code read}'s, remembered when nothing changed while reading. */
  public V get(TenantId tenant, K key, Supplier<V> read) {
    Key<K> k = new Key<>(tenant.value(), key);
    Entry<V> known = entries.getIfPresent(k);
    if (known != null && changes.current(tenant, known.stamp())) {
      return known.value();
    }
    TenantChanges.Stamp before = changes.stamp(tenant);
    V value = read.get();
    entries.put(k, new Entry<>(value, before));
    return value;
  }
}
