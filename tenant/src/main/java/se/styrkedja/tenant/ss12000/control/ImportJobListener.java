package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;

/** Binds the job's tenant for its whole run and records how it ended. */
@Named("ss12000JobListener")
@Dependent
public class ImportJobListener implements JobListener {

  @Inject JobContext job;
  @Inject TenantBinding binding;
  @Inject ImportProgress progress;
  @Inject ImportLease lease;

  @Override
  public void beforeJob() {
    binding.bind(job);
    progress.running(TenantBinding.importId(job), TenantBinding.runId(job), job.getExecutionId());
    lease.beat(
        TenantBinding.tenant(job),
        TenantBinding.importId(job),
        TenantBinding.runId(job),
        job.getExecutionId());
  }

  @Override
  public void afterJob() {
    try {
      lease.stopBeating(TenantBinding.runId(job));
      BatchStatus status = job.getBatchStatus();
      ImportStatus ended =
          status == BatchStatus.STOPPING || status == BatchStatus.STOPPED
              ? ImportStatus.STOPPED
              : ImportStatus.FAILED;
      // Completed jobs were marked so by their last step; this only catches the others.
      progress.ended(TenantBinding.importId(job), TenantBinding.runId(job), ended, null);
    } finally {
      binding.clear();
    }
  }
}
