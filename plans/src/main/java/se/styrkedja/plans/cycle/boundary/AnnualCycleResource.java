package se.styrkedja.plans.cycle.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.plans.cycle.control.AnnualCycle;
import se.styrkedja.plans.cycle.entity.DeadlineKind;

/** The annual cycle (årshjul): the school year's recurring deadlines. */
@Path("annual-cycle")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class AnnualCycleResource {

  static final String KINDS = "ADMINISTRATION_PLAN|LOCAL_PLAN|FOLLOW_UP";

  static final String SCHOOL_YEAR =
      "The school year whose dates to give, such as 2025/26; left out, the current one (from 1"
          + " July, in Sweden)";

  @Inject AnnualCycle cycle;

  /** The cycle as the admin sets it. */
  public record CycleRequest(
      @NotNull(message = "is required") @Size(max = 24, message = "at most 24 deadlines")
          List<@NotNull @Valid DeadlineRequest> deadlines) {}

  /** One recurring deadline. */
  public record DeadlineRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = KINDS, message = "must be one of " + KINDS)
          String kind,
      @NotNull(message = "is required")
          @Min(value = 1, message = "must be 1 to 12")
          @Max(value = 12, message = "must be 1 to 12")
          Integer month,
      @NotNull(message = "is required")
          @Min(value = 1, message = "must be 1 to 31")
          @Max(value = 31, message = "must be 1 to 31")
          Integer day,
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String label) {}

  /** A deadline, with its date in the school year asked for. */
  public record DeadlineView(
      @Schema(implementation = DeadlineKind.class) String kind,
      int month,
      int day,
      String label,
      LocalDate due) {}

  @GET
  @Operation(
      operationId = "getAnnualCycle",
      summary = "The annual cycle, with its dates in a school year")
  public List<DeadlineView> get(
      @QueryParam("schoolYear")
          @Parameter(description = SCHOOL_YEAR)
          @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a school year such as 2025/26")
          String schoolYear) {
    return views(cycle.entries(), schoolYear == null ? cycle.currentSchoolYear() : schoolYear);
  }

  @PUT
  @Operation(summary = "Set the annual cycle (municipality admin)")
  public List<DeadlineView> replace(
      @QueryParam("schoolYear")
          @Parameter(description = SCHOOL_YEAR)
          @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a school year such as 2025/26")
          String schoolYear,
      @NotNull(message = "a JSON body is required") @Valid CycleRequest request) {
    return views(
        cycle.replace(
            request.deadlines().stream()
                .map(
                    d ->
                        new AnnualCycle.NewEntry(
                            DeadlineKind.valueOf(d.kind()), d.month(), d.day(), d.label()))
                .toList()),
        schoolYear == null ? cycle.currentSchoolYear() : schoolYear);
  }

  private static List<DeadlineView> views(List<AnnualCycle.Entry> entries, String schoolYear) {
    return entries.stream()
        .map(
            e ->
                new DeadlineView(
                    e.kind().name(),
                    e.on().getMonthValue(),
                    e.on().getDayOfMonth(),
                    e.label(),
                    e.dateIn(schoolYear)))
        .toList();
  }
}
