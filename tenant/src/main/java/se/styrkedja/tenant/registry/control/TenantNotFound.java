package se.styrkedja.tenant.registry.control;

import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No tenant by that id. */
public class TenantNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public TenantNotFound(String id) {
    super(TenantProblemCode.REGISTRY_NOT_FOUND, "The tenant", id);
  }
}
