package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.ss12000.entity.ImportJob;

/**
 * Starts, restarts and stops the batch job of an import. Not transactional on purpose: the job runs
 * on another thread and reads its import row, so the row must be committed before the job starts.
 *
 * <p>A restart starts the job again (a new job instance) rather than restarting the old execution:
 * the position the job goes on from is kept in the import's own row, committed with each chunk, so
 * it survives even a server whose batch job repository was lost, and any server may go on with it.
 * Which run may go on is decided by the import's lease ({@link ImportLease}).
 */
@ApplicationScoped
public class ImportRuns {

  static final String JOB = "ss12000-import";
  private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());

  @Inject Imports imports;
  @Inject TenantContext tenant;
  @Inject CallerContext caller;
  @Inject ImportLease lease;

  @Inject
  @ConfigProperty(name = "styrkedja.import.chunk", defaultValue = "200")
  int chunk;

  @Inject
  @ConfigProperty(name = "styrkedja.import.page-size", defaultValue = "500")
  int pageSize;

  public ImportJob start(ImportJob job) {
    Properties p = new Properties();
    p.setProperty(TenantBinding.IMPORT_ID, job.id().toString());
    p.setProperty(TenantBinding.TENANT, tenant.require().value());
    p.setProperty(TenantBinding.ACTOR, caller.actor());
    p.setProperty(TenantBinding.RUN_ID, job.runId());
    p.setProperty("chunk", String.valueOf(chunk));
    p.setProperty("pageSize", String.valueOf(pageSize));
    try {
      operator().start(JOB, p);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "could not start the import " + job.id(), e);
      imports.notStarted(job.id(), "the import could not be started");
    }
    return imports.get(job.id());
  }

  /**
   * Starts a failed, stopped or dead import again from its stored position. Whether it still runs
   * (on any server) is its lease's answer, not this server's batch runtime's.
   */
  public ImportJob restart(UUID id, String token) {
    return start(imports.prepareRestart(id, token));
  }

  /**
   * Stops a running import after its current chunk. The stop is recorded in its row, so the server
   * that runs it sees it at its next chunk (or beat); if that is this server, it is told at once.
   */
  public ImportJob stop(UUID id) {
    ImportJob job = imports.prepareStop(id);
    if (lease.here(job) && job.executionId() != null) {
      lease.stopHere(job.executionId());
    }
    return imports.get(id);
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
