package se.styrkedja.tenant.role.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/** A new level that does not fit the chain: a malformed key, a rank outside the chain. */
public class InvalidLevel extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidLevel(String field, String message) {
    super(
        Kind.INVALID,
        TenantProblemCode.ROLE_INVALID_LEVEL,
        "Invalid input",
        "The field '" + field + "' is not valid: " + message,
        List.of(new FieldError(field, message)));
  }
}
