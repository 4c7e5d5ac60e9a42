package se.styrkedja.core.problem;

/**
 * The object does not exist for this caller. Another tenant's object is answered the same way, so
 * its existence is never confirmed.
 */
public class NotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public NotFound(ProblemCode code, String what, Object id) {
    super(Kind.NOT_FOUND, code, "Not found", what + " '" + id + "' does not exist.");
  }
}
