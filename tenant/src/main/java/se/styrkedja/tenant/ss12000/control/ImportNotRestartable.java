package se.styrkedja.tenant.ss12000.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;

/** The import is running or has completed: there is nothing to restart (or to stop). */
public class ImportNotRestartable extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public ImportNotRestartable(String what, ImportStatus status) {
    this("The import is " + status.name().toLowerCase() + " and cannot be " + what + ".");
  }

  private ImportNotRestartable(String detail) {
    super(Kind.CONFLICT, "tenant.import.conflict", "Conflict", detail);
  }

  /** Its row says it runs, but its execution does not (the server stopped): restart it. */
  public static ImportNotRestartable notRunningHere() {
    return new ImportNotRestartable(
        "The import no longer runs (the server stopped while it ran): restart it instead.");
  }
}
