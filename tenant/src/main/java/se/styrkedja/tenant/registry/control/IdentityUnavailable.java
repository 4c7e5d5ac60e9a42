package se.styrkedja.tenant.registry.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * Keycloak could not be reached or refused a step of provisioning. Whatever was created in it for
 * this request has been removed again, and nothing was stored.
 */
public class IdentityUnavailable extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public IdentityUnavailable(String step) {
    super(
        Kind.UNAVAILABLE,
        TenantProblemCode.IDENTITY_UNAVAILABLE,
        "Identity provider unavailable",
        "Keycloak could not " + step + ". Nothing was created or changed; try again in a moment.");
  }
}
