package se.styrkedja.tenant.offboarding.control;

import java.util.Locale;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantProblemCode;

/** Offboarding starts from a suspended municipality, whose people are already shut out. */
public class TenantNotSuspended extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public TenantNotSuspended(TenantInfo tenant) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.OFFBOARDING_NOT_SUSPENDED,
        "Suspend the municipality first",
        tenant.name()
            + " is "
            + tenant.status().name().toLowerCase(Locale.ROOT)
            + "; only a suspended municipality can be offboarded.");
  }
}
