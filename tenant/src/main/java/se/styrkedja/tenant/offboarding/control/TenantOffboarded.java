package se.styrkedja.tenant.offboarding.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantProblemCode;

/** The municipality was offboarded: nothing of it is left to export or delete. */
public class TenantOffboarded extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TenantOffboarded(TenantInfo tenant) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.OFFBOARDING_ALREADY_OFFBOARDED,
        "Already offboarded",
        tenant.name() + " has been offboarded; none of its data is left.");
  }
}
