package se.styrkedja.tenant.role.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No level or function with this key in the tenant's chain of governance. */
public class LevelNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public LevelNotFound(String key) {
    super(
        Kind.NOT_FOUND,
        TenantProblemCode.ROLE_LEVEL_NOT_FOUND,
        "Not found",
        "The chain of governance has no level '" + key + "'.");
  }
}
