package se.styrkedja.tenant.ss12000.control;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;

/**
 * Whether an import runs, as every server sees it: from the lease in the import's row, not from
 * this server's batch runtime (which knows nothing of the others, and forgets its executions when
 * it restarts).
 *
 * <p>A run holds the lease while its heartbeat is younger than the lease's length ({@code
 * styrkedja.import.lease-seconds}, 60 by default). Each chunk renews it in its own transaction;
 * while the job runs on this server, a beat renews it every quarter of the length as well, so a
 * chunk that waits a long time for a remote page (up to 70 s) does not lose it. Sixty seconds lets
 * three beats in a row be missed (a long garbage collection, a database fail-over of some seconds)
 * before another server may take the import over, and a dead server's import waits at most a minute
 * for its restart. The servers' clocks must agree to within a small part of it (NTP).
 */
@ApplicationScoped
public class ImportLease {

  private static final Logger LOG = Logger.getLogger(ImportLease.class.getName());

  /** This server: its host, its process, and a random part (a new JVM is a new server). */
  private final String node = host() + "/" + ProcessHandle.current().pid() + "/" + random();

  @Inject Clock clock;
  @Inject AsTenant asTenant;
  @Inject ImportStore store;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "styrkedja.import.lease-seconds", defaultValue = "60")
  int leaseSeconds;

  /** The beats of the runs on this server, by run id. */
  private final Map<String, ScheduledFuture<?>> beats = new ConcurrentHashMap<>();

  public String node() {
    return node;
  }

  public Duration length() {
    return Duration.ofSeconds(Math.max(1, leaseSeconds));
  }

  /** Whether a run holds the import now: it is starting or running, and was heard from lately. */
  public boolean held(ImportJob job) {
    return (job.status() == ImportStatus.STARTING || job.status() == ImportStatus.RUNNING)
        && job.leaseFresh(clock.instant(), length());
  }

  /** A new run of the import on this server takes its lease; returns the run's id. */
  public String take(ImportJob job) {
    return job.leaseTo(node, clock.instant());
  }

  /** Whether the run holding the import's lease runs on this server. */
  public boolean here(ImportJob job) {
    return node.equals(job.runningOn());
  }

  /**
   * Renews the lease of a run on this server until {@link #stopBeating}, and stops the run here
   * when its row asks for a stop (asked of another server) or another run has taken its lease.
   */
  public void beat(TenantId tenant, UUID importId, String runId, long executionId) {
    long every = Math.max(250, length().toMillis() / 4);
    ScheduledFuture<?> beat =
        scheduler.scheduleWithFixedDelay(
            () -> beatOnce(tenant, importId, runId, executionId),
            every,
            every,
            TimeUnit.MILLISECONDS);
    ScheduledFuture<?> before = beats.put(runId, beat);
    if (before != null) {
      before.cancel(false);
    }
  }

  public void stopBeating(String runId) {
    ScheduledFuture<?> beat = beats.remove(runId);
    if (beat != null) {
      beat.cancel(false);
    }
  }

  private void beatOnce(TenantId tenant, UUID importId, String runId, long executionId) {
    try {
      String why =
          asTenant.call(
              tenant,
              () -> {
                if (store.renew(importId, runId, clock.instant()) == 0) {
                  return "another run has taken it over";
                }
                return store.stopRequested(importId) ? "a stop was asked for" : null;
              });
      if (why != null) {
        LOG.info(() -> "Stopping the import " + importId + " on this server: " + why);
        stopBeating(runId);
        stopHere(executionId);
      }
    } catch (RuntimeException e) {
      // The next beat tries again; a chunk's commit renews the lease as well.
      LOG.log(Level.WARNING, "could not renew the lease of the import " + importId, e);
    }
  }

  /**
   * Stops the job's execution on this server, from another thread: the job's own chunk asks for it
   * inside its transaction, which the batch runtime's stop must not join.
   */
  public void stopSoon(long executionId) {
    scheduler.execute(() -> stopHere(executionId));
  }

  /** Stops an execution of this server's batch runtime; one that has ended already is left be. */
  public void stopHere(long executionId) {
    try {
      BatchRuntime.getJobOperator().stop(executionId);
    } catch (JobExecutionNotRunningException | NoSuchJobExecutionException ended) {
      LOG.fine(() -> "execution " + executionId + " no longer runs");
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  private static String random() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
