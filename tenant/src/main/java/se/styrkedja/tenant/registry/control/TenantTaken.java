package se.styrkedja.tenant.registry.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;

/** Another tenant (or its Keycloak organization, or account) already has this value. */
public class TenantTaken extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TenantTaken(String field, String message) {
    super(
        Kind.CONFLICT,
        "tenant.registry.taken",
        "Already taken",
        "The field '" + field + "' " + message + ".",
        List.of(new FieldError(field, message)));
  }
}
