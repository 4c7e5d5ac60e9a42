package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's chain and the caller's active assignments, read once per request: a page that asks
 * the access policy many questions (a plan's steps, a list's scope, the menu) costs two queries,
 * not two per question. A request that changes roles forgets them, so its own later questions see
 * the change; the next request reads afresh, on whichever server it lands.
 */
@RequestScoped
public class CallerRoles {

  @Inject StoredRoles stored;

  private Chain chain;
  private String assignmentsOf;
  private List<Assignment> assignments;

  Chain chain() {
    if (chain == null) {
      chain = stored.chain();
    }
    return chain;
  }

  List<Assignment> activeFor(String username, LocalDate day) {
    String key = username + "\n" + day;
    if (!key.equals(assignmentsOf)) {
      assignments = stored.activeFor(username, day);
      assignmentsOf = key;
    }
    return assignments;
  }

  /** Roles of this tenant changed in this request. */
  void forget() {
    chain = null;
    assignmentsOf = null;
    assignments = null;
  }
}
