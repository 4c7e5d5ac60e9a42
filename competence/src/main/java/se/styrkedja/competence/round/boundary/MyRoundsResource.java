package se.styrkedja.competence.round.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.competence.round.boundary.RoundRequests.RoundDraftRequest;
import se.styrkedja.competence.round.boundary.RoundRequests.RoundSubmitRequest;
import se.styrkedja.competence.round.boundary.RoundViews.MyRoundAnswersView;
import se.styrkedja.competence.round.boundary.RoundViews.MyRoundDetailView;
import se.styrkedja.competence.round.boundary.RoundViews.MyRoundView;
import se.styrkedja.competence.round.boundary.RoundViews.RoundDraftView;
import se.styrkedja.competence.round.control.AnswerMover;
import se.styrkedja.competence.round.control.MyRounds;
import se.styrkedja.competence.round.entity.RoundMode;

/**
 * The rounds the caller is invited to, and answering them. A round they are not invited to (or
 * another tenant's) answers 404. Not transactional itself: an anonymous submission commits first,
 * and only then are the round's pending answers moved, in a transaction of their own.
 */
@Path("my/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My survey rounds", description = "Answering self-assessments")
public class MyRoundsResource {

  @Inject MyRounds mine;
  @Inject AnswerMover mover;

  @GET
  @Operation(
      operationId = "listMyRounds",
      summary = "The rounds the caller is invited to: open ones first",
      description =
          "Whether each is answered, has a draft, and whether its owner has reminded them.")
  public List<MyRoundView> list() {
    return mine.list().stream().map(MyRoundView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getMyRound",
      summary = "What the round asks of the caller (their role level's items) and their draft")
  public MyRoundDetailView get(@PathParam("id") UUID id) {
    return MyRoundDetailView.of(mine.get(id));
  }

  @PUT
  @Path("{id}/draft")
  @Operation(
      operationId = "saveMyRoundDraft",
      summary = "Saves the caller's answers so far, as a whole",
      description =
          "Send the version of the draft last read (none for the first save); another save in"
              + " between is 409. Each answer is checked as at submission.")
  public RoundDraftView saveDraft(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") RoundDraftRequest request) {
    return RoundDraftView.of(mine.saveDraft(id, request.answers(), request.version()));
  }

  @POST
  @Path("{id}/submit")
  @Operation(
      operationId = "submitMyRound",
      summary = "Submits the caller's answers, once",
      description =
          "A second submission is 409, as is one to a round not yet open or closed. A wrong"
              + " answer is 400 naming it (answers[2].value) and its item. In an anonymous round"
              + " nothing kept links the answers to the caller.")
  public MyRoundView submit(
      @PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") RoundSubmitRequest request) {
    MyRounds.Mine submitted = mine.submit(id, request.answers());
    if (submitted.round().mode() == RoundMode.ANONYMOUS) {
      // Committed: the answers are moved (once there are enough) in a transaction of their own.
      mover.settle(id);
    }
    return MyRoundView.of(submitted);
  }

  @GET
  @Path("{id}/answers")
  @Operation(
      operationId = "getMyRoundAnswers",
      summary = "The caller's own answers to a confidential round",
      description = "404 when they have not submitted, and always in an anonymous round.")
  public MyRoundAnswersView answers(@PathParam("id") UUID id) {
    return MyRoundAnswersView.of(mine.answers(id));
  }
}
