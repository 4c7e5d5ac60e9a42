package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;

/**
 * {@link AccessRules} for the current caller.
 *
 * <p>Until role assignments are stored per unit (issue 3, role hierarchy), a caller's assignments
 * come from the role levels of the token, and only the tenant-wide ones count: the municipality
 * admin and the board. Everyone else is refused what needs an assignment at a unit.
 */
@ApplicationScoped
public class Access implements AccessPolicy {

  @Inject CallerContext callers;
  @Inject Clock clock;

  @Override
  public boolean may(Action action, Target target) {
    Caller caller = callers.current().orElse(null);
    if (caller == null || caller.tenant().isEmpty()) {
      return false;
    }
    Chain chain = Chain.standard();
    LocalDate today = LocalDate.now(clock);
    List<Assignment> assignments =
        caller.roleLevels().stream()
            .filter(
                key -> key.equals(Chain.ADMIN) || chain.level(key).map(chain::isTop).orElse(false))
            .map(key -> new Assignment(key, null, today, null))
            .toList();
    return AccessRules.may(
        caller.tenant().get(),
        assignments,
        chain,
        (unit, ancestor) -> unit.equals(ancestor),
        today,
        action,
        target);
  }

  @Override
  public void require(Action action, Target target, String what) {
    if (!may(action, target)) {
      Audit.refused(
          target.tenant().value(),
          callers.actor(),
          what + " (" + action + " " + target.unit().map(Object::toString).orElse("tenant") + ")",
          "role in the chain of governance");
      throw new AccessRefused(action);
    }
  }
}
