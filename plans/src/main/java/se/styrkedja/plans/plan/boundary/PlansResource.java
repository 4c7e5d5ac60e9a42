package se.styrkedja.plans.plan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.plans.plan.boundary.PlanViews.ActivityView;
import se.styrkedja.plans.plan.boundary.PlanViews.ComparisonView;
import se.styrkedja.plans.plan.boundary.PlanViews.CreatableView;
import se.styrkedja.plans.plan.boundary.PlanViews.PlanSummary;
import se.styrkedja.plans.plan.boundary.PlanViews.PlanView;
import se.styrkedja.plans.plan.boundary.PlanViews.RevisionView;
import se.styrkedja.plans.plan.boundary.PlanViews.SnapshotView;
import se.styrkedja.plans.plan.boundary.PlanViews.TransitionView;
import se.styrkedja.plans.plan.control.PlanExport;
import se.styrkedja.plans.plan.control.Plans;
import se.styrkedja.plans.plan.control.Step;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.ActivityStatus;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.tenant.api.PersonNames;

/**
 * Action plans and their activities. The unit's own level writes and submits a plan, the level
 * directly above approves or returns it; everyone reads the plans within their scope. Another
 * tenant's plan answers 404.
 */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Plans",
    description = "Action plans (handlingsplan, lokal handlingsplan) and their activities")
public class PlansResource {

  @Inject Plans plans;
  @Inject Clock clock;
  @Inject PersonNames names;

  @GET
  @Operation(
      operationId = "listPlans",
      summary = "The plans the caller may read, of one school year or all")
  public List<PlanSummary> list(
      @QueryParam("schoolYear")
          @Pattern(regexp = PlanRequest.YEAR, message = PlanRequest.YEAR_MESSAGE)
          String schoolYear,
      @QueryParam("status")
          @Pattern(
              regexp = "DRAFT|SUBMITTED|RETURNED|APPROVED|ACTIVE|FOLLOWED_UP|CLOSED",
              message = "must be a plan status such as SUBMITTED")
          String status) {
    return plans.list(schoolYear, status == null ? null : PlanStatus.valueOf(status)).stream()
        .map(PlanSummary::of)
        .toList();
  }

  @GET
  @Path("creatable")
  @Operation(
      operationId = "creatablePlans",
      summary = "The units and kinds of plan the caller may start",
      description =
          "What the server then accepts: a unit the caller leads (a principal's school, the"
              + " administration for its leadership), with an adopted strategy. Empty for"
              + " teachers, the board and the admin.")
  public List<CreatableView> creatable() {
    return plans.creatable().stream().map(CreatableView::of).toList();
  }

  @POST
  @Operation(
      operationId = "createPlan",
      summary = "Start a plan for a unit and school year (the unit's own level)",
      description = "One plan of a kind per unit and school year; needs an adopted strategy.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid PlanRequest request,
      @Context UriInfo uri) {
    var plan =
        plans.create(
            new Plans.NewPlan(
                PlanKind.valueOf(request.kind()),
                request.schoolYear(),
                request.unitId(),
                request.title().strip(),
                request.summary()));
    return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
        .entity(view(plan.id()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getPlan", summary = "A plan with its activities")
  public PlanView get(@PathParam("id") UUID id) {
    return view(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "editPlan",
      summary = "Rewrite a draft or returned plan's title and summary")
  public PlanView edit(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid PlanRequest.Edit request) {
    plans.edit(id, request.title().strip(), request.summary(), request.version());
    return view(id);
  }

  @POST
  @Path("{id}/activities")
  @Operation(summary = "Add an activity to a draft or returned plan")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ActivityView.class)))
  public Response addActivity(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid PlanRequest.ActivityRequest request,
      @Context UriInfo uri) {
    Activity activity = plans.addActivity(id, content(request));
    return Response.created(uri.getAbsolutePathBuilder().path(activity.id().toString()).build())
        .entity(activityView(id, activity.id()))
        .build();
  }

  @PUT
  @Path("{id}/activities/{activityId}")
  @Operation(summary = "Rewrite an activity of a draft or returned plan; a stale version is 409")
  public ActivityView editActivity(
      @PathParam("id") UUID id,
      @PathParam("activityId") UUID activityId,
      @NotNull(message = "a JSON body is required") @Valid PlanRequest.ActivityRequest request) {
    if (request.version() == null) {
      throw new se.styrkedja.plans.plan.control.InvalidPlan(
          "version", "is required: the version of the activity you edited");
    }
    plans.editActivity(id, activityId, content(request), request.version());
    return activityView(id, activityId);
  }

  @DELETE
  @Path("{id}/activities/{activityId}")
  @Operation(summary = "Remove an activity from a draft or returned plan")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removeActivity(
      @PathParam("id") UUID id,
      @PathParam("activityId") UUID activityId,
      @QueryParam("version") @NotNull(message = "is required: the version you removed")
          Long version) {
    plans.removeActivity(id, activityId, version);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/activities/{activityId}/progress")
  @Operation(
      summary = "Report an activity's status and progress while the plan runs",
      description = "By the unit's own level or the activity's owner.")
  public ActivityView report(
      @PathParam("id") UUID id,
      @PathParam("activityId") UUID activityId,
      @NotNull(message = "a JSON body is required") @Valid PlanRequest.Progress request) {
    plans.report(
        id,
        activityId,
        ActivityStatus.valueOf(request.status()),
        request.progress(),
        request.version());
    return activityView(id, activityId);
  }

  @POST
  @Path("{id}/steps")
  @Operation(
      summary = "Take a step of the workflow: submit, approve, return (with a comment), ...",
      description =
          "Submit, activate and mark followed up: the unit's own level. Approve, return and"
              + " close: the level directly above, inside its subtree, never the plan's writer.")
  public PlanView step(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid PlanRequest.StepRequest request) {
    plans.take(id, Step.valueOf(request.step()), request.version(), request.comment());
    return view(id);
  }

  @GET
  @Path("{id}/transitions")
  @Operation(summary = "Every step the plan has taken: who, when, with what comment")
  public List<TransitionView> transitions(@PathParam("id") UUID id) {
    var found = plans.transitions(id);
    var known = names.of(found.stream().map(t -> t.actor()).toList());
    return found.stream().map(t -> TransitionView.of(t, known)).toList();
  }

  @GET
  @Path("{id}/revisions")
  @Operation(summary = "Every version of the plan, oldest first")
  public List<RevisionView> revisions(@PathParam("id") UUID id) {
    var found = plans.revisions(id);
    var known = names.of(found.stream().map(r -> r.changedBy()).toList());
    return found.stream().map(r -> RevisionView.of(r, known)).toList();
  }

  @GET
  @Path("{id}/revisions/{revision}")
  @Operation(summary = "One version of the plan, as it was")
  public SnapshotView revision(@PathParam("id") UUID id, @PathParam("revision") int revision) {
    return SnapshotView.of(revision, plans.revision(id, revision));
  }

  @GET
  @Path("{id}/compare")
  @Operation(summary = "What changed between two versions of the plan")
  public ComparisonView compare(
      @PathParam("id") UUID id,
      @QueryParam("from") @NotNull(message = "is required") Integer from,
      @QueryParam("to") @NotNull(message = "is required") Integer to) {
    return ComparisonView.of(plans.compare(id, from, to));
  }

  @GET
  @Path("{id}/export/{format}")
  @Produces({"application/pdf", XLSX, "text/csv", MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "exportPlan",
      summary = "The plan as a document: pdf, xlsx or csv",
      description = "In Swedish, or English with lang=en. The CSV is UTF-8 with semicolons.")
  public Response export(
      @PathParam("id") UUID id,
      @PathParam("format") @Pattern(regexp = "pdf|xlsx|csv", message = "must be pdf, xlsx or csv")
          String format,
      @QueryParam("lang") @Pattern(regexp = "sv|en", message = "must be sv or en") String lang) {
    PlanExport export = new PlanExport(plans.document(id), lang == null ? "sv" : lang);
    String file = export.fileName() + "." + format;
    String disposition =
        "attachment; filename=\""
            + file.replaceAll("[^A-Za-z0-9 ._-]", "_")
            + "\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    Response.ResponseBuilder ok =
        switch (format) {
          case "pdf" -> Response.ok(export.pdf(), "application/pdf");
          case "xlsx" -> Response.ok((jakarta.ws.rs.core.StreamingOutput) export::xlsx, XLSX);
          default ->
              Response.ok(
                  (jakarta.ws.rs.core.StreamingOutput) export::csv, "text/csv; charset=UTF-8");
        };
    return ok.header(jakarta.ws.rs.core.HttpHeaders.CONTENT_DISPOSITION, disposition).build();
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private PlanView view(UUID id) {
    Plans.WholePlan whole = plans.get(id);
    return PlanView.of(whole, today(), names.of(PlanView.usernames(whole)));
  }

  /** An activity as just written, with what the caller may do with it now. */
  private ActivityView activityView(UUID planId, UUID activityId) {
    PlanView plan = view(planId);
    return plan.activities().stream()
        .filter(a -> a.id().equals(activityId))
        .findFirst()
        .orElseThrow(() -> new se.styrkedja.plans.plan.control.ActivityNotFound(activityId));
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }

  private static Activity.Content content(PlanRequest.ActivityRequest r) {
    return new Activity.Content(
        r.priorityAreaId(),
        r.goalIds() == null ? List.of() : r.goalIds(),
        r.title().strip(),
        r.description(),
        r.targetLevels() == null ? List.of() : r.targetLevels(),
        r.targetUnitIds() == null ? List.of() : r.targetUnitIds(),
        r.targetNote(),
        r.owner().strip(),
        r.startsOn(),
        r.dueOn(),
        r.successCriteria());
  }
}
