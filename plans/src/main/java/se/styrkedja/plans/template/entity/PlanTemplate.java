package se.styrkedja.plans.template.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** A named set of activities, kept as JSON, that a unit's new plan can start from. */
@Entity
@Table(name = "plan_template")
public class PlanTemplate extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(nullable = false)
  private String activities;

  @Column(name = "created_by", nullable = false, length = 255, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected PlanTemplate() {}

  public PlanTemplate(
      String name, String description, String activities, String by, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.description = description == null ? "" : description;
    this.activities = activities;
    this.createdBy = by;
    this.updatedAt = at;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String activities() {
    return activities;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
