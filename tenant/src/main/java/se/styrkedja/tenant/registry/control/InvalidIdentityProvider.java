package se.styrkedja.tenant.registry.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/** The identity provider's settings are incomplete or could not be used; nothing was changed. */
public class InvalidIdentityProvider extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public InvalidIdentityProvider(String field, String message) {
    super(
        Kind.INVALID,
        TenantProblemCode.IDENTITY_PROVIDER_INVALID,
        "Invalid identity provider",
        "The field '" + field + "' " + message + ".",
        List.of(new FieldError(field, message)));
  }
}
