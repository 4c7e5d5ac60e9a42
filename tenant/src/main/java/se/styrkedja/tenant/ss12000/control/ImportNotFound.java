package se.styrkedja.tenant.ss12000.control;

import java.util.UUID;
import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No such import for this tenant (which says nothing of other tenants). */
public class ImportNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public ImportNotFound(UUID id) {
    super(TenantProblemCode.IMPORT_NOT_FOUND, "Import", id);
  }
}
