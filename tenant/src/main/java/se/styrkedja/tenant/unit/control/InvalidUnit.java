package se.styrkedja.tenant.unit.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * Input that is well-formed but does not fit the unit: a school unit code on a department, a school
 * form SS 12000 does not know, a closing date before the opening date.
 */
public class InvalidUnit extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidUnit(List<FieldError> errors) {
    super(
        Kind.INVALID,
        TenantProblemCode.UNIT_INVALID,
        "Invalid input",
        errors.size() == 1
            ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).message()
            : errors.size() + " fields are not valid.",
        errors);
  }
}
