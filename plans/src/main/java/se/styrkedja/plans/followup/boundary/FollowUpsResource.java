package se.styrkedja.plans.followup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.plans.followup.control.FollowUps;
import se.styrkedja.plans.followup.entity.ActivityFollowUp;
import se.styrkedja.plans.followup.entity.Rating;

/** A plan's follow-ups (återrapportering), one per round of the annual cycle. */
@Path("plans/{id}/follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class FollowUpsResource {

  static final String RATINGS = "ON_TRACK|AT_RISK|OFF_TRACK";

  @Inject FollowUps followUps;

  /** A follow-up as written. */
  public record FollowUpRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = RATINGS, message = "must be one of " + RATINGS)
          String rating,
      @Size(max = 10000, message = "at most 10000 characters") String summary,
      List<@NotNull @Valid ActivityRequest> activities,
      Long version) {}

  /** What is said of one activity. */
  @Schema(name = "FollowUpActivityRequest")
  public record ActivityRequest(
      @NotNull(message = "is required") UUID activityId,
      @NotNull(message = "is required")
          @Pattern(regexp = RATINGS, message = "must be one of " + RATINGS)
          String rating,
      @Size(max = 10000, message = "at most 10000 characters") String narrative,
      List<@NotBlank @Size(max = 500) String> evidenceLinks) {}

  /** A follow-up as read. */
  public record FollowUpView(
      LocalDate roundDue,
      @Schema(implementation = Rating.class) String rating,
      @Schema(nullable = true) String summary,
      String writtenBy,
      OffsetDateTime writtenAt,
      long version,
      List<ActivityView> activities) {
    static FollowUpView of(FollowUps.Whole w) {
      return new FollowUpView(
          w.followUp().roundDue(),
          w.followUp().rating().name(),
          w.followUp().summary(),
          w.followUp().writtenBy(),
          w.followUp().writtenAt(),
          w.followUp().version(),
          w.activities().stream().map(ActivityView::of).toList());
    }
  }

  /** One activity's part of a follow-up. */
  @Schema(name = "FollowUpActivityView")
  public record ActivityView(
      UUID activityId,
      @Schema(implementation = Rating.class) String rating,
      @Schema(nullable = true) String narrative,
      List<String> evidenceLinks) {
    static ActivityView of(ActivityFollowUp a) {
      return new ActivityView(a.activityId(), a.rating().name(), a.narrative(), a.evidenceLinks());
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new se.styrkedja.plans.plan.control.InvalidPlan("roundDue", "no such date: " + text);
    }
  }

  @GET
  @Operation(operationId = "listFollowUps", summary = "The plan's follow-ups, round by round")
  public List<FollowUpView> list(@PathParam("id") UUID id) {
    return followUps.list(id).stream().map(FollowUpView::of).toList();
  }

  @PUT
  @Path("{roundDue}")
  @Operation(
      summary = "Write the follow-up of one round (the deadline it answers, e.g. 2026-01-31)",
      description = "Rewriting a round needs the version read; a stale one answers 409.")
  public FollowUpView write(
      @PathParam("id") UUID id,
      @PathParam("roundDue")
          @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2026-01-31")
          String roundDue,
      @NotNull(message = "a JSON body is required") @Valid FollowUpRequest request) {
    List<FollowUps.ActivityReport> reports =
        request.activities() == null
            ? List.of()
            : request.activities().stream()
                .map(
                    a ->
                        new FollowUps.ActivityReport(
                            a.activityId(),
                            Rating.valueOf(a.rating()),
                            a.narrative(),
                            a.evidenceLinks() == null ? List.of() : a.evidenceLinks()))
                .toList();
    return FollowUpView.of(
        followUps.write(
            id,
            date(roundDue),
            Rating.valueOf(request.rating()),
            request.summary(),
            reports,
            request.version()));
  }
}
