package se.styrkedja.tenant.ss12000.entity;

/** Where an import reads its records. */
public enum ImportKind {
  /** An uploaded data set, kept in {@code import_file}. */
  FILES,
  /** A remote SS 12000 API, paged, with a bearer token. */
  REMOTE
}
