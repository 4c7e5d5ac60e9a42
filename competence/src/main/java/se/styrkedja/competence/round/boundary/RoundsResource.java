package se.styrkedja.competence.round.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import se.styrkedja.competence.round.boundary.RoundRequests.RoundOpenRequest;
import se.styrkedja.competence.round.boundary.RoundViews.RoundRemindedView;
import se.styrkedja.competence.round.boundary.RoundViews.RoundResponsesView;
import se.styrkedja.competence.round.boundary.RoundViews.RoundView;
import se.styrkedja.competence.round.control.AnswerMover;
import se.styrkedja.competence.round.control.Rounds;
import se.styrkedja.competence.round.entity.RoundStatus;

/**
 * Survey rounds for their owners and readers: open one, follow its response rates, remind, close it
 * early. Another tenant's round answers 404. Not transactional itself: each use case commits on its
 * own, and the anonymous answers a closing releases are moved after it, in a transaction of their
 * own.
 */
@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey rounds", description = "Survey rounds (enkätomgångar) of self-assessments")
public class RoundsResource {

  @Inject Rounds rounds;
  @Inject AnswerMover mover;

  @GET
  @Operation(
      operationId = "listRounds",
      summary = "The rounds the caller reads, the latest to close first")
  public List<RoundView> list() {
    return rounds.list().stream().map(RoundView::of).toList();
  }

  @POST
  @Operation(
      operationId = "openRound",
      summary = "Opens a round of a published instrument version for a target",
      description =
          "The administration opens one for any target; a principal or preschool head for units"
              + " within the subtree of a unit they lead. The population is fixed now: the people"
              + " with a duty in force today at the target's units (with their subtrees), levels"
              + " and school forms. A target that matches nobody is 400 naming 'target'.")
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      content = @Content(schema = @Schema(implementation = RoundView.class)))
  public Response open(
      @NotNull(message = "a JSON body is required") RoundOpenRequest r, @Context UriInfo uri) {
    var target = r.target();
    Rounds.Overview opened =
        rounds.open(
            new Rounds.NewRound(
                r.instrumentVersionId(),
                r.title(),
                r.mode(),
                target == null ? null : target.unitIds(),
                target == null ? null : target.levels(),
                target == null ? null : target.schoolForms(),
                r.opensOn(),
                r.closesOn()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(opened.round().id().toString()).build())
        .entity(RoundView.of(opened))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getRound", summary = "A round, its status and counts")
  public RoundView get(@PathParam("id") UUID id) {
    Rounds.Overview o = rounds.get(id);
    if (o.status() == RoundStatus.CLOSED) {
      // Read after it closed: whatever anonymous answers still wait for a full group are moved.
      mover.settle(id);
    }
    return RoundView.of(o);
  }

  @GET
  @Path("{id}/responses")
  @Operation(
      operationId = "getRoundResponses",
      summary = "Invited and answered per unit of the round's population: counts, never who")
  public RoundResponsesView responses(@PathParam("id") UUID id) {
    return RoundResponsesView.of(id, rounds.responses(id));
  }

  @POST
  @Path("{id}/close")
  @Operation(
      operationId = "closeRound",
      summary = "Closes the round before its closing day",
      description = "A closed round takes no answers; closing one that is closed is 409.")
  public RoundView close(@PathParam("id") UUID id) {
    Rounds.Overview closed = rounds.close(id);
    mover.settle(id);
    return RoundView.of(closed);
  }

  @POST
  @Path("{id}/remind")
  @Operation(
      operationId = "remindRound",
      summary = "Reminds, in the app, everyone invited who has not answered",
      description =
          "Answers how many were reminded; who they are stays unsaid. 409 when the round is not"
              + " open.")
  public RoundRemindedView remind(@PathParam("id") UUID id) {
    return new RoundRemindedView(rounds.remind(id));
  }
}
