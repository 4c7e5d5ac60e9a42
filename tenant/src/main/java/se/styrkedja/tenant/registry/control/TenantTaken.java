package se.styrkedja.tenant.registry.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/** Another tenant (or its Keycloak organization, or account) already has this value. */
public class TenantTaken extends DomainProblem {

  private static final long serialVersionUID = 1L;

  /** {@code message} is a whole sentence ("Another municipality already has this id."). */
  public TenantTaken(String field, String message) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.REGISTRY_TAKEN,
        "Already taken",
        message,
        List.of(new FieldError(field, message)));
  }
}
