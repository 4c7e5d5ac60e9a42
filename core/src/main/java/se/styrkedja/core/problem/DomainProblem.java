package se.styrkedja.core.problem;

import java.util.List;

/**
 * A business condition a client can act on. Subclasses name the condition ({@code StaleVersion},
 * {@code NoteNotFound}); the {@link Kind} says how it is answered, so the control layer knows
 * nothing of HTTP.
 */
public abstract class DomainProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What sort of condition this is; {@link Problems} maps it to a status. */
  public enum Kind {
    INVALID,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    /** A service the platform depends on (the identity provider) failed; nothing was changed. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String code;
  private final String title;
  private final List<FieldError> errors;

  protected DomainProblem(Kind kind, ProblemCode code, String title, String detail) {
    this(kind, code, title, detail, List.of());
  }

  /**
   * A condition caused by particular fields of the request (a parent that is closed, a code that is
   * taken): they are named in the problem's {@code errors[]}, so a form can show the message next
   * to the field.
   */
  protected DomainProblem(
      Kind kind, ProblemCode code, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.kind = kind;
    this.code = code.code();
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public Kind kind() {
    return kind;
  }

  /** A stable, dotted, machine-readable code, e.g. {@code tenant.note.stale-version}. */
  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** The fields of the request that caused it; empty when it is not about particular fields. */
  public List<FieldError> errors() {
    return errors;
  }
}
