package se.styrkedja.competence.instrument.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A self-assessment instrument (självskattningsinstrument) of one municipality: its name and
 * description; what it asks lives in its versions.
 */
@Entity
@Table(name = "instrument")
public class Instrument extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "template_key", length = 60, updatable = false)
  private String templateKey;

  @Column(name = "created_by", nullable = false, length = 255, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", nullable = false, length = 255)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Instrument() {}

  public Instrument(
      String name, String description, String templateKey, String by, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.description = description == null ? "" : description;
    this.templateKey = templateKey;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Something changed in the instrument or one of its versions. */
  public void touched(String by, OffsetDateTime at) {
    this.updatedBy = by;
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

  public Optional<String> templateKey() {
    return Optional.ofNullable(templateKey);
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
