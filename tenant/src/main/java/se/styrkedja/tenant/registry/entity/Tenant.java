package se.styrkedja.tenant.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantStatus;

/** A municipality (kommun, huvudman) registered on the platform. Not itself tenant-owned. */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id
  @Column(length = 63)
  private String id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "municipality_code", nullable = false, length = 4)
  private String municipalityCode;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "exported_at")
  private OffsetDateTime exportedAt;

  @Column(name = "exported_by", length = 255)
  private String exportedBy;

  @Column(name = "offboarded_at")
  private OffsetDateTime offboardedAt;

  @Column(name = "offboarded_by", length = 255)
  private String offboardedBy;

  protected Tenant() {}

  /** The last time someone took the full export of the municipality's data. */
  public Optional<OffsetDateTime> exportedAt() {
    return Optional.ofNullable(exportedAt);
  }

  public void exported(OffsetDateTime at, String by) {
    this.exportedAt = at;
    this.exportedBy = by;
  }

  /** Every row of the municipality is gone; the registry keeps its name, code and the date. */
  public void offboard(OffsetDateTime at, String by) {
    this.status = "offboarded";
    this.offboardedAt = at;
    this.offboardedBy = by;
  }

  public TenantInfo info() {
    return new TenantInfo(
        id, name, municipalityCode, TenantStatus.valueOf(status.toUpperCase(Locale.ROOT)));
  }
}
