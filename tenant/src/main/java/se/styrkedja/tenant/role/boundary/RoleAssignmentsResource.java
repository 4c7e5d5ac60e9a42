package se.styrkedja.tenant.role.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.paging.PageRequest;
import se.styrkedja.tenant.api.PersonNames;
import se.styrkedja.tenant.role.control.RoleAssignments;
import se.styrkedja.tenant.role.entity.RoleAssignment;

/**
 * Who holds which level or function of the chain, where and when. The municipality admin assigns,
 * ends and reads them all; a person reads their own. Another tenant's assignment or unit answers
 * 404.
 */
@Path("role-assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Role hierarchy", description = "Role assignments: who holds which level, where")
public class RoleAssignmentsResource {

  @Inject RoleAssignments assignments;
  @Inject PersonNames names;

  @GET
  @Operation(
      operationId = "listRoleAssignments",
      summary = "The role assignments, of one person and/or at one unit",
      description = "The admin sees all; anyone else only their own (username=their own).")
  public Page<AssignmentView> list(
      @QueryParam("username") String username,
      @QueryParam("unitId") UUID unitId,
      @BeanParam @Valid PageRequest page) {
    Page<RoleAssignment> found = assignments.list(username, unitId, page.offset(), page.limit());
    Map<String, String> known =
        names.of(found.items().stream().map(RoleAssignment::username).toList());
    return found.map(a -> AssignmentView.of(a, known));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getRoleAssignment", summary = "One role assignment")
  public AssignmentView get(@PathParam("id") UUID id) {
    return view(assignments.get(id));
  }

  @POST
  @Operation(
      operationId = "createRoleAssignment",
      summary = "Assign a level or function to a person (municipality admin)",
      description =
          "Without unitId only the top of the chain and the admin, which are tenant-wide; the"
              + " admin never at a unit. from defaults to today.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = AssignmentView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid AssignmentRequest request,
      @Context UriInfo uri) {
    RoleAssignment a =
        assignments.create(
            new RoleAssignments.NewAssignment(
                request.username().strip(),
                request.level().strip(),
                request.unitId(),
                request.from(),
                request.until()));
    return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
        .entity(view(a))
        .build();
  }

  @POST
  @Path("{id}/end")
  @Operation(
      summary = "End a role assignment on a day (municipality admin)",
      description = "until defaults to today. A stale version answers 409.")
  public AssignmentView end(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid AssignmentRequest.End request) {
    return view(assignments.end(id, request.version(), request.until()));
  }

  private AssignmentView view(RoleAssignment a) {
    return AssignmentView.of(a, names.of(List.of(a.username())));
  }
}
