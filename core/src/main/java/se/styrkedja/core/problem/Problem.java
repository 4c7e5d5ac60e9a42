package se.styrkedja.core.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, with two extension members: {@code code}, stable and
 * machine-readable, and {@code errors}, one entry per wrong field.
 */
@Schema(
    name = "Problem",
    description = "An RFC 9457 problem document; errors[] names each wrong field",
    requiredProperties = {"type", "title", "status", "code", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    @Schema(nullable = true) String detail,
    @Schema(nullable = true) String instance,
    String code,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://styrkedja.se/problems/";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(
      int status, ProblemCode code, String title, String detail, String instance) {
    return new Problem(
        typeOf(code.code()), title, status, detail, instance, code.code(), List.of());
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, code, fieldErrors);
  }

  /** {@code tenant.note.stale-version} becomes {@code .../problems/stale-version}. */
  static String typeOf(String code) {
    int dot = code.lastIndexOf('.');
    return TYPE_BASE + (dot < 0 ? code : code.substring(dot + 1));
  }
}
