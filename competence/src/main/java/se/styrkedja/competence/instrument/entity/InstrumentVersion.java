package se.styrkedja.competence.instrument.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * One version of an instrument: a draft while it is written, frozen for good once published. A
 * round always uses one frozen version, so what it asked can always be read again.
 */
@Entity
@Table(name = "instrument_version")
public class InstrumentVersion extends TenantOwned {

  @Id private UUID id;

  @Column(name = "instrument_id", nullable = false, updatable = false)
  private UUID instrumentId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InstrumentVersionStatus status;

  @Convert(converter = InstrumentContentJson.class)
  @Column(nullable = false)
  private InstrumentContent content;

  @Column(name = "created_by", nullable = false, length = 255, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "frozen_by", length = 255)
  private String frozenBy;

  @Column(name = "frozen_at")
  private OffsetDateTime frozenAt;

  @Version private long version;

  protected InstrumentVersion() {}

  /** A new draft. */
  public InstrumentVersion(
      UUID instrumentId, int number, InstrumentContent content, String by, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.instrumentId = instrumentId;
    this.number = number;
    this.status = InstrumentVersionStatus.DRAFT;
    this.content = content;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Replaces the draft's content as a whole. */
  public void rewrite(InstrumentContent content) {
    requireDraft();
    this.content = content;
  }

  /** Publishes the draft: from now on it never changes. */
  public void freeze(String by, OffsetDateTime at) {
    requireDraft();
    this.status = InstrumentVersionStatus.FROZEN;
    this.frozenBy = by;
    this.frozenAt = at;
  }

  public void requireDraft() {
    if (status != InstrumentVersionStatus.DRAFT) {
      throw new VersionFrozen(this);
    }
  }

  public boolean isDraft() {
    return status == InstrumentVersionStatus.DRAFT;
  }

  public UUID id() {
    return id;
  }

  public UUID instrumentId() {
    return instrumentId;
  }

  public int number() {
    return number;
  }

  public InstrumentVersionStatus status() {
    return status;
  }

  public InstrumentContent content() {
    return content;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<String> frozenBy() {
    return Optional.ofNullable(frozenBy);
  }

  public Optional<OffsetDateTime> frozenAt() {
    return Optional.ofNullable(frozenAt);
  }

  public long version() {
    return version;
  }
}
