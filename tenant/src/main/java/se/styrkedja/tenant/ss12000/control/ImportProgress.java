package se.styrkedja.tenant.ss12000.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.PeopleImported;
import se.styrkedja.tenant.registry.control.TenantStore;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportKind;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * What the batch job reads and writes about itself, each in its own short transaction (a listener
 * or a batchlet has none of its own): where it stands, its files, its status. A run writes only
 * while it holds the import's lease ({@code runId}); a run that lost it to another (its server was
 * thought dead) changes nothing any more.
 */
@ApplicationScoped
public class ImportProgress {

  @Inject ImportStore store;
  @Inject Upserts upserts;
  @Inject Clock clock;
  @Inject TenantStore tenants;
  @Inject Event<PeopleImported> peopleImported;
  @Inject TenantContext tenant;
  @Inject ImportLease lease;

  /** Where a job stands and what it reads. */
  public record State(
      ImportKind kind,
      String step,
      String pageToken,
      int pageIndex,
      String baseUrl,
      Instant after) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public State state(UUID id) {
    ImportJob job = job(id);
    return new State(
        job.kind(),
        job.step(),
        job.pageToken(),
        job.pageIndex(),
        job.baseUrl(),
        job.modifiedAfter());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String file(UUID id, RecordType type) {
    return store.file(id, type).map(f -> f.content()).orElse(null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void running(UUID id, String runId, long executionId) {
    ImportJob job = held(id, runId);
    job.running(executionId);
    job.renew(clock.instant());
  }

  /**
   * The step {@code done} is done; the next starts at its first record. Only if the job stands at
   * {@code done}, at the position after the last record its reader handed on ({@code end}): a
   * restarted job passes again through the steps it had finished, and must not move back to the
   * start of a later one, and a step whose last records were not committed is not done.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void nextStep(UUID id, String runId, String done, String next, RecordReader.End end) {
    ImportJob job = job(id);
    // A completed run has released the lease already; a run that lost it fails at its next write.
    if (job.heldBy(runId)
        && job.step().equals(done)
        && Objects.equals(job.pageToken(), end.pageToken())
        && job.pageIndex() == end.index()) {
      job.nextStep(next);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Upserts.Counts deletions(UUID id, String runId, Map<RecordType, List<String>> ids) {
    return upserts.delete(id, runId, ids);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void completed(UUID id, String runId) {
    ImportJob job = held(id, runId);
    job.nextStep(ImportJob.DONE);
    job.ended(ImportStatus.COMPLETED, null, clock.instant());
    job.released();
    peopleImported(id);
  }

  /**
   * The job ended without completing; a message already noted is kept unless one is given. A run
   * that had lost the import to another leaves it to that one.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ended(UUID id, String runId, ImportStatus status, String message) {
    ImportJob job = job(id);
    if (!job.heldBy(runId)) {
      return;
    }
    if (job.status() == ImportStatus.STARTING || job.status() == ImportStatus.RUNNING) {
      job.ended(status, message != null ? message : job.message(), clock.instant());
    }
    job.released();
    // A job that ended half-way may still have brought people.
    peopleImported(id);
  }

  /** Notes why the job is about to fail (the remote source refused, for one). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void note(UUID id, String runId, String message) {
    ImportJob job = job(id);
    if (job.heldBy(runId)) {
      job.note(message);
    }
  }

  /**
   * Records in the tenant's row that its people may have changed (so every server asks again about
   * callers it found no person for), and announces it once this transaction has committed.
   */
  private void peopleImported(UUID id) {
    tenants.peopleImported(tenant.require());
    peopleImported.fire(new PeopleImported(tenant.require(), id, clock.instant()));
  }

  private ImportJob job(UUID id) {
    return store.find(id).orElseThrow(() -> new ImportNotFound(id));
  }

  private ImportJob held(UUID id, String runId) {
    ImportJob job = job(id);
    if (!job.heldBy(runId)) {
      throw new ImportLeaseLost(id);
    }
    return job;
  }
}
