package se.styrkedja.tenant.ss12000.control;

import java.time.Duration;
import java.time.Instant;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.ProblemCode;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;

/** The import is running or has completed: there is nothing to restart (or to stop). */
public class ImportNotRestartable extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public ImportNotRestartable(String what, ImportStatus status) {
    this("The import is " + status.name().toLowerCase() + " and cannot be " + what + ".");
  }

  private ImportNotRestartable(String detail) {
    this(TenantProblemCode.IMPORT_CONFLICT, "Conflict", detail);
  }

  private ImportNotRestartable(ProblemCode code, String title, String detail) {
    super(Kind.CONFLICT, code, title, detail);
  }

  /** Its row says it runs, but its lease has expired (its server stopped): restart it. */
  public static ImportNotRestartable notRunning() {
    return new ImportNotRestartable(
        "The import no longer runs (its server stopped while it ran): restart it instead.");
  }

  /** A run holds the import's lease, on this server or another: it is not started twice. */
  public static ImportNotRestartable running(ImportJob job, Instant now) {
    long ago = Math.max(0, Duration.between(job.heartbeatAt(), now).toSeconds());
    return new ImportNotRestartable(
        TenantProblemCode.IMPORT_RUNNING,
        "Import running",
        "The import is running on server "
            + job.runningOn()
            + " (last heard from "
            + ago
            + " s ago) and cannot be started twice: stop it, or restart it once that server has"
            + " been silent for the length of the import's lease.");
  }
}
