package se.styrkedja.tenant.note.control;

import java.util.UUID;
import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No such note for this tenant (which says nothing of other tenants). */
public class NoteNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public NoteNotFound(UUID id) {
    super(TenantProblemCode.NOTE_NOT_FOUND, "Note", id);
  }
}
