package se.styrkedja.tenant.strategy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.tenant.strategy.boundary.StrategyViews.Area;
import se.styrkedja.tenant.strategy.boundary.StrategyViews.Expectations;
import se.styrkedja.tenant.strategy.boundary.StrategyViews.FrameworkView;
import se.styrkedja.tenant.strategy.boundary.StrategyViews.Full;
import se.styrkedja.tenant.strategy.boundary.StrategyViews.GoalView;
import se.styrkedja.tenant.strategy.boundary.StrategyViews.Summary;
import se.styrkedja.tenant.strategy.control.NoAdoptedStrategy;
import se.styrkedja.tenant.strategy.control.Strategies;
import se.styrkedja.tenant.strategy.entity.Framework;
import se.styrkedja.tenant.strategy.entity.Goal;
import se.styrkedja.tenant.strategy.entity.PriorityArea;
import se.styrkedja.tenant.strategy.entity.Strategy;

/**
 * The municipality's strategy: its versions, priority areas, goals and expectations per role level.
 * Everyone of the municipality reads; the municipality admin writes (403 for others). Another
 * tenant's ids answer 404.
 */
@Path("strategies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Strategy",
    description =
        "The municipality's digitalisation strategy (strategi): versions, priority areas, goals,"
            + " expectations per role level")
public class StrategiesResource {

  private static final String BODY_REQUIRED = "a JSON body is required";

  @Inject Strategies strategies;

  // Reading

  @GET
  @Operation(
      operationId = "listStrategies",
      summary = "Every strategy version of the municipality, newest first")
  public List<Summary> list() {
    return strategies.list().stream().map(Summary::of).toList();
  }

  @GET
  @Path("adopted")
  @Operation(summary = "The adopted strategy with everything under it; 404 when there is none")
  public Full adopted() {
    return strategies
        .adoptedTree()
        .map(t -> Full.of(t, strategies.allowed(t.strategy())))
        .orElseThrow(NoAdoptedStrategy::new);
  }

  @GET
  @Path("frameworks")
  @Operation(
      summary = "The framework catalogue priority areas map to: LIKA, SELFIE, DigCompEdu, national")
  public List<FrameworkView> frameworks() {
    return Arrays.stream(Framework.values()).map(FrameworkView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getStrategy",
      summary = "One strategy version with its areas, goals and expectations")
  public Full get(@PathParam("id") UUID id) {
    return full(id);
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "Every version of this strategy, newest first; all stay readable")
  public List<Summary> versions(@PathParam("id") UUID id) {
    return strategies.versions(id).stream().map(Summary::of).toList();
  }

  // The strategy itself

  @POST
  @Operation(operationId = "createStrategy", summary = "Start a new strategy as a draft")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Full.class)))
  public Response create(
      @NotNull(message = BODY_REQUIRED) @Valid StrategyRequest request, @Context UriInfo uri) {
    Strategy s = strategies.create(request.contents());
    return created(uri, s.id(), full(s.id()));
  }

  @POST
  @Path("from-template")
  @Operation(
      summary =
          "Start a draft from the neutral template: the national strategy's focus areas as"
              + " priority areas, no goals yet")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Full.class)))
  public Response fromTemplate(@Valid StrategyRequest.FromTemplate request, @Context UriInfo uri) {
    Strategy s = strategies.createFromTemplate(request == null ? null : request.title());
    URI location = uri.getBaseUriBuilder().path("strategies").path(s.id().toString()).build();
    return Response.created(location).entity(full(s.id())).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "editStrategy",
      summary = "Edit a draft; an adopted or archived version answers 409, a stale one too")
  public Full edit(
      @PathParam("id") UUID id,
      @NotNull(message = BODY_REQUIRED) @Valid StrategyRequest.Edit request) {
    strategies.edit(id, request.version(), request.contents());
    return full(id);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteStrategy",
      summary = "Delete a draft; adopted and archived versions stay")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(@PathParam("id") UUID id) {
    strategies.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/adopt")
  @Operation(summary = "Adopt a draft; the strategy adopted before is archived")
  public Full adopt(
      @PathParam("id") UUID id,
      @NotNull(message = BODY_REQUIRED) @Valid StrategyRequest.Adopt request) {
    strategies.adopt(id, request.version(), request.adoptedOn(), request.adoptingBody().strip());
    return full(id);
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a version; it stays readable")
  public Full archive(
      @PathParam("id") UUID id,
      @NotNull(message = BODY_REQUIRED) @Valid StrategyRequest.Versioned request) {
    strategies.archive(id, request.version());
    return full(id);
  }

  @POST
  @Path("{id}/versions")
  @Operation(
      summary =
          "Start a new draft version of the adopted strategy, a copy that names the version it"
              + " revises")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Full.class)))
  public Response newVersion(@PathParam("id") UUID id, @Context UriInfo uri) {
    Strategy draft = strategies.newVersion(id);
    URI location = uri.getBaseUriBuilder().path("strategies").path(draft.id().toString()).build();
    return Response.created(location).entity(full(draft.id())).build();
  }

  // Priority areas

  @GET
  @Path("{id}/areas/{areaId}")
  @Operation(summary = "One priority area with its mappings and goals")
  public Area area(@PathParam("id") UUID id, @PathParam("areaId") UUID areaId) {
    PriorityArea a = strategies.area(id, areaId);
    return Area.of(a, strategies.mappingsOf(areaId), strategies.goalsOf(areaId));
  }

  @POST
  @Path("{id}/areas")
  @Operation(summary = "Add a priority area to a draft, last in the order")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Area.class)))
  public Response addArea(
      @PathParam("id") UUID id,
      @NotNull(message = BODY_REQUIRED) @Valid PriorityAreaRequest request,
      @Context UriInfo uri) {
    PriorityArea a =
        strategies.addArea(
            id,
            request.title().strip(),
            request.description(),
            PriorityAreaRequest.refs(request.mappings()));
    return created(uri, a.id(), area(id, a.id()));
  }

  @PUT
  @Path("{id}/areas/{areaId}")
  @Operation(summary = "Edit a priority area of a draft, with its mappings")
  public Area editArea(
      @PathParam("id") UUID id,
      @PathParam("areaId") UUID areaId,
      @NotNull(message = BODY_REQUIRED) @Valid PriorityAreaRequest.Edit request) {
    strategies.editArea(
        id,
        areaId,
        request.version(),
        request.title().strip(),
        request.description(),
        PriorityAreaRequest.refs(request.mappings()));
    return area(id, areaId);
  }

  @DELETE
  @Path("{id}/areas/{areaId}")
  @Operation(summary = "Remove a priority area, with its goals, from a draft")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response deleteArea(@PathParam("id") UUID id, @PathParam("areaId") UUID areaId) {
    strategies.deleteArea(id, areaId);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/areas/order")
  @Operation(
      operationId = "reorderPriorityAreas",
      summary = "Reorder the priority areas of a draft; the list names every area once (else 409)")
  public Full reorder(
      @PathParam("id") UUID id,
      @NotNull(message = BODY_REQUIRED) @Valid PriorityAreaRequest.Order request) {
    strategies.reorderAreas(id, request.areaIds());
    return full(id);
  }

  // Goals

  @GET
  @Path("{id}/areas/{areaId}/goals/{goalId}")
  @Operation(summary = "One goal with its indicator")
  public GoalView goal(
      @PathParam("id") UUID id,
      @PathParam("areaId") UUID areaId,
      @PathParam("goalId") UUID goalId) {
    return GoalView.of(strategies.goal(id, areaId, goalId));
  }

  @POST
  @Path("{id}/areas/{areaId}/goals")
  @Operation(summary = "Add a goal with its indicator to a priority area of a draft")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = GoalView.class)))
  public Response addGoal(
      @PathParam("id") UUID id,
      @PathParam("areaId") UUID areaId,
      @NotNull(message = BODY_REQUIRED) @Valid GoalRequest request,
      @Context UriInfo uri) {
    Goal g = strategies.addGoal(id, areaId, request.indicator());
    return created(uri, g.id(), GoalView.of(g));
  }

  @PUT
  @Path("{id}/areas/{areaId}/goals/{goalId}")
  @Operation(summary = "Edit a goal of a draft")
  public GoalView editGoal(
      @PathParam("id") UUID id,
      @PathParam("areaId") UUID areaId,
      @PathParam("goalId") UUID goalId,
      @NotNull(message = BODY_REQUIRED) @Valid GoalRequest.Edit request) {
    return GoalView.of(
        strategies.editGoal(id, areaId, goalId, request.version(), request.indicator()));
  }

  @DELETE
  @Path("{id}/areas/{areaId}/goals/{goalId}")
  @Operation(summary = "Remove a goal from a draft")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response deleteGoal(
      @PathParam("id") UUID id,
      @PathParam("areaId") UUID areaId,
      @PathParam("goalId") UUID goalId) {
    strategies.deleteGoal(id, areaId, goalId);
    return Response.noContent().build();
  }

  // Expectations per role level

  @GET
  @Path("{id}/expectations")
  @Operation(
      operationId = "listExpectations",
      summary = "What the strategy expects of each role level, in the order of the chain")
  public List<Expectations> expectations(@PathParam("id") UUID id) {
    return Expectations.all(strategies.levelKeys(), strategies.expectations(id));
  }

  @GET
  @Path("{id}/expectations/{roleLevel}")
  @Operation(
      operationId = "getExpectations",
      summary = "What the strategy expects of one role level")
  public Expectations expectations(
      @PathParam("id") UUID id, @PathParam("roleLevel") String roleLevel) {
    return strategies
        .expectations(id, roleLevel)
        .map(Expectations::of)
        .orElse(Expectations.none(roleLevel));
  }

  @PUT
  @Path("{id}/expectations/{roleLevel}")
  @Operation(
      summary =
          "Replace what a draft expects of one role level; the first write sends no version, later"
              + " ones the version they were based on")
  public Expectations putExpectations(
      @PathParam("id") UUID id,
      @PathParam("roleLevel") String roleLevel,
      @NotNull(message = BODY_REQUIRED) @Valid ExpectationsRequest request) {
    return Expectations.of(
        strategies.putExpectations(
            id,
            roleLevel,
            request.version(),
            request.statements().stream().map(String::strip).toList()));
  }

  private static Response created(UriInfo uri, UUID id, Object entity) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(entity)
        .build();
  }

  private Full full(UUID id) {
    var tree = strategies.tree(id);
    return Full.of(tree, strategies.allowed(tree.strategy()));
  }
}
