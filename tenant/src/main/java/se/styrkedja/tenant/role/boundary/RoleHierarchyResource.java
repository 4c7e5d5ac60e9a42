package se.styrkedja.tenant.role.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.tenant.role.control.RoleHierarchy;

/**
 * The municipality's chain of governance (styrkedja). Everyone of the municipality reads it; its
 * admin renames, adds and reorders levels (403 for others).
 */
@Path("role-hierarchy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Role hierarchy",
    description = "The chain of governance: its levels in order and the functions beside it")
public class RoleHierarchyResource {

  @Inject RoleHierarchy hierarchy;

  @GET
  @Operation(
      operationId = "getRoleHierarchy",
      summary = "The chain of governance",
      description = "The standard chain until the municipality changes it.")
  public ChainView get() {
    return ChainView.of(hierarchy.chain());
  }

  @PUT
  @Path("levels/{key}")
  @Operation(
      summary = "Rename a level or function (municipality admin)",
      description = "The key stays as it is.")
  public ChainView rename(
      @PathParam("key") String key,
      @NotNull(message = "a JSON body is required") @Valid LevelRequest.Rename request) {
    return ChainView.of(hierarchy.rename(key, request.name().strip()));
  }

  @POST
  @Path("levels")
  @Operation(
      summary = "Add a level or function (municipality admin)",
      description =
          "rank -1 puts it beside the chain; a step of the chain (0 at the top) joins that step;"
              + " one past the last step adds a new last step. A key already taken answers 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ChainView.class)))
  public Response add(
      @NotNull(message = "a JSON body is required") @Valid LevelRequest.New request) {
    return Response.status(Response.Status.CREATED)
        .entity(ChainView.of(hierarchy.add(request.key(), request.name().strip(), request.rank())))
        .build();
  }

  @PUT
  @Path("order")
  @Operation(
      operationId = "reorderRoleLevels",
      summary = "Reorder the chain (municipality admin)",
      description =
          "Every level of the chain exactly once, step by step from the top; levels of one step"
              + " share it. Any other list answers 409. Functions beside the chain stay.")
  public ChainView reorder(
      @NotNull(message = "a JSON body is required") @Valid LevelRequest.Order request) {
    return ChainView.of(hierarchy.reorder(request.order()));
  }
}
