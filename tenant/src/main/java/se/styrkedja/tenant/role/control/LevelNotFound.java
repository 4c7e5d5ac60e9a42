package se.styrkedja.tenant.role.control;

import se.styrkedja.core.problem.DomainProblem;

/** No level or function with this key in the tenant's chain of governance. */
public class LevelNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public LevelNotFound(String key) {
    super(
        Kind.NOT_FOUND,
        "tenant.role.level-not-found",
        "Not found",
        "The chain of governance has no level '" + key + "'.");
  }
}
