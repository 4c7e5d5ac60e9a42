package se.styrkedja.tenant.role.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;

/**
 * The rules of access along the chain of governance, in one place:
 *
 * <ul>
 *   <li>nothing of another tenant, ever;
 *   <li>read within your scope (the units your assignments cover, with their subtrees); the board
 *       (the top of the chain) and the municipality admin read everything of their tenant;
 *   <li>write within your own unit: an assignment in the chain, below the board, at the owning unit
 *       itself;
 *   <li>approve for the level directly below yours, inside your subtree (that nobody approves what
 *       they wrote themselves is the approving feature's own check);
 *   <li>configure the municipality: the municipality admin only.
 * </ul>
 *
 * Pure: the caller's assignments, the chain and the organisation tree are given to it.
 */
public final class AccessRules {

  /** Answers whether a unit lies in another's subtree (a unit lies in its own). */
  @FunctionalInterface
  public interface Subtrees {
    boolean isWithin(UUID unit, UUID ancestor);
  }

  private AccessRules() {}

  public static boolean may(
      TenantId callerTenant,
      List<Assignment> assignments,
      Chain chain,
      Subtrees tree,
      LocalDate today,
      Action action,
      Target target) {
    if (!callerTenant.equals(target.tenant())) {
      return false;
    }
    List<Assignment> active = assignments.stream().filter(a -> a.activeOn(today)).toList();
    return switch (action) {
      case CONFIGURE -> holds(active, Chain.ADMIN);
      case READ ->
          holds(active, Chain.ADMIN)
              || active.stream()
                  .anyMatch(
                      a ->
                          chain.level(a.level()).map(chain::isTop).orElse(false)
                              || covers(a, target.unit(), tree));
      case WRITE ->
          target.unit().isPresent()
              && active.stream()
                  .anyMatch(
                      a ->
                          target.unit().get().equals(a.unit())
                              && chain
                                  .level(a.level())
                                  .map(l -> l.inChain() && !chain.isTop(l))
                                  .orElse(false));
      case APPROVE -> approves(active, chain, tree, target);
    };
  }

  private static boolean approves(
      List<Assignment> active, Chain chain, Subtrees tree, Target target) {
    Optional<Level> written = target.writtenAtLevel().flatMap(chain::level);
    if (written.isEmpty() || !written.get().inChain() || target.unit().isEmpty()) {
      return false;
    }
    int above = written.get().rank() - 1;
    return active.stream()
        .anyMatch(
            a ->
                chain.level(a.level()).map(l -> l.inChain() && l.rank() == above).orElse(false)
                    && covers(a, target.unit(), tree));
  }

  private static boolean holds(List<Assignment> active, String level) {
    return active.stream().anyMatch(a -> a.level().equals(level));
  }

  /** An assignment without a unit covers the whole tenant. */
  private static boolean covers(Assignment a, Optional<UUID> unit, Subtrees tree) {
    if (a.unit() == null) {
      return true;
    }
    return unit.isPresent() && tree.isWithin(unit.get(), a.unit());
  }
}
