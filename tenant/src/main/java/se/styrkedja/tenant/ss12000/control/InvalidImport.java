package se.styrkedja.tenant.ss12000.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/** An upload or a remote source that cannot be imported: nothing was started. */
public class InvalidImport extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidImport(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** A field error with its own, more precise code, for a client to word. */
  public InvalidImport(String field, TenantProblemCode reason, String message) {
    this(List.of(new FieldError(field, reason.code(), message)));
  }

  public InvalidImport(List<FieldError> errors) {
    super(
        Kind.INVALID,
        TenantProblemCode.IMPORT_INVALID,
        "Invalid input",
        errors.size() == 1
            ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).message()
            : errors.size() + " fields are not valid.",
        errors);
  }
}
