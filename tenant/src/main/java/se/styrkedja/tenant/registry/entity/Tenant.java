package se.styrkedja.tenant.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
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

  protected Tenant() {}

  public TenantInfo info() {
    return new TenantInfo(
        id, name, municipalityCode, TenantStatus.valueOf(status.toUpperCase(Locale.ROOT)));
  }
}
