package se.styrkedja.tenant.role.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.TenantProblemCode;

/** A level's key is given once: a new level needs a key the chain does not have yet. */
public class LevelExists extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public LevelExists(String key) {
    super(
        Kind.CONFLICT,
        TenantProblemCode.ROLE_LEVEL_EXISTS,
        "Level exists",
        "The chain of governance already has a level '" + key + "'.",
        List.of(new FieldError("key", "already taken")));
  }
}
