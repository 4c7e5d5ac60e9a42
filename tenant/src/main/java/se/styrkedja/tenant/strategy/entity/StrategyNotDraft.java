package se.styrkedja.tenant.strategy.entity;

import java.util.UUID;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * Only a draft is changed in place; an adopted or archived version stays as it was decided, and a
 * change to it starts a new draft version.
 */
public class StrategyNotDraft extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public StrategyNotDraft(UUID id, StrategyStatus status) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.STRATEGY_NOT_DRAFT,
        "Strategy is not a draft",
        "Strategy '"
            + id
            + "' is "
            + status.name().toLowerCase(java.util.Locale.ROOT)
            + " and is not changed in place. Start a new version of it to make changes.");
  }
}
