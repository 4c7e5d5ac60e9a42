package se.styrkedja.tenant.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.styrkedja.tenant.api.TenantPurged;

/**
 * Once an offboarded municipality's rows are gone, its identity in Keycloak goes too: its
 * organization, identity providers and the accounts of its members. Synchronous, so that a failure
 * stops the offboarding and the operator can repeat it (every step skips what is already gone).
 */
@ApplicationScoped
public class TenantIdentityRemoval {

  @Inject KeycloakProvisioning provisioning;

  void on(@Observes TenantPurged purged) {
    provisioning.deleteTenantIdentity(purged.tenant().value());
  }
}
