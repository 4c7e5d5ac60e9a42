package se.styrkedja.tenant.strategy.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.strategy.entity.FrameworkRef;

/** What a client sends to write a priority area, with the framework areas it serves. */
public record PriorityAreaRequest(
    @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
        String title,
    @Size(max = 4000, message = "at most 4000 characters") String description,
    @Size(max = 40, message = "at most 40 mappings")
        List<@NotNull(message = "must not be null") @Valid MappingRequest> mappings) {

  static List<FrameworkRef> refs(List<MappingRequest> mappings) {
    return mappings == null ? List.of() : mappings.stream().map(MappingRequest::ref).toList();
  }

  /** An edit names the version of the area it was based on. */
  @Schema(name = "PriorityAreaEdit")
  public record Edit(
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String title,
      @Size(max = 4000, message = "at most 4000 characters") String description,
      @Size(max = 40, message = "at most 40 mappings")
          List<@NotNull(message = "must not be null") @Valid MappingRequest> mappings,
      @NotNull(message = "is required: the version of the priority area you edited")
          Long version) {}

  /** The new order: every priority area of the strategy, each once. */
  @Schema(name = "PriorityAreaOrder")
  public record Order(
      @NotNull(message = "is required: the ids of all priority areas in their new order")
          List<@NotNull(message = "must not be null") UUID> areaIds) {}
}
