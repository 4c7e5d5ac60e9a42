package se.styrkedja.tenant.note.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to write a note. */
public record NoteRequest(
    @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
        String title,
    @Size(max = 10000, message = "at most 10000 characters") String body) {

  /** An edit names the version it was based on, so that no one else's change is lost. */
  @Schema(name = "NoteEdit")
  public record Edit(
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String title,
      @Size(max = 10000, message = "at most 10000 characters") String body,
      @NotNull(message = "is required: the version of the note you edited") Long version) {}
}
