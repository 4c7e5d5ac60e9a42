package se.styrkedja.tenant.ss12000.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * One SS 12000 import: its source, its status, its counts, and where it stands (step, page token,
 * index in the page). The position is written in the same transaction as each chunk of records, so
 * a job stopped or killed half-way goes on from exactly the first record not yet committed.
 *
 * <p>Which run of the job may write is decided here too, not by one server's batch runtime: a run
 * holds the import's lease ({@code runId}, on server {@code runningOn}) while its heartbeat is
 * fresh; every write of the job checks that it still holds it.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantOwned {

  /** The step after the last: nothing left to do. */
  public static final String DONE = "done";

  /** The step that applies {@code /deletedEntities} (remote imports only). */
  public static final String DELETIONS = "deletions";

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ImportKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportStatus status;

  @Column(name = "base_url", length = 1000, updatable = false)
  private String baseUrl;

  @Column(name = "modified_after", updatable = false)
  private OffsetDateTime modifiedAfter;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "total_records")
  private Long total;

  @Column(name = "read_count", nullable = false)
  private long readCount;

  @Column(name = "written_count", nullable = false)
  private long writtenCount;

  @Column(name = "skipped_count", nullable = false)
  private long skippedCount;

  /** Records written, but not all as they say (a unit under the root: its parent is missing). */
  @Column(name = "noted_count", nullable = false)
  private long notedCount;

  @Column(nullable = false, length = 20)
  private String step;

  @Column(name = "page_token", length = 2000)
  private String pageToken;

  @Column(name = "page_index", nullable = false)
  private int pageIndex;

  @Column(length = 2000)
  private String message;

  @Column(name = "started_by", nullable = false, length = 255, updatable = false)
  private String startedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "running_on", length = 200)
  private String runningOn;

  @Column(name = "run_id", length = 36)
  private String runId;

  @Column(name = "heartbeat_at")
  private OffsetDateTime heartbeatAt;

  @Column(name = "stop_requested", nullable = false)
  private boolean stopRequested;

  @Version private long version;

  protected ImportJob() {}

  public ImportJob(
      ImportKind kind,
      String baseUrl,
      Instant modifiedAfter,
      Long total,
      String startedBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.status = ImportStatus.STARTING;
    this.baseUrl = baseUrl;
    this.modifiedAfter = modifiedAfter == null ? null : modifiedAfter.atOffset(ZoneOffset.UTC);
    this.total = total;
    this.startedBy = startedBy;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    this.step = RecordType.ORGANISATION.plural();
  }

  /** To be started again, from where it stands. */
  public void restarting() {
    this.status = ImportStatus.STARTING;
    this.executionId = null;
    this.message = null;
    this.finishedAt = null;
    this.stopRequested = false;
  }

  /**
   * A new run on server {@code node} takes the lease, from now; a run that held it before no longer
   * does. Returns the run's id, which the job carries and checks at each write.
   */
  public String leaseTo(String node, Instant now) {
    this.runningOn = node;
    this.runId = UUID.randomUUID().toString();
    this.heartbeatAt = now.atOffset(ZoneOffset.UTC);
    return runId;
  }

  /** Whether this run still holds the lease (no other run has taken the import over). */
  public boolean heldBy(String run) {
    return run != null && run.equals(runId);
  }

  /** Whether some run holds the lease and was heard from within {@code length} before now. */
  public boolean leaseFresh(Instant now, Duration length) {
    return runId != null
        && heartbeatAt != null
        && heartbeatAt.toInstant().plus(length).isAfter(now);
  }

  /** The run holding the lease is alive: a chunk committed. */
  public void renew(Instant now) {
    this.heartbeatAt = now.atOffset(ZoneOffset.UTC);
  }

  /** The run has ended; nobody holds the lease. */
  public void released() {
    this.runningOn = null;
    this.runId = null;
    this.heartbeatAt = null;
  }

  /**
   * The batch job runs, as this execution. The job writes this itself: a write from the request
   * that started it would race with the job's own first write.
   */
  public void running(long executionId) {
    this.executionId = executionId;
    this.status = ImportStatus.RUNNING;
  }

  public void ended(ImportStatus status, String message, Instant at) {
    this.status = status;
    this.message = message;
    this.finishedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Why the job is about to fail or why it stopped, for the admin. */
  public void note(String message) {
    this.message =
        message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
  }

  /**
   * A chunk of the step {@code step} committed: what it counted and where the next record is. The
   * position is the step's, whatever moved the job to it.
   */
  public void advanced(
      String step,
      long read,
      long written,
      long skipped,
      long noted,
      String pageToken,
      int pageIndex) {
    this.step = step;
    this.readCount += read;
    this.writtenCount += written;
    this.skippedCount += skipped;
    this.notedCount += noted;
    this.pageToken = pageToken;
    this.pageIndex = pageIndex;
  }

  /** A step is done: the next begins at its first page. */
  public void nextStep(String step) {
    this.step = step;
    this.pageToken = null;
    this.pageIndex = 0;
  }

  public void counted(long total) {
    this.total = total;
  }

  /** How far, 0 to 100; null while the total is unknown (a remote import before its end). */
  public Integer percent() {
    if (status == ImportStatus.COMPLETED) {
      return 100;
    }
    if (total == null || total == 0) {
      return null;
    }
    return (int) Math.min(100, readCount * 100 / total);
  }

  public UUID id() {
    return id;
  }

  public ImportKind kind() {
    return kind;
  }

  public ImportStatus status() {
    return status;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Instant modifiedAfter() {
    return modifiedAfter == null ? null : modifiedAfter.toInstant();
  }

  public Long executionId() {
    return executionId;
  }

  public Long total() {
    return total;
  }

  public long readCount() {
    return readCount;
  }

  public long writtenCount() {
    return writtenCount;
  }

  public long skippedCount() {
    return skippedCount;
  }

  public long notedCount() {
    return notedCount;
  }

  public String step() {
    return step;
  }

  public String pageToken() {
    return pageToken;
  }

  public int pageIndex() {
    return pageIndex;
  }

  public String message() {
    return message;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant finishedAt() {
    return finishedAt == null ? null : finishedAt.toInstant();
  }

  public String runningOn() {
    return runningOn;
  }

  public String runId() {
    return runId;
  }

  public Instant heartbeatAt() {
    return heartbeatAt == null ? null : heartbeatAt.toInstant();
  }

  /** A stop was asked for, to be seen by the running job at its next chunk. */
  public boolean stopRequested() {
    return stopRequested;
  }
}
