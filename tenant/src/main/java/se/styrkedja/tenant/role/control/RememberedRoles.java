package se.styrkedja.tenant.role.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.styrkedja.core.persistence.TenantCache;
import se.styrkedja.core.persistence.TenantChanges;
import se.styrkedja.core.tenant.TenantContext;

/**
 * The tenant's chain and each person's active assignments, remembered across requests for as long
 * as the database announces no change to the tenant's roles ({@link TenantChanges}): an
 * authenticated request then costs no database transaction for its access decisions. Read by {@link
 * StoredRoles} when not remembered.
 */
@ApplicationScoped
class RememberedRoles {

  /** People whose roles one server remembers; beyond it, the least recently used are read again. */
  static final int PEOPLE = 50_000;

  private record Of(String username, LocalDate day) {}

  @Inject StoredRoles stored;
  @Inject TenantContext tenant;
  @Inject TenantChanges changes;

  private TenantCache<Object, Chain> chains;
  private TenantCache<Of, List<Assignment>> assignments;

  @PostConstruct
  void remember() {
    chains = new TenantCache<>(changes, 10_000);
    assignments = new TenantCache<>(changes, PEOPLE);
  }

  Chain chain() {
    return chains.get(tenant.require(), Chain.class, stored::chain);
  }

  List<Assignment> activeFor(String username, LocalDate day) {
    return assignments.get(
        tenant.require(),
        new Of(username, day),
        () -> List.copyOf(stored.activeFor(username, day)));
  }
}
