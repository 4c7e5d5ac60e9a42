package se.styrkedja.core.problem;

/**
 * One wrong field of a request: its name as the client sent it, a stable code a client words in its
 * own language (the problem's own code unless the field has a more precise one), and what is wrong
 * with it in English.
 */
public record FieldError(String field, String code, String message) {

  /** A field error whose code is the problem's own; {@link Problems} fills it in. */
  public FieldError(String field, String message) {
    this(field, null, message);
  }

  FieldError withCode(String fallback) {
    return code == null ? new FieldError(field, fallback, message) : this;
  }
}
