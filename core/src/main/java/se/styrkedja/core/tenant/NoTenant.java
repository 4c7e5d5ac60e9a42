package se.styrkedja.core.tenant;

import se.styrkedja.core.problem.CoreProblemCode;
import se.styrkedja.core.problem.DomainProblem;

/** Tenant-owned data was touched while no tenant was bound: refused, never guessed. */
public class NoTenant extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public NoTenant() {
    super(
        Kind.FORBIDDEN,
        CoreProblemCode.TENANT_MISSING,
        "No municipality",
        "This request is not made on behalf of a municipality.");
  }
}
