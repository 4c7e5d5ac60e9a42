package se.styrkedja.tenant.ss12000.entity;

/** Where an import job is. */
public enum ImportStatus {
  STARTING,
  RUNNING,
  COMPLETED,
  FAILED,
  STOPPED;

  /** Whether it may be started again from where it stopped. */
  public boolean restartable() {
    return this == FAILED || this == STOPPED;
  }
}
