package se.styrkedja.plans.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** A plan's follow-up for one round (the deadline it answers): its rating and summary. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends TenantOwned {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(name = "round_due", nullable = false, updatable = false)
  private LocalDate roundDue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Rating rating;

  @Column(nullable = false, length = 10000)
  private String summary;

  @Column(name = "written_by", nullable = false, length = 255)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private OffsetDateTime writtenAt;

  @Version private long version;

  protected FollowUp() {}

  public FollowUp(UUID planId, LocalDate roundDue) {
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.roundDue = roundDue;
  }

  public void write(Rating rating, String summary, String by, OffsetDateTime at) {
    this.rating = rating;
    this.summary = summary == null ? "" : summary;
    this.writtenBy = by;
    this.writtenAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public LocalDate roundDue() {
    return roundDue;
  }

  public Rating rating() {
    return rating;
  }

  public String summary() {
    return summary;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public OffsetDateTime writtenAt() {
    return writtenAt;
  }

  public long version() {
    return version;
  }
}
