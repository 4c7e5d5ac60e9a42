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
 * when the reader reached the end of its records, moves the job on to the next step.
 */
@Named("ss12000StepListener")
@Dependent
public class ImportStepListener implements StepListener {

  static final String READ_ALL = "read-all";

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
      if (READ_ALL.equals(step.getTransientUserData()) && step.getException() == null) {
        progress.nextStep(
            TenantBinding.importId(job), TenantBinding.runId(job), step.getStepName(), next);
      }
    } finally {
      binding.clear();
    }
  }
}
