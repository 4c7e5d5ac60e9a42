package se.styrkedja.tenant.ss12000.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A line of an import's report: a record it skipped, or one it could write only in part (a unit
 * placed under the root, as its parent is missing); its type, its SS 12000 id as given (if any), a
 * stable code, and what happened and why.
 */
@Entity
@Table(name = "import_rejection")
public class ImportRejection extends TenantOwned {

  @Id private UUID id;

  @Column(name = "import_id", nullable = false, updatable = false)
  private UUID importId;

  /** The order in which the job met it, for a stable report. */
  @Column(nullable = false, updatable = false)
  private long seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type", nullable = false, length = 20, updatable = false)
  private RecordType recordType;

  @Column(name = "record_id", length = 200, updatable = false)
  private String recordId;

  /** What happened, e.g. {@code tenant.import.parent-missing}; none on lines of older imports. */
  @Column(length = 60, updatable = false)
  private String code;

  @Column(nullable = false, length = 1000, updatable = false)
  private String reason;

  protected ImportRejection() {}

  public ImportRejection(
      UUID importId, long seq, RecordType recordType, String recordId, String code, String reason) {
    this.id = UUID.randomUUID();
    this.importId = importId;
    this.seq = seq;
    this.recordType = recordType;
    this.code = code;
    this.recordId =
        recordId == null || recordId.length() <= 200 ? recordId : recordId.substring(0, 200);
    this.reason = reason.length() <= 1000 ? reason : reason.substring(0, 1000);
  }

  public RecordType recordType() {
    return recordType;
  }

  public String recordId() {
    return recordId;
  }

  public String code() {
    return code;
  }

  public String reason() {
    return reason;
  }
}
