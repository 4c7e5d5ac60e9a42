package se.styrkedja.tenant.role.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * A new order of the chain must name every level of the chain exactly once. When it does not, the
 * client most likely saw an older chain (someone added a level), so it must reload.
 */
public class ChainOrderMismatch extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public ChainOrderMismatch(int expected, int given) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.ROLE_ORDER_MISMATCH,
        "Order does not match the chain",
        "The new order names "
            + given
            + " levels but the chain of governance has "
            + expected
            + ", or names one twice, one that is not in the chain, or an empty step. Reload the"
            + " chain and order its levels again.");
  }
}
