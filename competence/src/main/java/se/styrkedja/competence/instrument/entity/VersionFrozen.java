package se.styrkedja.competence.instrument.entity;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/**
 * A published version never changes: rounds have been or will be answered against it, and their
 * results read its items. A revision is a new version.
 */
public class VersionFrozen extends DomainProblem {

  private static final long serialVersionUID = 1L;

  VersionFrozen(InstrumentVersion version) {
    super(
        Kind.CONFLICT,
        CompetenceProblemCode.INSTRUMENT_NOT_A_DRAFT,
        "The version is published",
        "Version "
            + version.number()
            + " is published and can no longer change; start a new version to revise it.");
  }
}
