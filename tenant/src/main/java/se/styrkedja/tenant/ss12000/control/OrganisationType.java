package se.styrkedja.tenant.ss12000.control;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitType;

/**
 * SS 12000's {@code OrganisationTypeEnum} (v2; see ../shared/ss12000/README.md), every value, each
 * with the unit type of the tree it becomes. The platform has a use of its own for administrations
 * (their action plans), school-form areas (targets of activities), school and preschool units
 * (local plans, school unit codes); a type it has none for becomes a department. Whatever the unit
 * type, the unit keeps the SS 12000 type as given, and the web app shows it.
 */
public enum OrganisationType {
  HUVUDMAN("Huvudman", UnitType.ADMINISTRATION),
  /** A part of the school owner's organisation for a school form or a group of them. */
  VERKSAMHETSOMRADE("Verksamhetsområde", UnitType.SCHOOL_FORM_AREA),
  FORVALTNING("Förvaltning", UnitType.ADMINISTRATION),
  /** A principal's area: the school units one principal leads. */
  REKTORSOMRADE("Rektorsområde", UnitType.SCHOOL_FORM_AREA),
  SKOLA("Skola", UnitType.SCHOOL_FORM_AREA),
  /** A school unit, or a preschool unit if it serves only Förskola. */
  SKOLENHET("Skolenhet", UnitType.SCHOOL_UNIT),
  VARUMARKE("Varumärke", UnitType.DEPARTMENT),
  BOLAG("Bolag", UnitType.DEPARTMENT),
  OVRIGT("Övrigt", UnitType.DEPARTMENT);

  /** The longest value, for the column that keeps it. */
  public static final int MAX_LENGTH = 30;

  private final String value;
  private final UnitType unitType;

  OrganisationType(String value, UnitType unitType) {
    this.value = value;
    this.unitType = unitType;
  }

  /** As SS 12000 writes it. */
  public String value() {
    return value;
  }

  /** The type given in a record, if SS 12000 has it. */
  public static Optional<OrganisationType> of(String value) {
    for (OrganisationType t : values()) {
      if (t.value.equals(value)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The unit of the tree an organisation of this type is, serving these school forms. */
  public UnitType unitType(Set<SchoolType> schoolForms) {
    if (this == SKOLENHET && schoolForms.equals(EnumSet.of(SchoolType.FS))) {
      return UnitType.PRESCHOOL_UNIT;
    }
    return unitType;
  }

  /** Every value, as SS 12000 writes them, for a reason that names what is accepted. */
  public static String list() {
    StringBuilder s = new StringBuilder();
    for (OrganisationType t : values()) {
      s.append(s.isEmpty() ? "" : ", ").append(t.value);
    }
    return s.toString();
  }
}
