package se.styrkedja.tenant.note.boundary;

import java.time.Instant;
import java.util.UUID;
import se.styrkedja.tenant.note.entity.Note;

/** A note as the API shows it. */
public record NoteView(
    UUID id,
    String title,
    String body,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    long version) {

  static NoteView of(Note n) {
    return new NoteView(
        n.id(),
        n.title(),
        n.body(),
        n.createdBy(),
        n.createdAt(),
        n.updatedBy(),
        n.updatedAt(),
        n.version());
  }
}
