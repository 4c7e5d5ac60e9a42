package se.styrkedja.tenant.api;

/** What kind of unit of the organisation tree a unit is. */
public enum UnitType {
  /** A förvaltning, e.g. the education administration; usually the root. */
  ADMINISTRATION,
  /** A part of the administration for one or more school forms, e.g. Förskola or Grundskola. */
  SCHOOL_FORM_AREA,
  /** A skolenhet, with a skolenhetskod from Skolverket. */
  SCHOOL_UNIT,
  /** A preschool unit, with a skolenhetskod from Skolverket. */
  PRESCHOOL_UNIT,
  /** A department beside the school forms, such as the IT department. */
  DEPARTMENT,
  /** A team inside a unit or department. */
  TEAM;

  /** Every name, as a regular expression for Bean Validation; a test keeps it in step. */
  public static final String NAMES =
      "ADMINISTRATION|SCHOOL_FORM_AREA|SCHOOL_UNIT|PRESCHOOL_UNIT|DEPARTMENT|TEAM";

  /** Whether Skolverket gives units of this type a skolenhetskod. */
  public boolean hasSchoolUnitCode() {
    return this == SCHOOL_UNIT || this == PRESCHOOL_UNIT;
  }

  /** Whether units of this type serve school forms. */
  public boolean servesSchoolForms() {
    return this == SCHOOL_FORM_AREA || this == SCHOOL_UNIT || this == PRESCHOOL_UNIT;
  }
}
