package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Binds the tenant for the step (should the runtime run it on another thread than the job) and,
 * when the reader reached the end of its records and every record it handed on is committed, moves
 * the job on to the next step. Whether they are is the job's stored position, not whether the step
 * met an exception: the runtime keeps the exception of a chunk it retried with success.
 */
@Named("ss12000StepListener")
@Dependent
public class ImportStepListener implements StepListener {

  @Inject JobContext job;
  @Inject StepContext step;
  @Inject TenantBinding binding;
  @Inject ImportProgress progress;

  @Inject
  @BatchProperty(name = "next")
  String next;

  @Override
  public void beforeStep() {
    binding.bind(job);
  }

  @Override
  public void afterStep() {
    try {
      if (step.getTransientUserData() instanceof RecordReader.End end) {
        progress.nextStep(
            TenantBinding.importId(job), TenantBinding.runId(job), step.getStepName(), next, end);
      }
    } finally {
      binding.clear();
    }
  }
}
