package se.styrkedja.tenant.unit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** One change of a unit, kept for good: what changed, from what to what, by whom and when. */
@Entity
@Table(name = "unit_change")
public class UnitChange extends TenantOwned {

  /** What changed. The values are the unit's own, as text: names, codes, ids, dates. */
  public enum Kind {
    /** The unit was created; {@code to} is its name. */
    CREATED,
    RENAMED,
    SCHOOL_UNIT_CODE,
    SCHOOL_FORMS,
    /** {@code from} and {@code to} are the ids of the old and new parent. */
    MOVED,
    /** {@code to} is the date it closed. */
    CLOSED
  }

  @Id private UUID id;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private UUID unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private Kind kind;

  @Column(name = "from_value", length = 1000, updatable = false)
  private String fromValue;

  @Column(name = "to_value", length = 1000, updatable = false)
  private String toValue;

  @Column(name = "changed_by", nullable = false, updatable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  protected UnitChange() {}

  public UnitChange(UUID unitId, Kind kind, String from, String to, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.unitId = unitId;
    this.kind = kind;
    this.fromValue = from;
    this.toValue = to;
    this.changedBy = by;
    this.changedAt = at.atOffset(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public UUID unitId() {
    return unitId;
  }

  public Kind kind() {
    return kind;
  }

  public String from() {
    return fromValue;
  }

  public String to() {
    return toValue;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt.toInstant();
  }
}
