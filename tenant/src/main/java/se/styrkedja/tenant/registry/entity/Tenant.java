package se.styrkedja.tenant.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantStatus;
import se.styrkedja.tenant.role.entity.AccessDataChanged;

/**
 * A municipality (kommun, huvudman) registered on the platform. Not itself tenant-owned.
 *
 * <p>Its lifecycle: onboarding, then active; active and suspended back and forth; from any of them
 * offboarded, which is final.
 */
@Entity
@Table(name = "tenant")
@EntityListeners(AccessDataChanged.class)
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

  @Column(name = "admin_email", length = 254)
  private String adminEmail;

  @Column(name = "keycloak_org_id", length = 36)
  private String keycloakOrgId;

  @Column(name = "idp_alias", length = 100)
  private String idpAlias;

  @Column(name = "idp_type", length = 10)
  private String idpType;

  @Column(name = "status_changed_at")
  private OffsetDateTime statusChangedAt;

  @Column(name = "status_changed_by", length = 255)
  private String statusChangedBy;

  @Column(name = "offboarded_at")
  private OffsetDateTime offboardedAt;

  @Column(name = "exported_at")
  private OffsetDateTime exportedAt;

  @Column(name = "exported_by", length = 255)
  private String exportedBy;

  /** Raised by each import's end (a bulk update, see TenantStore.peopleImported). */
  @Column(name = "people_version", nullable = false)
  private long peopleVersion;

  @Version private long version;

  protected Tenant() {}

  /** A tenant just onboarded: its Keycloak organization and first admin exist. */
  public Tenant(
      String id,
      String name,
      String municipalityCode,
      String adminEmail,
      String keycloakOrgId,
      OffsetDateTime at,
      String by) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.municipalityCode = Objects.requireNonNull(municipalityCode);
    this.adminEmail = adminEmail;
    this.keycloakOrgId = keycloakOrgId;
    this.status = stored(TenantStatus.ONBOARDING);
    this.createdAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    this.statusChangedAt = createdAt;
    this.statusChangedBy = by;
  }

  public TenantInfo info() {
    return new TenantInfo(id, name, municipalityCode, status(), peopleVersion);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public TenantStatus status() {
    return TenantStatus.valueOf(status.toUpperCase(Locale.ROOT));
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<String> adminEmail() {
    return Optional.ofNullable(adminEmail);
  }

  public Optional<String> keycloakOrgId() {
    return Optional.ofNullable(keycloakOrgId);
  }

  /** The alias of the municipality's identity provider in Keycloak, once linked. */
  public Optional<String> identityProviderAlias() {
    return Optional.ofNullable(idpAlias);
  }

  /** {@code oidc} or {@code saml}, once linked. */
  public Optional<String> identityProviderType() {
    return Optional.ofNullable(idpType);
  }

  public Optional<OffsetDateTime> statusChangedAt() {
    return Optional.ofNullable(statusChangedAt);
  }

  public Optional<String> statusChangedBy() {
    return Optional.ofNullable(statusChangedBy);
  }

  public Optional<OffsetDateTime> offboardedAt() {
    return Optional.ofNullable(offboardedAt);
  }

  /** The last time someone took the full export of the municipality's data. */
  public Optional<OffsetDateTime> exportedAt() {
    return Optional.ofNullable(exportedAt);
  }

  /** Someone downloaded the full export of the municipality's data. */
  public void exported(OffsetDateTime at, String by) {
    this.exportedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    this.exportedBy = by;
  }

  public long version() {
    return version;
  }

  /** Opens the tenant to all its people: from onboarding, or back from suspended. */
  public void activate(OffsetDateTime at, String by) {
    move(
        TenantStatus.ACTIVE,
        "be activated",
        at,
        by,
        TenantStatus.ONBOARDING,
        TenantStatus.SUSPENDED);
  }

  /** Closes the tenant to its people, changing nothing of theirs. Only an active tenant. */
  public void suspend(OffsetDateTime at, String by) {
    move(TenantStatus.SUSPENDED, "be suspended", at, by, TenantStatus.ACTIVE);
  }

  /**
   * Marks the tenant as gone: its data exported and purged, its identity removed. Final; from any
   * other status.
   */
  public void offboard(OffsetDateTime at, String by) {
    move(
        TenantStatus.OFFBOARDED,
        "be offboarded",
        at,
        by,
        TenantStatus.ONBOARDING,
        TenantStatus.ACTIVE,
        TenantStatus.SUSPENDED);
    offboardedAt = statusChangedAt;
  }

  /** Records the identity provider linked to the tenant's organization (replacing any before). */
  public void linkIdentityProvider(String alias, String type) {
    if (status() == TenantStatus.OFFBOARDED) {
      throw new InvalidTransition(id, status(), "have an identity provider linked");
    }
    this.idpAlias = Objects.requireNonNull(alias);
    this.idpType = Objects.requireNonNull(type);
  }

  private void move(
      TenantStatus to, String wanted, OffsetDateTime at, String by, TenantStatus... from) {
    TenantStatus now = status();
    for (TenantStatus allowed : from) {
      if (allowed == now) {
        status = stored(to);
        statusChangedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        statusChangedBy = by;
        return;
      }
    }
    throw new InvalidTransition(id, now, wanted);
  }

  private static String stored(TenantStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
