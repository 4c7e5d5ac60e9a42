package se.styrkedja.plans.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** How one activity is going, in a plan's follow-up: rating, narrative, evidence links. */
@Entity
@Table(name = "follow_up_activity")
public class ActivityFollowUp extends TenantOwned {

  @Id private UUID id;

  @Column(name = "follow_up_id", nullable = false, updatable = false)
  private UUID followUpId;

  @Column(name = "activity_id", nullable = false, updatable = false)
  private UUID activityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Rating rating;

  @Column(nullable = false, length = 10000)
  private String narrative;

  @Convert(converter = LineList.class)
  @Column(name = "evidence_links", nullable = false, length = 4000)
  private List<String> evidenceLinks;

  protected ActivityFollowUp() {}

  public ActivityFollowUp(
      UUID followUpId,
      UUID activityId,
      Rating rating,
      String narrative,
      List<String> evidenceLinks) {
    this.id = UUID.randomUUID();
    this.followUpId = followUpId;
    this.activityId = activityId;
    this.rating = rating;
    this.narrative = narrative == null ? "" : narrative;
    this.evidenceLinks = List.copyOf(evidenceLinks);
  }

  public UUID followUpId() {
    return followUpId;
  }

  public UUID activityId() {
    return activityId;
  }

  public Rating rating() {
    return rating;
  }

  public String narrative() {
    return narrative;
  }

  public List<String> evidenceLinks() {
    return evidenceLinks;
  }
}
