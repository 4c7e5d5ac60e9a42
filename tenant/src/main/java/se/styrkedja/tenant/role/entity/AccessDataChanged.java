package se.styrkedja.tenant.role.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import se.styrkedja.core.persistence.TenantChanges;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.registry.entity.Tenant;

/**
 * A write of what decides access (a tenant's row, a level of its chain, a role assignment, a unit
 * of its tree) through JPA: counted as a change of that tenant when its transaction commits, so
 * this server's next request sees it at once. Other servers, and writes by SQL, learn of it from
 * the database's notification ({@link TenantChanges}).
 */
public class AccessDataChanged {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    TenantId tenant =
        entity instanceof Tenant t
            ? new TenantId(t.id())
            : CDI.current().select(TenantContext.class).get().require();
    CDI.current().select(TenantChanges.class).get().changingInThisTransaction(tenant);
  }
}
