package se.styrkedja.tenant.unit.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.api.UnitType;

/**
 * What a client sends to create a unit. Type and school forms come as text and are checked here and
 * in {@link SchoolForms}, so that a wrong value is named as a field error rather than making the
 * whole body unreadable.
 */
public record UnitRequest(
    @NotNull(message = "is required")
        @Pattern(regexp = UnitType.NAMES, message = "must be one of " + UnitType.NAMES)
        String type,
    @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
        String name,
    UUID parentId,
    @Pattern(regexp = CODE, message = CODE_MESSAGE) String schoolUnitCode,
    Set<String> schoolForms,
    LocalDate openedOn) {

  static final String CODE = "\\d{8}";
  static final String CODE_MESSAGE = "must be the 8 digits of Skolverket's skolenhetskod";

  /** An edit names the version it was based on, so that no one else's change is lost. */
  @Schema(name = "UnitEdit")
  public record Edit(
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String name,
      @Pattern(regexp = CODE, message = CODE_MESSAGE) String schoolUnitCode,
      Set<String> schoolForms,
      @NotNull(message = "is required: the version of the unit you edited") Long version) {}

  /** Moves the unit, with everything under it, under another open unit. */
  public record Move(
      @NotNull(message = "is required: the unit to move under") UUID parentId,
      @NotNull(message = "is required: the version of the unit you moved") Long version) {}

  /** Closes the unit on a day that has come. */
  public record Close(
      @NotNull(message = "is required: the day the unit closed") LocalDate closedOn,
      @NotNull(message = "is required: the version of the unit you closed") Long version) {}
}
