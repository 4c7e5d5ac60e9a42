package se.styrkedja.tenant.offboarding.control;

import se.styrkedja.core.problem.DomainProblem;

/** Only the platform operator handles municipalities as a whole. */
public class OperatorOnly extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public OperatorOnly() {
    super(
        Kind.FORBIDDEN,
        "tenant.operator-only",
        "Only for the platform operator",
        "Only the platform operator exports or offboards a municipality.");
  }
}
