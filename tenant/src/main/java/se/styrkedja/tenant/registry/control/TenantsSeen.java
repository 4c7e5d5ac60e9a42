package se.styrkedja.tenant.registry.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.styrkedja.tenant.api.TenantInfo;

/**
 * The tenant rows one request has read: the request filter's check that the municipality is open,
 * the first sign-in's people version and {@code /api/me} all ask for the same row, which is read
 * once. Nothing outlives the request, so every request sees a suspension made on any server; a
 * request that changes a tenant forgets what it read.
 */
@RequestScoped
class TenantsSeen {

  private final Map<String, Optional<TenantInfo>> rows = new HashMap<>();
  private boolean changed;

  Optional<TenantInfo> find(String id, Supplier<Optional<TenantInfo>> read) {
    Optional<TenantInfo> row = rows.get(id);
    if (row == null) {
      row = read.get();
      rows.put(id, row);
    }
    return row;
  }

  void forget() {
    rows.clear();
    changed = true;
  }

  /** A tenant changed in this request: read it from the database, not from what was remembered. */
  boolean changed() {
    return changed;
  }
}
