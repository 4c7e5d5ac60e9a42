package se.styrkedja.tenant.strategy.control;

import java.util.UUID;
import se.styrkedja.core.problem.DomainProblem;

/** A strategy has at most one draft revision at a time, so two people never revise in parallel. */
public class DraftAlreadyStarted extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public DraftAlreadyStarted(UUID adopted, UUID draft) {
    super(
        Kind.CONFLICT,
        "tenant.strategy.draft-exists",
        "A new version is already being drafted",
        "Strategy '"
            + adopted
            + "' already has a draft new version '"
            + draft
            + "'. Edit that one.");
  }
}
