package se.styrkedja.plans.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** One step of a plan's workflow: who took it, when, and what they said. */
@Entity
@Table(name = "plan_transition")
public class PlanTransition extends TenantOwned {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, length = 20, updatable = false)
  private PlanStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private PlanStatus toStatus;

  @Column(nullable = false, length = 2000, updatable = false)
  private String remark;

  @Column(nullable = false, length = 255, updatable = false)
  private String actor;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private OffsetDateTime actedAt;

  protected PlanTransition() {}

  public PlanTransition(
      UUID planId,
      PlanStatus from,
      PlanStatus to,
      String remark,
      String actor,
      OffsetDateTime actedAt) {
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.fromStatus = from;
    this.toStatus = to;
    this.remark = remark == null ? "" : remark;
    this.actor = actor;
    this.actedAt = actedAt;
  }

  public UUID planId() {
    return planId;
  }

  public PlanStatus from() {
    return fromStatus;
  }

  public PlanStatus to() {
    return toStatus;
  }

  public String remark() {
    return remark;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime actedAt() {
    return actedAt;
  }
}
