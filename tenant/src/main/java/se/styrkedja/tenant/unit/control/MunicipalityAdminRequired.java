package se.styrkedja.tenant.unit.control;

import se.styrkedja.core.problem.DomainProblem;

/**
 * Only the municipality admin changes the organisation tree; everyone of the tenant reads it. (A
 * later role hierarchy will widen this to scoped roles.)
 */
public class MunicipalityAdminRequired extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public MunicipalityAdminRequired() {
    super(
        Kind.FORBIDDEN,
        "tenant.unit.admin-required",
        "Municipality admin required",
        "Only the municipality's admin can change the organisation tree.");
  }
}
