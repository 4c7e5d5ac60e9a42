package se.styrkedja.tenant.role.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.ProblemCode;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.TenantProblemCode;

/** The caller's role in the chain of governance does not allow this. */
public class AccessRefused extends DomainProblem {

  private static final long serialVersionUID = 1L;

  private AccessRefused(ProblemCode code, String detail) {
    super(Kind.FORBIDDEN, code, "Not allowed for your role", detail);
  }

  /** Only the platform operator onboards and manages municipalities. */
  public static AccessRefused operatorOnly() {
    return new AccessRefused(
        TenantProblemCode.ACCESS_OPERATOR_ONLY,
        "Only the platform operator manages the municipalities on the platform.");
  }

  /** A member of the municipality with no role in it yet. */
  public static AccessRefused noLevel() {
    return new AccessRefused(
        TenantProblemCode.ACCESS_NO_ROLE,
        "You have no role in this municipality yet; its admin gives you one.");
  }

  public AccessRefused(Action action) {
    super(
        Kind.FORBIDDEN,
        TenantProblemCode.ACCESS_REFUSED,
        "Not allowed for your role",
        switch (action) {
          case READ -> "Your role in the chain of governance does not let you see this.";
          case WRITE -> "Your role in the chain of governance does not let you change this.";
          case APPROVE ->
              "Only the level directly above, for its own part of the organisation,"
                  + " approves this.";
          case CONFIGURE -> "Only the municipality's admin configures the municipality.";
        });
  }
}
