package se.styrkedja.plans.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** One version of a plan, whole, as JSON: kept to be read and compared, never changed. */
@Entity
@Table(name = "plan_revision")
public class PlanRevision extends TenantOwned {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(name = "change_note", nullable = false, length = 500, updatable = false)
  private String changeNote;

  @Column(nullable = false, updatable = false)
  private String snapshot;

  @Column(name = "changed_by", nullable = false, length = 255, updatable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  protected PlanRevision() {}

  public PlanRevision(
      UUID planId,
      int revision,
      String changeNote,
      String snapshot,
      String changedBy,
      OffsetDateTime changedAt) {
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.revision = revision;
    this.changeNote = changeNote;
    this.snapshot = snapshot;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public int revision() {
    return revision;
  }

  public String changeNote() {
    return changeNote;
  }

  public String snapshot() {
    return snapshot;
  }

  public String changedBy() {
    return changedBy;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }
}
