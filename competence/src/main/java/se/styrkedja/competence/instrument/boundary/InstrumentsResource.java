package se.styrkedja.competence.instrument.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.competence.instrument.boundary.InstrumentRequests.InstrumentCreateRequest;
import se.styrkedja.competence.instrument.boundary.InstrumentRequests.InstrumentDraftRequest;
import se.styrkedja.competence.instrument.boundary.InstrumentRequests.InstrumentPublishRequest;
import se.styrkedja.competence.instrument.boundary.InstrumentViews.InstrumentSummaryView;
import se.styrkedja.competence.instrument.boundary.InstrumentViews.InstrumentVersionView;
import se.styrkedja.competence.instrument.boundary.InstrumentViews.InstrumentView;
import se.styrkedja.competence.instrument.control.Instruments;
import se.styrkedja.competence.instrument.control.InvalidInstrument;
import se.styrkedja.competence.instrument.control.SurveyJs;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentVersion;

/**
 * Self-assessment instruments and their versions. The municipality admin and the administration's
 * leadership write them; everyone of the municipality with a role reads them. Another tenant's
 * instrument or version answers 404.
 */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Instruments",
    description = "Self-assessment instruments (självskattningsinstrument), in versions")
public class InstrumentsResource {

  @Inject Instruments instruments;

  @GET
  @Operation(
      operationId = "listInstruments",
      summary = "The municipality's instruments, each with its latest version")
  public List<InstrumentSummaryView> list() {
    return instruments.list().stream().map(InstrumentSummaryView::of).toList();
  }

  @POST
  @Operation(
      operationId = "createInstrument",
      summary = "A new instrument: a copy of a built-in template, or a name and a first content",
      description =
          "Its first version is a draft. A template's sections and items keep the template's"
              + " keys, so every copy can be compared.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = InstrumentView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid InstrumentCreateRequest request,
      @Context UriInfo uri) {
    var instrument =
        request.template() != null
            ? instruments.createFromTemplate(request.template(), request.name())
            : instruments.create(
                new Instruments.NewInstrument(
                    required(request.name()),
                    request.description(),
                    request.content() == null
                        ? new InstrumentContent(List.of())
                        : request.content()));
    return created(uri, instrument.id());
  }

  @POST
  @Path("import")
  @Operation(
      operationId = "importInstrument",
      summary = "A new instrument from a SurveyJS survey (its title is the instrument's name)",
      description =
          "Pages become sections; rating, radiogroup, boolean and comment elements become items."
              + " Any other element answers 400 naming it (pages[0].elements[3].type), and"
              + " nothing is created.")
  @RequestBody(
      content =
          @Content(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                      description = "A SurveyJS survey JSON")))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = InstrumentView.class)))
  public Response importSurvey(
      @NotNull(message = "a JSON body is required") JsonObject survey, @Context UriInfo uri) {
    SurveyJs.Imported imported = SurveyJs.read(survey);
    var instrument =
        instruments.imported(
            new Instruments.NewInstrument(
                imported.name(), imported.description(), imported.content()));
    return Response.created(
            uri.getBaseUriBuilder().path("instruments").path(instrument.id().toString()).build())
        .entity(InstrumentView.of(instruments.get(instrument.id())))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getInstrument", summary = "An instrument with its versions")
  public InstrumentView get(@PathParam("id") UUID id) {
    return InstrumentView.of(instruments.get(id));
  }

  @POST
  @Path("{id}/versions")
  @Operation(
      operationId = "startInstrumentVersion",
      summary = "A new draft from the latest version, keeping every section and item key",
      description = "At most one draft at a time: 409 while there is one.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = InstrumentVersionView.class)))
  public Response newVersion(@PathParam("id") UUID id, @Context UriInfo uri) {
    InstrumentVersion draft = instruments.newVersion(id);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(draft.number())).build())
        .entity(versionView(id, draft.number()))
        .build();
  }

  @GET
  @Path("{id}/versions/{number}")
  @Operation(operationId = "getInstrumentVersion", summary = "One version with its content")
  public InstrumentVersionView version(@PathParam("id") UUID id, @PathParam("number") int number) {
    return versionView(id, number);
  }

  @PUT
  @Path("{id}/versions/{number}")
  @Operation(
      operationId = "editInstrumentDraft",
      summary = "Rewrite a draft's whole content; a stale version is 409, a published one 409",
      description =
          "Every wrong field is named by its path (sections[1].items[0].scale); a section or"
              + " item sent without a key gets a new one.")
  public InstrumentVersionView edit(
      @PathParam("id") UUID id,
      @PathParam("number") int number,
      @NotNull(message = "a JSON body is required") @Valid InstrumentDraftRequest request) {
    instruments.editDraft(id, number, request.content(), request.version());
    return versionView(id, number);
  }

  @POST
  @Path("{id}/versions/{number}/publish")
  @Operation(
      operationId = "publishInstrumentVersion",
      summary = "Publish a draft: it is frozen for good and rounds may use it")
  public InstrumentVersionView publish(
      @PathParam("id") UUID id,
      @PathParam("number") int number,
      @NotNull(message = "a JSON body is required") @Valid InstrumentPublishRequest request) {
    instruments.publish(id, number, request.version());
    return versionView(id, number);
  }

  @DELETE
  @Path("{id}/versions/{number}")
  @Operation(
      operationId = "discardInstrumentDraft",
      summary = "Throw a draft away (an instrument whose only version it was goes with it)")
  @APIResponse(responseCode = "204", description = "Discarded")
  public Response discard(
      @PathParam("id") UUID id,
      @PathParam("number") int number,
      @QueryParam("version") @NotNull(message = "is required: the version you discard")
          Long version) {
    instruments.discard(id, number, version);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/versions/{number}/surveyjs")
  @Operation(
      operationId = "exportInstrumentSurveyJs",
      summary = "The version as SurveyJS survey JSON",
      description =
          "Pages are sections, elements items (rating, radiogroup, boolean, comment), an"
              + " element's name the item's key; texts are {\"default\": sv, \"en\": en}.")
  @APIResponse(
      responseCode = "200",
      description = "A SurveyJS survey JSON",
      content =
          @Content(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
  public JsonObject surveyJs(@PathParam("id") UUID id, @PathParam("number") int number) {
    var whole = instruments.get(id);
    InstrumentVersion version = instruments.version(id, number);
    return SurveyJs.export(
        whole.instrument().name(), whole.instrument().description(), version.content());
  }

  private InstrumentVersionView versionView(UUID id, int number) {
    var whole = instruments.get(id);
    InstrumentVersion version =
        whole.versions().stream()
            .filter(v -> v.number() == number)
            .findFirst()
            .orElseGet(() -> instruments.version(id, number));
    return InstrumentVersionView.of(
        version,
        InstrumentViews.keys(whole.allowedOnVersions().getOrDefault(version.id(), List.of())));
  }

  private Response created(UriInfo uri, UUID id) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(InstrumentView.of(instruments.get(id)))
        .build();
  }

  private static String required(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInstrument("name", "is required, unless a template is copied");
    }
    return name;
  }
}
