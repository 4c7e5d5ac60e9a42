package se.styrkedja.tenant.role.control;

import java.util.UUID;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No such role assignment for this tenant (which says nothing of other tenants). */
public class AssignmentNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public AssignmentNotFound(UUID id) {
    super(
        Kind.NOT_FOUND,
        TenantProblemCode.ROLE_ASSIGNMENT_NOT_FOUND,
        "Not found",
        "Role assignment '" + id + "' does not exist.");
  }
}
