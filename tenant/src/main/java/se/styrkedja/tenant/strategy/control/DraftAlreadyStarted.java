package se.styrkedja.tenant.strategy.control;

import java.util.UUID;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/** A strategy has at most one draft revision at a time, so two people never revise in parallel. */
public class DraftAlreadyStarted extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public DraftAlreadyStarted(UUID adopted, UUID draft) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.STRATEGY_DRAFT_EXISTS,
        "A new version is already being drafted",
        "Strategy '"
            + adopted
            + "' already has a draft new version '"
            + draft
            + "'. Edit that one.");
  }
}
