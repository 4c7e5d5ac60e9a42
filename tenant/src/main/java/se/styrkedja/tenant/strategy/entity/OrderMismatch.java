package se.styrkedja.tenant.strategy.entity;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * A new order must name every priority area of the strategy exactly once. When it does not, the
 * client most likely saw an older list (someone added or removed an area), so it must reload.
 */
public class OrderMismatch extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public OrderMismatch(int expected, int given) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.STRATEGY_ORDER_MISMATCH,
        "Order does not match the priority areas",
        "The new order names "
            + given
            + " priority areas but the strategy has "
            + expected
            + ", or names one twice or one that is not there. Reload the strategy and order"
            + " its areas again.");
  }
}
