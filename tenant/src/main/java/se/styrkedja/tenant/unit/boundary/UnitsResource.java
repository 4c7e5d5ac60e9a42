package se.styrkedja.tenant.unit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.paging.PageRequest;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.control.UnitRow;
import se.styrkedja.tenant.unit.control.Units;
import se.styrkedja.tenant.unit.entity.Unit;

/**
 * The municipality's organisation tree. Everyone of the municipality reads it; its admin changes it
 * (403 for others). Another tenant's unit answers 404, wherever its id is given.
 */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Organisation",
    description = "The municipality's organisation tree (förvaltning, skolenheter, förskolor)")
public class UnitsResource {

  @Inject Units units;

  @GET
  @Operation(
      operationId = "listUnits",
      summary = "The units by name, of the whole tree or of the subtree under one unit",
      description = "Closed units are left out unless includeClosed=true.")
  public Page<UnitView> list(
      @QueryParam("under") UUID under,
      @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
      @BeanParam @Valid PageRequest page) {
    return units.list(under, includeClosed, page.offset(), page.limit()).map(view());
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getUnit", summary = "One unit")
  public UnitView get(@PathParam("id") UUID id) {
    return view(units.get(id));
  }

  @GET
  @Path("{id}/subtree")
  @Operation(
      summary = "The unit and every unit under it, parents before their children",
      description = "Closed units are left out unless includeClosed=true.")
  public List<UnitView> subtree(
      @PathParam("id") UUID id,
      @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed) {
    return units.subtree(id, includeClosed).stream().map(views()).toList();
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Every change of the unit, oldest first: created, renamed, moved, closed")
  public List<UnitChangeView> history(@PathParam("id") UUID id) {
    return units.history(id).stream().map(UnitChangeView::of).toList();
  }

  @GET
  @Path("{id}/within/{ancestorId}")
  @Operation(summary = "Whether the unit is the other unit or lies under it")
  public WithinView within(@PathParam("id") UUID id, @PathParam("ancestorId") UUID ancestorId) {
    return new WithinView(id, ancestorId, units.isWithin(id, ancestorId));
  }

  @POST
  @Operation(
      operationId = "createUnit",
      summary = "Create a unit (municipality admin)",
      description =
          "Without parentId only the first unit, the root; every other under an open unit.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = UnitView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid UnitRequest request,
      @Context UriInfo uri) {
    Unit unit =
        units.create(
            new Units.NewUnit(
                UnitType.valueOf(request.type()),
                request.name().strip(),
                request.parentId(),
                request.schoolUnitCode(),
                SchoolForms.parse(request.schoolForms()),
                request.openedOn()));
    return Response.created(uri.getAbsolutePathBuilder().path(unit.id().toString()).build())
        .entity(view(unit))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "editUnit",
      summary = "Rename a unit, set its school unit code and school forms (municipality admin)",
      description = "A stale version answers 409.")
  public UnitView edit(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid UnitRequest.Edit request) {
    return view(
        units.edit(
            id,
            request.version(),
            request.name().strip(),
            request.schoolUnitCode(),
            SchoolForms.parse(request.schoolForms())));
  }

  @POST
  @Path("{id}/move")
  @Operation(
      summary = "Move a unit and everything under it under another open unit (municipality admin)",
      description = "Not under itself or anything under it. A stale version answers 409.")
  public UnitView move(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid UnitRequest.Move request) {
    return view(units.move(id, request.version(), request.parentId()));
  }

  @POST
  @Path("{id}/close")
  @Operation(
      summary = "Close a unit on a day (municipality admin)",
      description =
          "The unit keeps its row and history. Refused while open units are under it. A stale"
              + " version answers 409.")
  public UnitView close(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid UnitRequest.Close request) {
    return view(units.close(id, request.version(), request.closedOn()));
  }

  private java.util.function.Function<UnitRow, UnitView> view() {
    boolean configures = units.configures();
    return u -> UnitView.of(u, units.allowed(u, configures));
  }

  private java.util.function.Function<Unit, UnitView> views() {
    java.util.function.Function<UnitRow, UnitView> view = view();
    return u -> view.apply(UnitRow.of(u));
  }

  private UnitView view(Unit u) {
    return views().apply(u);
  }
}
