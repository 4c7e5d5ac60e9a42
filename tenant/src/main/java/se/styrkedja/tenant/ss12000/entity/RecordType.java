package se.styrkedja.tenant.ss12000.entity;

/**
 * The kinds of SS 12000 records the import reads, in the order it reads them (a duty refers to a
 * person and an organisation), with the endpoint, the file and the list key each has.
 */
public enum RecordType {
  ORGANISATION("organisations", "Organisation"),
  PERSON("persons", "Person"),
  DUTY("duties", "Duty");

  private final String plural;
  private final String entityName;

  RecordType(String plural, String entityName) {
    this.plural = plural;
    this.entityName = entityName;
  }

  /** The endpoint, the file name (without .json) and the list key of the file format. */
  public String plural() {
    return plural;
  }

  /** As SS 12000's EndPointsEnum names it (for /deletedEntities). */
  public String entityName() {
    return entityName;
  }

  public static RecordType ofPlural(String plural) {
    for (RecordType t : values()) {
      if (t.plural.equals(plural)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no record type " + plural);
  }
}
