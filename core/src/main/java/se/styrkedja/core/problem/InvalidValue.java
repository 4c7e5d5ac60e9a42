package se.styrkedja.core.problem;

import java.util.List;

/**
 * A value of a JSON body that does not fit its field (a date such as {@code 202612-01}), named so
 * that the form can show it next to the field instead of a bare "malformed request".
 */
public class InvalidValue extends DomainProblem {

  private static final long serialVersionUID = 1L;

  InvalidValue(String field, CoreProblemCode code, String expected, Throwable cause) {
    super(
        Kind.INVALID,
        code,
        "Invalid input",
        "The field '" + field + "' could not be read: " + expected + ".",
        List.of(new FieldError(field, code.code(), expected)));
    initCause(cause);
  }
}
