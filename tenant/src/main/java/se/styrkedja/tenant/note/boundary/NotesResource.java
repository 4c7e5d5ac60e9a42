package se.styrkedja.tenant.note.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.paging.PageRequest;
import se.styrkedja.tenant.api.PersonNames;
import se.styrkedja.tenant.note.control.Notes;
import se.styrkedja.tenant.note.entity.Note;

/** The municipality's shared notes. Another tenant's note answers 404. */
@Path("notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "The municipality's shared notes (anteckningar)")
public class NotesResource {

  @Inject Notes notes;
  @Inject PersonNames names;

  @GET
  @Operation(
      operationId = "listNotes",
      summary = "The municipality's notes, most recently changed first")
  public Page<NoteView> list(@BeanParam @Valid PageRequest page) {
    Page<Note> found = notes.list(page.offset(), page.limit());
    var known =
        names.of(
            found.items().stream()
                .flatMap(n -> java.util.stream.Stream.of(n.createdBy(), n.updatedBy()))
                .toList());
    return found.map(n -> NoteView.of(n, notes.allowed(n), known));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getNote", summary = "One note")
  public NoteView get(@PathParam("id") UUID id) {
    return view(notes.get(id));
  }

  @POST
  @Operation(operationId = "createNote", summary = "Write a note")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = NoteView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid NoteRequest request,
      @Context UriInfo uri) {
    Note note = notes.create(request.title(), request.body());
    return Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build())
        .entity(view(note))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(operationId = "editNote", summary = "Edit a note; a stale version answers 409")
  public NoteView edit(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid NoteRequest.Edit request) {
    return view(notes.edit(id, request.version(), request.title(), request.body()));
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteNote", summary = "Delete a note")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(@PathParam("id") UUID id) {
    notes.delete(id);
    return Response.noContent().build();
  }

  private NoteView view(Note n) {
    return NoteView.of(n, notes.allowed(n), names.of(List.of(n.createdBy(), n.updatedBy())));
  }
}
