package se.styrkedja.tenant.role.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import se.styrkedja.core.persistence.TenantOwned;
import se.styrkedja.tenant.role.control.Assignment;
import se.styrkedja.tenant.unit.entity.NullableUuidConverter;

/**
 * A person (by SSO username) holds a level or function of the chain at a unit and its subtree, or
 * tenant-wide (no unit), from a day until a day (inclusive; none while it lasts). Ending sets the
 * last day; rows are kept.
 */
@Entity
@Table(name = "role_assignment")
@EntityListeners(AccessDataChanged.class)
@Customizer(AssignmentUnitColumn.class)
public class RoleAssignment extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false, length = 255, updatable = false)
  private String username;

  @Column(name = "level_key", nullable = false, length = 40, updatable = false)
  private String level;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "unit_id", updatable = false)
  private UUID unitId;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "created_by", nullable = false, length = 255, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected RoleAssignment() {}

  public RoleAssignment(
      String username,
      String level,
      UUID unitId,
      LocalDate from,
      LocalDate until,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.username = username;
    this.level = level;
    this.unitId = unitId;
    this.validFrom = from;
    this.validUntil = until;
    this.createdBy = createdBy;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  /** Sets the last day; the caller has checked it is not before the first. */
  public void end(LocalDate until) {
    this.validUntil = until;
  }

  public Assignment rule() {
    return new Assignment(level, unitId, validFrom, validUntil);
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String level() {
    return level;
  }

  public UUID unitId() {
    return unitId;
  }

  public LocalDate from() {
    return validFrom;
  }

  public LocalDate until() {
    return validUntil;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public long version() {
    return version;
  }
}
