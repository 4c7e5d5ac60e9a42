package se.styrkedja.tenant.registry.control;

import se.styrkedja.core.problem.NotFound;

/** No tenant by that id. */
public class TenantNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public TenantNotFound(String id) {
    super("tenant.registry.not-found", "The tenant", id);
  }
}
