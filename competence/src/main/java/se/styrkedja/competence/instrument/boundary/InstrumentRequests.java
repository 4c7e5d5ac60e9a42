package se.styrkedja.competence.instrument.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.styrkedja.competence.instrument.entity.InstrumentContent;

/** What a client sends to create and revise instruments. */
public final class InstrumentRequests {

  private InstrumentRequests() {}

  /**
   * A new instrument: a copy of a built-in template (name optional), or a name with a first content
   * (empty when left out).
   */
  public record InstrumentCreateRequest(
      @Pattern(
              regexp = "[a-z0-9-]{1,60}",
              message = "must be a template key such as digital-leadership")
          String template,
      @Size(max = 200, message = "at most 200 characters") String name,
      @Size(max = 4000, message = "at most 4000 characters") String description,
      InstrumentContent content) {}

  /** A draft's whole content, for the version of it the client last read. */
  public record InstrumentDraftRequest(
      @NotNull(message = "is required: the version of the draft you edited") Long version,
      @NotNull(message = "is required") InstrumentContent content) {}

  /** Publishing or discarding a draft, as the client last read it. */
  public record InstrumentPublishRequest(
      @NotNull(message = "is required: the version of the draft you publish") Long version) {}
}
