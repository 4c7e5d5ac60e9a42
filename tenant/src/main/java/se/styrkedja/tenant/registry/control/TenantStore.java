package se.styrkedja.tenant.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.persistence.TenantChanges;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.TenantOnboarded;
import se.styrkedja.tenant.registry.entity.Tenant;

/**
 * JPA access to the registry. A write binds the tenant it changes to the request (the operator acts
 * for none), so that its audit line lands in that tenant's trail, in the same transaction.
 */
@ApplicationScoped
public class TenantStore {

  @PersistenceContext(unitName = "styrkedja")
  EntityManager em;

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenantContext;
  @Inject Audit audit;
  @Inject Event<TenantOnboarded> onboarded;
  @Inject TenantsSeen seen;
  @Inject TenantChanges changes;

  public Optional<Tenant> find(String id) {
    return TenantId.isValid(id) ? Optional.ofNullable(em.find(Tenant.class, id)) : Optional.empty();
  }

  /**
   * An import has ended in the tenant bound to the transaction: raises its people version. A bulk
   * update, so the row's version (the operator's optimistic lock) stays as it is.
   */
  public void peopleImported(TenantId tenant) {
    forgetSeen();
    // A bulk update: no entity listener sees it, so it is counted here.
    changes.changingInThisTransaction(tenant);
    tenantEm
        .get()
        .createQuery("update Tenant t set t.peopleVersion = t.peopleVersion + 1 where t.id = :id")
        .setParameter("id", tenant.value())
        .executeUpdate();
  }

  public boolean codeTaken(String municipalityCode) {
    return !em.createQuery(
            "select t.id from Tenant t where t.municipalityCode = :code", String.class)
        .setParameter("code", municipalityCode)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<Tenant> page(int offset, int limit) {
    return em.createQuery("select t from Tenant t order by t.name, t.id", Tenant.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
  }

  /** Stores a new tenant and announces it, so that its first admin is made, in one transaction. */
  @Transactional
  public Tenant add(Tenant tenant, String adminUsername, String by) {
    EntityManager bound = bind(tenant.id());
    forgetSeen();
    bound.persist(tenant);
    bound.flush();
    audit.wrote("tenant.create", "tenant", tenant.id());
    onboarded.fire(new TenantOnboarded(new TenantId(tenant.id()), adminUsername, by));
    return tenant;
  }

  /** Changes a tenant and audits it as {@code action}, in one transaction. */
  @Transactional
  public Tenant change(String id, String action, Consumer<Tenant> change) {
    if (!TenantId.isValid(id)) {
      throw new TenantNotFound(id);
    }
    EntityManager bound = bind(id);
    Tenant tenant = bound.find(Tenant.class, id);
    if (tenant == null) {
      throw new TenantNotFound(id);
    }
    forgetSeen();
    change.accept(tenant);
    bound.flush();
    audit.wrote(action, "tenant", id);
    return tenant;
  }

  private EntityManager bind(String id) {
    tenantContext.bind(new TenantId(id));
    return tenantEm.get();
  }

  /** This request reads the tenant again after changing it. */
  private void forgetSeen() {
    try {
      seen.forget();
    } catch (ContextNotActiveException outsideARequest) {
      // nothing remembered outside a request
    }
  }
}
