package se.styrkedja.plans.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * An action plan of one unit for one school year. Its content is written while it is a draft (or
 * returned); from then on the workflow moves it, one allowed step at a time.
 */
@Entity
@Table(name = "plan")
public class Plan extends TenantOwned {

  /** The workflow: from each status, the statuses one step can reach. */
  static final Map<PlanStatus, Set<PlanStatus>> STEPS =
      Map.of(
          PlanStatus.DRAFT, Set.of(PlanStatus.SUBMITTED),
          PlanStatus.RETURNED, Set.of(PlanStatus.SUBMITTED),
          PlanStatus.SUBMITTED, Set.of(PlanStatus.APPROVED, PlanStatus.RETURNED),
          PlanStatus.APPROVED, Set.of(PlanStatus.ACTIVE),
          PlanStatus.ACTIVE, Set.of(PlanStatus.FOLLOWED_UP),
          PlanStatus.FOLLOWED_UP, Set.of(PlanStatus.CLOSED),
          PlanStatus.CLOSED, Set.of());

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private PlanKind kind;

  @Column(name = "school_year", nullable = false, length = 7, updatable = false)
  private String schoolYear;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private UUID unitId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 10000)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanStatus status;

  @Column(name = "written_at_level", nullable = false, length = 40, updatable = false)
  private String writtenAtLevel;

  @Column(name = "strategy_id", nullable = false, updatable = false)
  private UUID strategyId;

  @Column(name = "submitted_by", length = 255)
  private String submittedBy;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "decided_by", length = 255)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "created_by", nullable = false, length = 255, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", nullable = false, length = 255)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Plan() {}

  public Plan(
      PlanKind kind,
      String schoolYear,
      UUID unitId,
      String title,
      String summary,
      String writtenAtLevel,
      UUID strategyId,
      String by,
      OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.schoolYear = schoolYear;
    this.unitId = unitId;
    this.title = title;
    this.summary = summary == null ? "" : summary;
    this.status = PlanStatus.DRAFT;
    this.writtenAtLevel = writtenAtLevel;
    this.strategyId = strategyId;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Rewrites title and summary; only while the plan is a draft or returned. */
  public void edit(String title, String summary, String by, OffsetDateTime at) {
    requireEditable();
    this.title = title;
    this.summary = summary == null ? "" : summary;
    touched(by, at);
  }

  public void requireEditable() {
    if (!status.isEditable()) {
      throw new PlanNotEditable(this);
    }
  }

  /**
   * Takes one step of the workflow. Who may take it is the caller's business (the role hierarchy);
   * that it is a step from here is the plan's.
   */
  /** Whether {@code next} is one step of the workflow from where the plan is. */
  public boolean canMoveTo(PlanStatus next) {
    return STEPS.get(status).contains(next);
  }

  public PlanStatus moveTo(PlanStatus next, String by, OffsetDateTime at) {
    if (!STEPS.get(status).contains(next)) {
      throw new NotAStep(this, next);
    }
    PlanStatus from = status;
    status = next;
    switch (next) {
      case SUBMITTED -> {
        submittedBy = by;
        submittedAt = at;
        decidedBy = null;
        decidedAt = null;
      }
      case APPROVED, RETURNED -> {
        decidedBy = by;
        decidedAt = at;
      }
      default -> {}
    }
    touched(by, at);
    return from;
  }

  private void touched(String by, OffsetDateTime at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public UUID id() {
    return id;
  }

  public PlanKind kind() {
    return kind;
  }

  public String schoolYear() {
    return schoolYear;
  }

  public UUID unitId() {
    return unitId;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public PlanStatus status() {
    return status;
  }

  public String writtenAtLevel() {
    return writtenAtLevel;
  }

  public UUID strategyId() {
    return strategyId;
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<OffsetDateTime> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
