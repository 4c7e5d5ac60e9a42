package se.styrkedja.tenant.api;

import java.util.Optional;
import se.styrkedja.core.tenant.TenantId;

/** Looks up registered tenants. */
public interface TenantDirectory {

  Optional<TenantInfo> find(TenantId id);
}
