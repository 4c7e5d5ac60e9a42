package se.styrkedja.tenant.ss12000.boundary;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportKind;
import se.styrkedja.tenant.ss12000.entity.ImportStatus;

/**
 * An import as the API shows it: its source, status, step, counts (read, written, skipped, and
 * noted: written, but not all as the record says, as its report line tells), total (unknown for a
 * remote import until it ends) and percent (null while unknown); while it runs, the server running
 * it, when that server was last heard from, and whether a stop was asked for.
 */
public record ImportView(
    UUID id,
    @Schema(implementation = ImportKind.class) String kind,
    @Schema(implementation = ImportStatus.class) String status,
    String step,
    long read,
    long written,
    long skipped,
    long noted,
    @Schema(nullable = true) Long total,
    @Schema(nullable = true) Integer percent,
    @Schema(nullable = true) String baseUrl,
    @Schema(nullable = true) Instant modifiedAfter,
    @Schema(nullable = true) String message,
    String startedBy,
    Instant createdAt,
    @Schema(nullable = true) Instant finishedAt,
    @Schema(nullable = true) String runningOn,
    @Schema(nullable = true) Instant heartbeatAt,
    boolean stopRequested) {

  static ImportView of(ImportJob j) {
    return new ImportView(
        j.id(),
        j.kind().name(),
        j.status().name(),
        j.step(),
        j.readCount(),
        j.writtenCount(),
        j.skippedCount(),
        j.notedCount(),
        j.total(),
        j.percent(),
        j.baseUrl(),
        j.modifiedAfter(),
        j.message(),
        j.startedBy(),
        j.createdAt(),
        j.finishedAt(),
        j.runningOn(),
        j.heartbeatAt(),
        j.stopRequested());
  }
}
