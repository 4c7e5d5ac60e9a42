package se.styrkedja.plans.template.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.template.control.PlanTemplates;

/** Next year's plan, as a copy of this one. */
@Path("plans/{id}/copy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanCopiesResource {

  @Inject PlanTemplates templates;

  /** The school year of the copy. */
  public record CopyRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a school year such as 2025/26")
          String schoolYear) {}

  @POST
  @Operation(
      summary = "Copy the plan into another school year (the unit's lead)",
      description = "Same unit, activities and owners; dates move by the years between.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(schema = @Schema(implementation = PlanTemplatesResource.StartedView.class)))
  public Response copy(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid CopyRequest request,
      @Context UriInfo uri) {
    Plan plan = templates.copy(id, request.schoolYear());
    return Response.created(
            uri.getBaseUriBuilder().path("plans").path(plan.id().toString()).build())
        .entity(PlanTemplatesResource.StartedView.of(plan))
        .build();
  }
}
