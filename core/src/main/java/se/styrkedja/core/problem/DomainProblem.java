package se.styrkedja.core.problem;

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
    CONFLICT
  }

  private final Kind kind;
  private final String code;
  private final String title;

  protected DomainProblem(Kind kind, String code, String title, String detail) {
    super(detail);
    this.kind = kind;
    this.code = code;
    this.title = title;
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
}
