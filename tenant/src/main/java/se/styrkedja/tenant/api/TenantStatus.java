package se.styrkedja.tenant.api;

/** Where a tenant is in its lifecycle. */
public enum TenantStatus {
  ONBOARDING,
  ACTIVE,
  SUSPENDED,
  OFFBOARDED;

  /**
   * Whether the tenant's people may use the platform at all; while onboarding, only its admin may
   * (the web layer checks that).
   */
  public boolean admitsUsers() {
    return this == ONBOARDING || this == ACTIVE;
  }
}
