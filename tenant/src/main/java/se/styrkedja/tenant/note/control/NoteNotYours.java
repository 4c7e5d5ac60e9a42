package se.styrkedja.tenant.note.control;

import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.tenant.api.TenantProblemCode;

/** A note speaks in its author's voice: others do not change it, and only the admin removes it. */
public class NoteNotYours extends DomainProblem {

  private static final long serialVersionUID = 1L;

  private NoteNotYours(TenantProblemCode code, String detail) {
    super(Kind.FORBIDDEN, code, "Not your note", detail);
  }

  static NoteNotYours edit() {
    return new NoteNotYours(TenantProblemCode.NOTE_NOT_YOURS, "Only the note's author changes it.");
  }

  static NoteNotYours delete() {
    return new NoteNotYours(
        TenantProblemCode.NOTE_NOT_YOURS_TO_DELETE,
        "Only the note's author or the municipality's admin removes it.");
  }
}
