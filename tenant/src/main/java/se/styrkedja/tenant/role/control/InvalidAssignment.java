package se.styrkedja.tenant.role.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * A well-formed assignment that does not fit the chain: a level the chain does not have, a unit
 * where the level is tenant-wide or none where it needs one, an end before the start.
 */
public class InvalidAssignment extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidAssignment(String field, String message) {
    super(
        Kind.INVALID,
        TenantProblemCode.ROLE_INVALID_ASSIGNMENT,
        "Invalid input",
        "The field '" + field + "' is not valid: " + message,
        List.of(new FieldError(field, message)));
  }
}
