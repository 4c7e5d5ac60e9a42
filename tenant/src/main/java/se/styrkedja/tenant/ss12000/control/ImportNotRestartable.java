package se.styrkedja.tenant.ss12000.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;

/** The import is running or has completed: there is nothing to restart (or to stop). */
public class ImportNotRestartable extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public ImportNotRestartable(String what, ImportStatus status) {
    super(
        Kind.CONFLICT,
        "tenant.import.conflict",
        "Conflict",
        "The import is " + status.name().toLowerCase() + " and cannot be " + what + ".");
  }
}
