package se.styrkedja.core.problem;

/** Someone else saved the object after the client read it; the client must reload. */
public class StaleVersion extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public StaleVersion(ProblemCode code, String what, Object id, long expected, long actual) {
    super(
        Kind.CONFLICT,
        code,
        "Changed by someone else",
        what
            + " '"
            + id
            + "' was saved by someone else after you opened it (your version "
            + expected
            + ", now "
            + actual
            + "). Reload it and make your change again.");
  }
}
