package se.styrkedja.tenant.note.control;

import se.styrkedja.core.problem.DomainProblem;

/** A note speaks in its author's voice: others do not change it, and only the admin removes it. */
public class NoteNotYours extends DomainProblem {

  private static final long serialVersionUID = 1L;

  private NoteNotYours(String code, String detail) {
    super(Kind.FORBIDDEN, code, "Not your note", detail);
  }

  static NoteNotYours edit() {
    return new NoteNotYours("tenant.note.not-yours", "Only the note's author changes it.");
  }

  static NoteNotYours delete() {
    return new NoteNotYours(
        "tenant.note.not-yours-to-delete",
        "Only the note's author or the municipality's admin removes it.");
  }
}
