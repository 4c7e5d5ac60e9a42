package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import se.styrkedja.tenant.role.entity.RoleAssignment;

/**
 * What {@link Access} reads from the database, in a transaction of its own when its caller has none
 * (a resource asking before it writes), or in the caller's.
 */
@ApplicationScoped
@Transactional
public class StoredRoles {

  @Inject RoleStore store;

  public Chain chain() {
    return store.chain();
  }

  public List<Assignment> activeFor(String username, LocalDate day) {
    return store.activeFor(username, day).stream().map(RoleAssignment::rule).toList();
  }
}
