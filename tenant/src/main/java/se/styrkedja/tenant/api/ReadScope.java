package se.styrkedja.tenant.api;

import java.util.Set;
import java.util.UUID;

/**
 * What a caller may read of their tenant: all of it (the board, the municipality admin, a
 * tenant-wide assignment), or the units of their assignments' subtrees.
 *
 * @param wholeTenant every unit of the tenant
 * @param units the readable units when not the whole tenant (each assignment's unit and every unit
 *     under it); empty for someone with no assignment
 */
public record ReadScope(boolean wholeTenant, Set<UUID> units) {

  public ReadScope {
    units = Set.copyOf(units);
  }

  public static ReadScope all() {
    return new ReadScope(true, Set.of());
  }

  public boolean covers(UUID unit) {
    return wholeTenant || units.contains(unit);
  }
}
