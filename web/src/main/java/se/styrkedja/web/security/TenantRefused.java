package se.styrkedja.web.security;

import se.styrkedja.core.problem.CoreProblemCode;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.ProblemCode;

/** The token does not let the caller act for the municipality asked for, or it is not open. */
class TenantRefused extends DomainProblem {

  private static final long serialVersionUID = 1L;

  private TenantRefused(ProblemCode code, String title, String detail) {
    super(Kind.FORBIDDEN, code, title, detail);
  }

  static TenantRefused notGranted(String tenant) {
    return new TenantRefused(
        CoreProblemCode.TENANT_NOT_GRANTED,
        "Municipality not granted",
        "Your sign-in does not give you access to the municipality '" + tenant + "'.");
  }

  static TenantRefused notRegistered(String tenant) {
    return new TenantRefused(
        CoreProblemCode.TENANT_NOT_REGISTERED,
        "Municipality not registered",
        "The municipality '" + tenant + "' is not registered on the platform.");
  }

  static TenantRefused suspended(String name) {
    return new TenantRefused(
        CoreProblemCode.TENANT_SUSPENDED,
        "Municipality suspended",
        name + " is suspended on the platform; nothing of it can be used until it is reopened.");
  }

  static TenantRefused onboarding(String name) {
    return new TenantRefused(
        CoreProblemCode.TENANT_ONBOARDING,
        "Municipality being onboarded",
        name
            + " is being onboarded on the platform; until the operator opens it, only its admin"
            + " can use it.");
  }

  static TenantRefused offboarded(String name) {
    return new TenantRefused(
        CoreProblemCode.TENANT_OFFBOARDED,
        "Municipality offboarded",
        name + " has left the platform; nothing of it can be used any more.");
  }
}
