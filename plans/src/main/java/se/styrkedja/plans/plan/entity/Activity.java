package se.styrkedja.plans.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * An activity (insats) of a plan: what is done for which priority area and goals, for whom, by whom
 * and by when, with its success criteria and how far it has come. Nobody's activity is without an
 * owner, a due date and a follow-up: that is what keeps a plan off the shelf.
 */
@Entity
@Table(name = "activity")
public class Activity extends TenantOwned {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(name = "list_position", nullable = false)
  private int place;

  @Column(name = "priority_area_id", nullable = false)
  private UUID priorityAreaId;

  @Convert(converter = TextList.class)
  @Column(name = "goal_ids", nullable = false, length = 2000)
  private List<String> goalIds;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 10000)
  private String description;

  @Convert(converter = TextList.class)
  @Column(name = "target_levels", nullable = false, length = 500)
  private List<String> targetLevels;

  @Convert(converter = TextList.class)
  @Column(name = "target_unit_ids", nullable = false, length = 4000)
  private List<String> targetUnitIds;

  @Column(name = "target_note", nullable = false, length = 500)
  private String targetNote;

  @Column(nullable = false, length = 255)
  private String owner;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActivityStatus status;

  @Column(name = "success_criteria", nullable = false, length = 4000)
  private String successCriteria;

  @Column(nullable = false)
  private int progress;

  @Column(name = "updated_by", nullable = false, length = 255)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Activity() {}

  public Activity(UUID planId, int place, Content content, String by, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.place = place;
    this.status = ActivityStatus.PLANNED;
    this.progress = 0;
    write(content, by, at);
  }

  /** What a plan's writer says of an activity. */
  public record Content(
      UUID priorityAreaId,
      List<UUID> goalIds,
      String title,
      String description,
      List<String> targetLevels,
      List<UUID> targetUnitIds,
      String targetNote,
      String owner,
      LocalDate startsOn,
      LocalDate dueOn,
      String successCriteria) {

    public Content {
      goalIds = List.copyOf(goalIds);
      targetLevels = List.copyOf(targetLevels);
      targetUnitIds = List.copyOf(targetUnitIds);
      description = description == null ? "" : description;
      targetNote = targetNote == null ? "" : targetNote;
      successCriteria = successCriteria == null ? "" : successCriteria;
    }
  }

  public void write(Content content, String by, OffsetDateTime at) {
    this.priorityAreaId = content.priorityAreaId();
    this.goalIds = content.goalIds().stream().map(UUID::toString).toList();
    this.title = content.title();
    this.description = content.description();
    this.targetLevels = content.targetLevels();
    this.targetUnitIds = content.targetUnitIds().stream().map(UUID::toString).toList();
    this.targetNote = content.targetNote();
    this.owner = content.owner();
    this.startsOn = content.startsOn();
    this.dueOn = content.dueOn();
    this.successCriteria = content.successCriteria();
    touched(by, at);
  }

  /** Reports how far it has come; done is 100 %, whatever was said. */
  public void report(ActivityStatus status, int progress, String by, OffsetDateTime at) {
    this.status = status;
    this.progress = status == ActivityStatus.DONE ? 100 : progress;
    touched(by, at);
  }

  public void moveTo(int place) {
    this.place = place;
  }

  /** Late: still open after its due date. */
  public boolean isDelayed(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }

  private void touched(String by, OffsetDateTime at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Content content() {
    return new Content(
        priorityAreaId,
        goalIds.stream().map(UUID::fromString).toList(),
        title,
        description,
        targetLevels,
        targetUnitIds.stream().map(UUID::fromString).toList(),
        targetNote,
        owner,
        startsOn,
        dueOn,
        successCriteria);
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public int place() {
    return place;
  }

  public String title() {
    return title;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public ActivityStatus status() {
    return status;
  }

  public int progress() {
    return progress;
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
