package se.styrkedja.plans.template.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.plans.plan.control.Plans;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.plans.template.control.PlanTemplates;
import se.styrkedja.plans.template.control.TemplateActivity;
import se.styrkedja.plans.template.entity.PlanTemplate;

/** Plan templates, and plans started from a template. */
@Path("plan-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanTemplatesResource {

  @Inject PlanTemplates templates;

  /** A template made of an existing plan's activities. */
  public record TemplateRequest(
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String name,
      @Size(max = 4000, message = "at most 4000 characters") String description,
      @NotNull(message = "is required: the plan whose activities the template keeps")
          UUID fromPlanId) {}

  /** A unit's new plan from the template. */
  public record StartRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a school year such as 2025/26")
          String schoolYear,
      @NotNull(message = "is required") UUID unitId,
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String title) {}

  /** A template as read. */
  public record TemplateView(
      UUID id,
      String name,
      @Schema(nullable = true) String description,
      String createdBy,
      OffsetDateTime updatedAt,
      long version,
      List<TemplateActivity> activities) {}

  /** The new plan. */
  public record StartedView(
      UUID planId, String title, @Schema(implementation = PlanStatus.class) String status) {
    static StartedView of(Plan p) {
      return new StartedView(p.id(), p.title(), p.status().name());
    }
  }

  @GET
  @Operation(operationId = "listPlanTemplates", summary = "The municipality's plan templates")
  public List<TemplateView> list() {
    return templates.list().stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getPlanTemplate", summary = "One plan template with its activities")
  public TemplateView get(@PathParam("id") UUID id) {
    return view(templates.get(id));
  }

  @POST
  @Operation(
      operationId = "createPlanTemplate",
      summary = "Make a template of a plan's activities (administration or admin)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TemplateView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid TemplateRequest request,
      @Context UriInfo uri) {
    PlanTemplate t =
        templates.createFrom(request.name().strip(), request.description(), request.fromPlanId());
    return Response.created(uri.getAbsolutePathBuilder().path(t.id().toString()).build())
        .entity(view(t))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deletePlanTemplate",
      summary = "Remove a template (administration or admin); plans made from it stay")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(
      @PathParam("id") UUID id,
      @QueryParam("version") @NotNull(message = "is required: the version you removed")
          Long version) {
    templates.delete(id, version);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/plans")
  @Operation(summary = "Start a unit's local plan from the template (the unit's lead)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = StartedView.class)))
  public Response start(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid StartRequest request,
      @Context UriInfo uri) {
    Plan plan =
        templates.startFrom(
            id,
            new Plans.NewPlan(
                PlanKind.LOCAL,
                request.schoolYear(),
                request.unitId(),
                request.title().strip(),
                ""));
    return Response.created(
            uri.getBaseUriBuilder().path("plans").path(plan.id().toString()).build())
        .entity(StartedView.of(plan))
        .build();
  }

  private TemplateView view(PlanTemplate t) {
    return new TemplateView(
        t.id(),
        t.name(),
        t.description(),
        t.createdBy(),
        t.updatedAt(),
        t.version(),
        templates.activities(t));
  }
}
