package se.styrkedja.plans.plan.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to start a plan. Kind, status and step come as text and are checked here, so
 * that a wrong value is named as a field error rather than making the whole body unreadable.
 */
public record PlanRequest(
    @NotNull(message = "is required") @Pattern(regexp = KINDS, message = "must be one of " + KINDS)
        String kind,
    @NotNull(message = "is required") @Pattern(regexp = YEAR, message = YEAR_MESSAGE)
        String schoolYear,
    @NotNull(message = "is required") UUID unitId,
    @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
        String title,
    @Size(max = 10000, message = "at most 10000 characters") String summary) {

  static final String KINDS = "ADMINISTRATION|LOCAL";
  static final String YEAR = "\\d{4}/\\d{2}";
  static final String YEAR_MESSAGE = "must be a school year such as 2025/26";
  static final String STATUSES = "PLANNED|ONGOING|DONE|CANCELLED";
  static final String STEPS = "SUBMIT|APPROVE|RETURN|ACTIVATE|MARK_FOLLOWED_UP|CLOSE";

  /** An edit names the version it was based on, so that no one else's change is lost. */
  @Schema(name = "PlanEdit")
  public record Edit(
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String title,
      @Size(max = 10000, message = "at most 10000 characters") String summary,
      @NotNull(message = "is required: the version of the plan you edited") Long version) {}

  /** A step of the workflow, for the plan as the caller last read it. */
  public record StepRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = STEPS, message = "must be one of " + STEPS)
          String step,
      @NotNull(message = "is required: the version of the plan you decided on") Long version,
      @Size(max = 2000, message = "at most 2000 characters") String comment) {}

  /** An activity as its writer describes it; {@code version} only when changing one. */
  @Schema(name = "PlanActivityRequest")
  public record ActivityRequest(
      @NotNull(message = "is required: the priority area the activity serves") UUID priorityAreaId,
      List<@NotNull UUID> goalIds,
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String title,
      @Size(max = 10000, message = "at most 10000 characters") String description,
      List<
              @Pattern(
                  regexp = "[a-z0-9-]{1,40}",
                  message = "must be role level keys such as rektor")
              String>
          targetLevels,
      List<@NotNull UUID> targetUnitIds,
      @Size(max = 500, message = "at most 500 characters") String targetNote,
      @NotBlank(message = "is required: who answers for the activity")
          @Size(max = 255, message = "at most 255 characters")
          String owner,
      @NotNull(message = "is required") LocalDate startsOn,
      @NotNull(message = "is required") LocalDate dueOn,
      @Size(max = 4000, message = "at most 4000 characters") String successCriteria,
      Long version) {}

  /** How far an activity has come. */
  public record Progress(
      @NotNull(message = "is required")
          @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES)
          String status,
      @NotNull(message = "is required")
          @Min(value = 0, message = "must be 0 to 100")
          @Max(value = 100, message = "must be 0 to 100")
          Integer progress,
      @NotNull(message = "is required: the version of the activity you reported on")
          Long version) {}
}
