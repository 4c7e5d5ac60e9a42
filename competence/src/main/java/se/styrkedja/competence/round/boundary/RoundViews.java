package se.styrkedja.competence.round.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.round.control.MyRounds;
import se.styrkedja.competence.round.control.Rounds;
import se.styrkedja.competence.round.entity.Answer;
import se.styrkedja.competence.round.entity.AnswerDraft;
import se.styrkedja.competence.round.entity.RoundMode;
import se.styrkedja.competence.round.entity.RoundStatus;
import se.styrkedja.competence.round.entity.SurveyRound;

/**
 * What the API answers about rounds. {@code allowed} lists what the caller may do now ({@code
 * close}, {@code remind}), the same decision the server applies. Counts only: nothing says who has
 * answered.
 */
public final class RoundViews {

  private RoundViews() {}

  /** A unit or role level of a round's target: its id or key, and its name. */
  public record RoundNamedView(String key, String name) {
    static RoundNamedView of(Rounds.Named n) {
      return new RoundNamedView(n.key(), n.name());
    }
  }

  /** Whom a round asks, in names; school forms as SS 12000 codes (empty: every school form). */
  public record RoundTargetView(
      List<RoundNamedView> units, List<RoundNamedView> levels, List<String> schoolForms) {}

  /** A round for its owner and readers. */
  public record RoundView(
      UUID id,
      String title,
      UUID instrumentId,
      String instrumentName,
      UUID instrumentVersionId,
      int instrumentVersion,
      RoundMode mode,
      RoundTargetView target,
      LocalDate opensOn,
      LocalDate closesOn,
      @Schema(nullable = true) LocalDate closedEarlyOn,
      RoundStatus status,
      long invited,
      long answered,
      List<String> allowed) {

    static RoundView of(Rounds.Overview o) {
      SurveyRound r = o.round();
      return new RoundView(
          r.id(),
          r.title(),
          o.version().instrumentId(),
          o.version().instrumentName(),
          o.version().id(),
          o.version().number(),
          r.mode(),
          new RoundTargetView(
              o.units().stream().map(RoundNamedView::of).toList(),
              o.levels().stream().map(RoundNamedView::of).toList(),
              r.targetSchoolForms()),
          r.opensOn(),
          r.closesOn(),
          r.closedEarlyOn().orElse(null),
          o.status(),
          o.invited(),
          o.answered(),
          o.allowed().stream()
              .map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .toList());
    }
  }

  /** Invited and answered at one unit of a round's population. */
  public record RoundUnitResponsesView(UUID unitId, String unitName, long invited, long answered) {}

  /** A round's response rates per unit of its population: counts only, never who. */
  public record RoundResponsesView(
      UUID roundId, long invited, long answered, List<RoundUnitResponsesView> units) {

    static RoundResponsesView of(UUID roundId, List<Rounds.UnitResponses> units) {
      return new RoundResponsesView(
          roundId,
          units.stream().mapToLong(Rounds.UnitResponses::invited).sum(),
          units.stream().mapToLong(Rounds.UnitResponses::answered).sum(),
          units.stream()
              .map(
                  u ->
                      new RoundUnitResponsesView(
                          u.unitId(), u.unitName(), u.invited(), u.answered()))
              .toList());
    }
  }

  /** How many a reminder went to: those who had not answered. */
  public record RoundRemindedView(int reminded) {}

  /**
   * A round the caller is invited to. {@code reminded}: the round's owner has reminded them and
   * they have not answered since.
   */
  public record MyRoundView(
      UUID id,
      String title,
      String instrumentName,
      RoundMode mode,
      String roleLevel,
      LocalDate opensOn,
      LocalDate closesOn,
      RoundStatus status,
      boolean answered,
      boolean hasDraft,
      boolean reminded) {

    static MyRoundView of(MyRounds.Mine m) {
      SurveyRound r = m.round();
      return new MyRoundView(
          r.id(),
          r.title(),
          m.version().instrumentName(),
          r.mode(),
          m.invitation().roleLevel(),
          r.opensOn(),
          r.lastDay(),
          m.status(),
          m.invitation().hasAnswered(),
          m.hasDraft(),
          m.reminded());
    }
  }

  /** A saved draft: the answers so far, and its version to send with the next save. */
  public record RoundDraftView(List<Answer> answers, long version, OffsetDateTime savedAt) {
    static RoundDraftView of(AnswerDraft d) {
      return new RoundDraftView(d.answers(), d.version(), d.savedAt());
    }
  }

  /** A round to answer: what it asks of the caller (their role level's items) and their draft. */
  public record MyRoundDetailView(
      MyRoundView round, InstrumentContent content, @Schema(nullable = true) RoundDraftView draft) {

    static MyRoundDetailView of(MyRounds.ToAnswer t) {
      return new MyRoundDetailView(
          MyRoundView.of(t.mine()), t.content(), t.draft().map(RoundDraftView::of).orElse(null));
    }
  }

  /** The caller's own answers to a confidential round, with what it asked. */
  public record MyRoundAnswersView(
      MyRoundView round, InstrumentContent content, List<Answer> answers) {

    static MyRoundAnswersView of(MyRounds.OwnAnswers o) {
      return new MyRoundAnswersView(MyRoundView.of(o.mine()), o.content(), o.answers());
    }
  }
}
