package se.styrkedja.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** One write, recorded in the same transaction as the write itself. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, length = 255)
  private String actor;

  @Column(nullable = false, length = 100)
  private String action;

  @Column(name = "target_type", nullable = false, length = 100)
  private String targetType;

  @Column(name = "target_id", nullable = false, length = 100)
  private String targetId;

  protected AuditEvent() {}

  AuditEvent(Instant occurredAt, String actor, String action, String targetType, String targetId) {
    this.id = UUID.randomUUID();
    this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
  }

  public UUID id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }
}
