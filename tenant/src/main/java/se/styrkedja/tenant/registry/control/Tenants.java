package se.styrkedja.tenant.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.TenantDirectory;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.registry.entity.Tenant;

/** The tenant registry. */
@ApplicationScoped
public class Tenants implements TenantDirectory {

  @PersistenceContext(unitName = "styrkedja")
  EntityManager em;

  @Override
  public Optional<TenantInfo> find(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value())).map(Tenant::info);
  }
}
