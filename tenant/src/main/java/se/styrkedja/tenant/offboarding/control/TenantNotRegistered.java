package se.styrkedja.tenant.offboarding.control;

import se.styrkedja.core.problem.DomainProblem;

/** No municipality with this id is registered. */
public class TenantNotRegistered extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TenantNotRegistered(String id) {
    super(
        Kind.NOT_FOUND,
        "tenant.registry.not-found",
        "Not found",
        "Municipality '" + id + "' is not registered.");
  }
}
