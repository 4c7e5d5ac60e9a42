package se.styrkedja.tenant.role.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.role.control.Chain;

/** What a client sends to change the chain of governance. */
public final class LevelRequest {

  private LevelRequest() {}

  /** A new level: its key (never changed afterwards), its name and its place. */
  public record New(
      @NotNull(message = "is required")
          @Pattern(regexp = Chain.KEY, message = "must be lowercase letters, digits and '-'")
          @Size(max = Chain.KEY_MAX, message = "at most 40 characters")
          String key,
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String name,
      @NotNull(
              message = "is required: -1 beside the chain, or the step of the chain (0 at the top)")
          Integer rank) {}

  /** A level's new name. */
  public record Rename(
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String name) {}

  /** The chain's levels in their new order, step by step from the top. */
  @Schema(name = "RoleLevelOrder")
  public record Order(
      @NotEmpty(message = "is required: the chain's levels, step by step from the top")
          List<@NotNull(message = "a step is a list of level keys") @Valid List<String>> order) {}
}
