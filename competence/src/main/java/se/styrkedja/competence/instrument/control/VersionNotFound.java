package se.styrkedja.competence.instrument.control;

import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** No such version of the instrument (or no such frozen version, for a round). */
public class VersionNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public VersionNotFound(Object instrument, Object version) {
    this("Version '" + version + "' of instrument '" + instrument + "' does not exist.");
  }

  /** No published version of this id: none, a draft, or another tenant's. */
  public static VersionNotFound published(Object versionId) {
    return new VersionNotFound("No published instrument version '" + versionId + "' exists.");
  }

  private VersionNotFound(String detail) {
    super(Kind.NOT_FOUND, CompetenceProblemCode.INSTRUMENT_VERSION_NOT_FOUND, "Not found", detail);
  }
}
