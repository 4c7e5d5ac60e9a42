package se.styrkedja.tenant.registry.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.persistence.TenantCache;
import se.styrkedja.core.persistence.TenantChanges;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.TenantDirectory;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantStatus;
import se.styrkedja.tenant.registry.control.IdentityProviderSettings.Type;
import se.styrkedja.tenant.registry.control.KeycloakProvisioning.TenantIdentity;
import se.styrkedja.tenant.registry.entity.InvalidTransition;
import se.styrkedja.tenant.registry.entity.Tenant;

/**
 * The tenant registry and the operator's use cases: onboarding a municipality (its Keycloak
 * organization and first admin, then its row), its lifecycle, and linking its identity provider.
 *
 * <p>Keycloak is called outside any database transaction; when the row cannot be stored after
 * Keycloak succeeded, what was created there is removed again.
 */
@ApplicationScoped
public class Tenants implements TenantDirectory {

  private static final Logger LOG = Logger.getLogger(Tenants.class.getName());

  @Inject TenantStore store;
  @Inject KeycloakProvisioning keycloak;
  @Inject AccessPolicy access;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject TenantsSeen seen;
  @Inject TenantChanges changes;

  /**
   * Every request asks for its tenant's row: remembered across requests while the database says it
   * has not changed (TenantChanges), within a request in any case (TenantsSeen).
   */
  private TenantCache<String, Optional<TenantInfo>> rows;

  @PostConstruct
  void remember() {
    rows = new TenantCache<>(changes, 10_000);
  }

  /** What the operator gives to onboard a municipality; already checked for form. */
  public record NewTenant(String id, String name, String municipalityCode, String adminEmail) {}

  @Override
  public Optional<TenantInfo> find(TenantId id) {
    Supplier<Optional<TenantInfo>> stored = () -> store.find(id.value()).map(Tenant::info);
    try {
      return seen.changed()
          ? seen.find(id.value(), stored)
          : seen.find(id.value(), () -> rows.get(id, "row", stored));
    } catch (ContextNotActiveException outsideARequest) {
      return stored.get(); // a batch job or the start-up: read it each time
    }
  }

  public Page<Tenant> list(int offset, int limit) {
    access.requireOperator("list tenants");
    return new Page<>(store.page(offset, limit), store.count(), offset, limit);
  }

  public Tenant get(String id) {
    access.requireOperator("read a tenant");
    return store.find(id).orElseThrow(() -> new TenantNotFound(id));
  }

  public Tenant create(NewTenant n) {
    access.requireOperator("create a tenant");
    if (store.find(n.id()).isPresent()) {
      throw new TenantTaken("slug", "Another municipality already has this id.");
    }
    if (store.codeTaken(n.municipalityCode())) {
      throw new TenantTaken(
          "municipalityCode", "Another municipality already has this municipality code.");
    }
    TenantIdentity identity =
        keycloak.createTenantIdentity(n.id(), n.name(), n.municipalityCode(), n.adminEmail());
    try {
      return store.add(
          new Tenant(
              n.id(),
              n.name(),
              n.municipalityCode(),
              n.adminEmail(),
              identity.organizationId(),
              now(),
              caller.actor()),
          n.adminEmail(),
          caller.actor());
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      // Most likely a concurrent onboarding of the same slug or code: undo Keycloak's half.
      LOG.warning(() -> "Tenant " + n.id() + " not stored, removing its Keycloak identity: " + e);
      keycloak.deleteTenantIdentity(n.id());
      throw new TenantTaken(
          "slug", "Someone else is onboarding a municipality with this id right now.");
    }
  }

  public Tenant activate(String id) {
    access.requireOperator("activate a tenant");
    return store.change(id, "tenant.activate", t -> t.activate(now(), caller.actor()));
  }

  public Tenant suspend(String id) {
    access.requireOperator("suspend a tenant");
    return store.change(id, "tenant.suspend", t -> t.suspend(now(), caller.actor()));
  }

  /**
   * Links the municipality's identity provider to its organization, replacing one linked before.
   * Its staff then sign in with their own accounts; the first admin's account is linked by e-mail.
   */
  public Tenant linkIdentityProvider(String id, IdentityProviderSettings settings) {
    access.requireOperator("link an identity provider");
    Tenant tenant = store.find(id).orElseThrow(() -> new TenantNotFound(id));
    requireComplete(settings);
    if (tenant.status() == TenantStatus.OFFBOARDED) {
      throw new InvalidTransition(id, tenant.status(), "have an identity provider linked");
    }
    String organization =
        tenant
            .keycloakOrgId()
            .or(() -> keycloak.organizationOf(id))
            .orElseThrow(() -> new IdentityUnavailable("find the tenant's organization"));
    IdentityProviderSettings named =
        settings.displayName() == null || settings.displayName().isBlank()
            ? new IdentityProviderSettings(
                settings.type(),
                tenant.name(),
                settings.discoveryUrl(),
                settings.clientId(),
                settings.clientSecret(),
                settings.metadataUrl(),
                settings.entityId(),
                settings.ssoUrl(),
                settings.signingCertificate())
            : settings;
    String alias = keycloak.linkIdentityProvider(id, organization, named);
    return store.change(
        id,
        "tenant.identity-provider.link",
        t -> t.linkIdentityProvider(alias, settings.type().alias()));
  }

  /** The fields each protocol needs, named as the request names them. */
  static void requireComplete(IdentityProviderSettings s) {
    if (s.type() == Type.OIDC) {
      requireText(s.discoveryUrl(), "discoveryUrl");
      requireText(s.clientId(), "clientId");
      requireText(s.clientSecret(), "clientSecret");
    } else if (blank(s.metadataUrl())) {
      if (blank(s.entityId())) {
        throw new InvalidIdentityProvider("entityId", "is required unless metadataUrl is given");
      }
      if (blank(s.ssoUrl())) {
        throw new InvalidIdentityProvider("ssoUrl", "is required unless metadataUrl is given");
      }
    }
  }

  private static void requireText(String value, String field) {
    if (blank(value)) {
      throw new InvalidIdentityProvider(field, "is required for OIDC");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
