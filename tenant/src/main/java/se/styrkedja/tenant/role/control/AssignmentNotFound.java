package se.styrkedja.tenant.role.control;

import java.util.UUID;
import se.styrkedja.core.problem.DomainProblem;

/** No such role assignment for this tenant (which says nothing of other tenants). */
public class AssignmentNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public AssignmentNotFound(UUID id) {
    super(
        Kind.NOT_FOUND,
        "tenant.role.assignment-not-found",
        "Not found",
        "Role assignment '" + id + "' does not exist.");
  }
}
