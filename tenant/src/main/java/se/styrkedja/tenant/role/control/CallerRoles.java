package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's chain and the caller's active assignments, read once per request: a page that asks
 * the access policy many questions (a plan's steps, a list's scope, the menu) costs two queries,
 * not two per question, and none when this server still remembers them ({@link RememberedRoles}). A
 * request that changes roles forgets them, so its own later questions see the change.
 */
@RequestScoped
public class CallerRoles {

  @Inject RememberedRoles remembered;
  @Inject StoredRoles stored;

  /** Roles changed in this request: read from its own transaction, not from what was remembered. */
  private boolean changed;

  private Chain chain;
  private String assignmentsOf;
  private List<Assignment> assignments;

  Chain chain() {
    if (chain == null) {
      chain = changed ? stored.chain() : remembered.chain();
    }
    return chain;
  }

  List<Assignment> activeFor(String username, LocalDate day) {
    String key = username + "\n" + day;
    if (!key.equals(assignmentsOf)) {
      assignments = changed ? stored.activeFor(username, day) : remembered.activeFor(username, day);
      assignmentsOf = key;
    }
    return assignments;
  }

  /** Roles of this tenant changed in this request. */
  void forget() {
    changed = true;
    chain = null;
    assignmentsOf = null;
    assignments = null;
  }
}
