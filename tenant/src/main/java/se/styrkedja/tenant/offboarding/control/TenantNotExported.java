package se.styrkedja.tenant.offboarding.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantInfo;

/** Nobody deletes a municipality's data before it has been taken out. */
public class TenantNotExported extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TenantNotExported(TenantInfo tenant) {
    super(
        Kind.CONFLICT,
        "tenant.offboarding.not-exported",
        "Export the data first",
        "Download the export of " + tenant.name() + " before it is offboarded.");
  }
}
