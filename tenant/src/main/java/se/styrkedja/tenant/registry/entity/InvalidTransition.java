package se.styrkedja.tenant.registry.entity;

import java.util.List;
import java.util.Locale;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.api.TenantStatus;

/** The tenant's lifecycle does not allow this step from where the tenant is now. */
public class InvalidTransition extends DomainProblem {

  private static final long serialVersionUID = 1L;

  /**
   * @param wanted what was asked, as in "it cannot {@code be suspended}"
   */
  public InvalidTransition(String tenant, TenantStatus current, String wanted) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.REGISTRY_INVALID_TRANSITION,
        "Not possible in the tenant's current status",
        "The tenant '"
            + tenant
            + "' is "
            + current.name().toLowerCase(Locale.ROOT)
            + ": it cannot "
            + wanted
            + " from there.",
        List.of(new FieldError("status", current.name().toLowerCase(Locale.ROOT))));
  }
}
