package se.styrkedja.tenant.strategy.entity;

import java.util.UUID;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/** A new version is started from the adopted strategy, not from a draft or an archived one. */
public class StrategyNotAdopted extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public StrategyNotAdopted(UUID id, StrategyStatus status) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.STRATEGY_NOT_ADOPTED,
        "Strategy is not adopted",
        "Strategy '"
            + id
            + "' is "
            + status.name().toLowerCase(java.util.Locale.ROOT)
            + "; a new version is started from the adopted strategy.");
  }
}
