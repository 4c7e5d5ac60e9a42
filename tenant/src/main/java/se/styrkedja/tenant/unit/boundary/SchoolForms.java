package se.styrkedja.tenant.unit.boundary;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.unit.control.InvalidUnit;

/** Reads the school forms of a request: SS 12000 school type codes, e.g. {@code FS}, {@code GR}. */
final class SchoolForms {

  private SchoolForms() {}

  static Set<SchoolType> parse(Set<String> codes) {
    EnumSet<SchoolType> forms = EnumSet.noneOf(SchoolType.class);
    if (codes == null) {
      return forms;
    }
    Set<String> unknown = new TreeSet<>();
    for (String code : codes) {
      try {
        forms.add(SchoolType.valueOf(code));
      } catch (IllegalArgumentException | NullPointerException e) {
        unknown.add(String.valueOf(code));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidUnit(
          List.of(
              new FieldError(
                  "schoolForms",
                  "not SS 12000 school types: "
                      + String.join(", ", unknown)
                      + " (use codes such as FS, FKLASS, GR, GY)")));
    }
    return forms;
  }
}
