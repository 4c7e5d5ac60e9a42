package se.styrkedja.tenant.strategy.control;

import java.util.List;
import se.styrkedja.core.problem.CoreProblemCode;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;

/** Expectations for a level the municipality's chain of governance does not have. */
public class UnknownRoleLevel extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public UnknownRoleLevel(String key) {
    super(
        Kind.INVALID,
        CoreProblemCode.VALIDATION,
        "Invalid input",
        "The field 'roleLevel' is not valid: the chain of governance has no level '" + key + "'",
        List.of(new FieldError("roleLevel", "must be a level of the chain of governance")));
  }
}
