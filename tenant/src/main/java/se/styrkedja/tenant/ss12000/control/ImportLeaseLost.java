package se.styrkedja.tenant.ss12000.control;

import java.util.UUID;

/**
 * Another run has taken the import over (this one's server was silent past the lease): this run
 * must write nothing more. Fails the chunk or listener that meets it, and so the run.
 */
public class ImportLeaseLost extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportLeaseLost(UUID importId) {
    super("another run has taken over the import " + importId);
  }
}
