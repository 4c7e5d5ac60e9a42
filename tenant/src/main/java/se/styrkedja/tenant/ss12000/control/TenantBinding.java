package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;

/**
 * Sets the tenant of a batch job on its thread and clears it after, as a request does: the tenant
 * travels as a job parameter (it was taken from the starter's verified token), and the person who
 * started the job is the actor of its audit lines. The token's roles do not travel: what the job
 * may change is asked of the starter's role assignments in the municipality, as a request's is (the
 * unit and role features ask it of the writes they make for the job).
 */
@Dependent
public class TenantBinding {

  static final String IMPORT_ID = "importId";
  static final String TENANT = "tenant";
  static final String ACTOR = "actor";

  /** The run of the import this job is: what its lease in the import's row must name. */
  static final String RUN_ID = "runId";

  @Inject RequestContextController requests;
  @Inject TenantContext tenants;
  @Inject CallerContext callers;

  private boolean activated;

  public void bind(JobContext job) {
    Properties p = job.getProperties();
    TenantId tenant = new TenantId(p.getProperty(TENANT));
    String actor = p.getProperty(ACTOR);
    activated = requests.activate();
    tenants.bind(tenant);
    if (callers.current().isEmpty()) {
      callers.set(new Caller(actor, actor, false, List.of(tenant), Optional.of(tenant)));
    }
  }

  public void clear() {
    if (activated) {
      requests.deactivate();
      activated = false;
    }
  }

  static UUID importId(JobContext job) {
    return UUID.fromString(job.getProperties().getProperty(IMPORT_ID));
  }

  static String runId(JobContext job) {
    return job.getProperties().getProperty(RUN_ID);
  }

  static TenantId tenant(JobContext job) {
    return new TenantId(job.getProperties().getProperty(TENANT));
  }
}
