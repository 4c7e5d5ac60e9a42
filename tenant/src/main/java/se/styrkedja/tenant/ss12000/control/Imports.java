package se.styrkedja.tenant.ss12000.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.ss12000.entity.ImportFile;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportKind;
import se.styrkedja.tenant.ss12000.entity.ImportRejection;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * The use cases of imports. Only whoever configures the municipality (its admin) imports, follows
 * imports and reads their reports. Starting the batch job is {@link ImportRuns}' part, after the
 * job row is committed.
 */
@ApplicationScoped
@Transactional
public class Imports {

  static final String TARGET = "import";

  @Inject ImportStore store;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject AccessPolicy access;
  @Inject Clock clock;
  @Inject RemoteTokens tokens;
  @Inject ImportLease lease;

  /** A file of an uploaded data set: its name and its text. */
  public record Upload(String name, String content) {}

  /**
   * Keeps an uploaded data set (each file checked to be SS 12000 JSON) as a new import. The files
   * are told apart by name: organisations, persons, duties.
   */
  public ImportJob upload(Map<RecordType, Upload> files) {
    requireAdmin("import a data set");
    if (files.isEmpty()) {
      throw new InvalidImport(
          "files",
          TenantProblemCode.IMPORT_NO_DATA_SET,
          "no organisations.json, persons.json or duties.json in the upload");
    }
    List<FieldError> errors = new ArrayList<>();
    long total = 0;
    for (Map.Entry<RecordType, Upload> f : files.entrySet()) {
      try {
        total += Records.page(f.getValue().content(), f.getKey()).records().size();
      } catch (Records.NotADataSet e) {
        errors.add(new FieldError("files", f.getValue().name() + " " + e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidImport(errors);
    }
    ImportJob job =
        new ImportJob(ImportKind.FILES, null, null, total, caller.actor(), clock.instant());
    lease.take(job);
    store.add(job);
    // The job's row first: the files refer to it.
    store.flush();
    files.forEach((type, f) -> store.add(new ImportFile(job.id(), type, f.name(), f.content())));
    audit.wrote("ss12000.import.created", TARGET, job.id());
    return job;
  }

  /** A new import from a remote SS 12000 API; the token is kept in memory only. */
  public ImportJob remote(String baseUrl, String token, Instant modifiedAfter) {
    requireAdmin("import from an SS 12000 API");
    URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new InvalidImport("baseUrl", "is not a URL");
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
        || uri.getHost() == null) {
      throw new InvalidImport("baseUrl", "must be an http or https URL");
    }
    ImportJob job =
        new ImportJob(
            ImportKind.REMOTE, baseUrl, modifiedAfter, null, caller.actor(), clock.instant());
    lease.take(job);
    store.add(job);
    tokens.put(job.id(), token);
    audit.wrote("ss12000.import.created", TARGET, job.id());
    return job;
  }

  public Page<ImportJob> list(int offset, int limit) {
    requireAdmin("list imports");
    return new Page<>(store.page(offset, limit), store.count(), offset, limit);
  }

  public ImportJob get(UUID id) {
    requireAdmin("read an import");
    return find(id);
  }

  public List<ImportRejection> rejections(UUID id) {
    requireAdmin("read the rejections of an import");
    return store.rejections(find(id).id());
  }

  /**
   * Makes a failed, stopped or dead import ready to run again from where it stands, as a new run on
   * this server. Dead: its row says it starts or runs, but its lease has expired (its server was
   * killed). While a run holds the lease, on whichever server, the import is not started twice. Two
   * servers restarting it at once both find it dead; the row's version lets one of them store its
   * run, the other answers 409.
   */
  public ImportJob prepareRestart(UUID id, String token) {
    requireAdmin("restart an import");
    ImportJob job = find(id);
    if (lease.held(job)) {
      throw ImportNotRestartable.running(job, clock.instant());
    }
    boolean dead = job.status() == ImportStatus.STARTING || job.status() == ImportStatus.RUNNING;
    if (!job.status().restartable() && !dead) {
      throw new ImportNotRestartable("restarted", job.status());
    }
    if (job.kind() == ImportKind.REMOTE) {
      if (token != null && !token.isBlank()) {
        tokens.put(id, token);
      } else if (tokens.get(id).isEmpty()) {
        throw new InvalidImport(
            "token", "the server no longer holds the token of this import: give it again");
      }
    }
    job.restarting();
    lease.take(job);
    audit.wrote("ss12000.import.restarted", TARGET, id);
    return job;
  }

  /**
   * Records that the admin asks the running import to stop: whichever server runs it sees that at
   * its next chunk. One whose lease has expired runs nowhere: it is restarted, not stopped.
   */
  public ImportJob prepareStop(UUID id) {
    requireAdmin("stop an import");
    ImportJob job = find(id);
    if (job.status() != ImportStatus.STARTING && job.status() != ImportStatus.RUNNING) {
      throw new ImportNotRestartable("stopped", job.status());
    }
    if (!lease.held(job)) {
      throw ImportNotRestartable.notRunning();
    }
    store.requestStop(id);
    audit.wrote("ss12000.import.stopped", TARGET, id);
    return job;
  }

  /** The batch job could not even be started: the import failed. */
  public void notStarted(UUID id, String why) {
    ImportJob job = find(id);
    job.note(why);
    job.ended(ImportStatus.FAILED, why, clock.instant());
    job.released();
  }

  private ImportJob find(UUID id) {
    return store.find(id).orElseThrow(() -> new ImportNotFound(id));
  }

  private void requireAdmin(String what) {
    access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), what);
  }
}
