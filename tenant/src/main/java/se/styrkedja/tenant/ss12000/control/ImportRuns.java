package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
 * it survives even a server whose batch job repository was lost.
 */
@ApplicationScoped
public class ImportRuns {

  static final String JOB = "ss12000-import";
  private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());

  @Inject Imports imports;
  @Inject TenantContext tenant;
  @Inject CallerContext caller;

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

  public ImportJob restart(UUID id, String token) {
    ImportJob current = imports.get(id);
    return start(imports.prepareRestart(id, token, alive(current.executionId())));
  }

  public ImportJob stop(UUID id) {
    ImportJob job = imports.prepareStop(id);
    if (!alive(job.executionId())) {
      throw ImportNotRestartable.notRunningHere();
    }
    operator().stop(job.executionId());
    return imports.get(id);
  }

  private boolean alive(Long execution) {
    if (execution == null) {
      return false;
    }
    try {
      BatchStatus status = operator().getJobExecution(execution).getBatchStatus();
      return status == BatchStatus.STARTING
          || status == BatchStatus.STARTED
          || status == BatchStatus.STOPPING;
    } catch (NoSuchJobExecutionException e) {
      return false;
    }
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
