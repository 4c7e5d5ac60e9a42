package se.styrkedja.competence.round.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.competence.round.entity.Answer;
import se.styrkedja.competence.round.entity.RoundMode;

/** What a client sends to open rounds and answer them. */
public final class RoundRequests {

  private RoundRequests() {}

  /**
   * Whom a round asks: the people with a duty at these units (each with its whole subtree), at
   * these role levels, at units of these school forms (SS 12000 codes; empty or left out: every
   * school form).
   */
  public record RoundTargetRequest(
      List<UUID> unitIds, List<String> levels, @Schema(nullable = true) List<String> schoolForms) {}

  /** A round to open: a published instrument version, asked of a target between two days. */
  public record RoundOpenRequest(
      UUID instrumentVersionId,
      String title,
      RoundMode mode,
      RoundTargetRequest target,
      LocalDate opensOn,
      LocalDate closesOn) {}

  /**
   * A draft's answers as a whole, for the version of the draft the client last read (null or left
   * out when it had none).
   */
  public record RoundDraftRequest(@Schema(nullable = true) Long version, List<Answer> answers) {}

  /** The answers submitted, once. */
  public record RoundSubmitRequest(List<Answer> answers) {}
}
