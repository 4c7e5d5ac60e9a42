package se.styrkedja.tenant.note.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.note.control.Notes;
import se.styrkedja.tenant.note.entity.Note;

/**
 * A note as the API shows it: its author and last editor by username and by name (the name null
 * when the municipality knows no person for the username), and what the caller may do with it.
 */
public record NoteView(
    UUID id,
    String title,
    String body,
    String createdBy,
    @Schema(nullable = true) String createdByName,
    Instant createdAt,
    String updatedBy,
    @Schema(nullable = true) String updatedByName,
    Instant updatedAt,
    long version,
    @Schema(
            description = "What the caller may do with the note, as the server will allow it",
            enumeration = {"edit", "delete"})
        List<String> allowed) {

  static NoteView of(Note n, List<Notes.Allowed> allowed, Map<String, String> names) {
    return new NoteView(
        n.id(),
        n.title(),
        n.body(),
        n.createdBy(),
        names.get(n.createdBy()),
        n.createdAt(),
        n.updatedBy(),
        names.get(n.updatedBy()),
        n.updatedAt(),
        n.version(),
        allowed.stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
  }
}
