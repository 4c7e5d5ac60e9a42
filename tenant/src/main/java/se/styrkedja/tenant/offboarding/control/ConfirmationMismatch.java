package se.styrkedja.tenant.offboarding.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/** Offboarding deletes a municipality for good, so its id must be typed again, exactly. */
public class ConfirmationMismatch extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public ConfirmationMismatch(String id) {
    super(
        Kind.INVALID,
        TenantProblemCode.OFFBOARDING_CONFIRMATION_MISMATCH,
        "Confirmation does not match",
        "Type the municipality's id '" + id + "' to confirm that all of its data is deleted.",
        List.of(new FieldError("confirmation", "must be exactly '" + id + "'")));
  }
}
