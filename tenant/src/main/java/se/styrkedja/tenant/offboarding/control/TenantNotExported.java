package se.styrkedja.tenant.offboarding.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantProblemCode;

/** Nobody deletes a municipality's data before it has been taken out. */
public class TenantNotExported extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TenantNotExported(TenantInfo tenant) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.OFFBOARDING_NOT_EXPORTED,
        "Export the data first",
        "Download the export of " + tenant.name() + " before it is offboarded.");
  }
}
