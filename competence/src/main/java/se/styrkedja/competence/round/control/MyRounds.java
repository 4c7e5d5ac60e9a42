package se.styrkedja.competence.round.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.competence.instrument.control.FrozenVersion;
import se.styrkedja.competence.instrument.control.Instruments;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.round.entity.Answer;
import se.styrkedja.competence.round.entity.AnswerDraft;
import se.styrkedja.competence.round.entity.AnswerPending;
import se.styrkedja.competence.round.entity.AnswerSheet;
import se.styrkedja.competence.round.entity.AnswerValue;
import se.styrkedja.competence.round.entity.RoundInvitation;
import se.styrkedja.competence.round.entity.RoundMode;
import se.styrkedja.competence.round.entity.RoundStatus;
import se.styrkedja.competence.round.entity.SurveyRound;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.DutyDirectory;

/**
 * The use cases of a respondent: the rounds they are invited to, what a round asks of them, a draft
 * saved as they go, and the one submission. Someone not in a round's population (another tenant's
 * round, or none) is answered 404, as if it did not exist.
 *
 * <p>In an anonymous round, submitting marks the invitation answered, deletes the draft and writes
 * the answers to {@code answer_pending} only: they become an answer sheet later, in a transaction
 * of their own ({@link AnswerMover}), which the caller starts once this one has committed. A
 * confidential round writes the person's sheet at once.
 */
@ApplicationScoped
@Transactional
public class MyRounds {

  @Inject RoundStore store;
  @Inject Instruments instruments;
  @Inject DutyDirectory duties;
  @Inject Audit audit;
  @Inject Clock clock;

  /** A round the caller is invited to, and where they are with it. */
  public record Mine(
      SurveyRound round,
      FrozenVersion version,
      RoundStatus status,
      RoundInvitation invitation,
      boolean hasDraft) {

    /** Reminded, and not answered since. */
    public boolean reminded() {
      return invitation.remindedAt().isPresent() && !invitation.hasAnswered();
    }
  }

  /** A round with what it asks of the caller, and their draft if they have one. */
  public record ToAnswer(Mine mine, InstrumentContent content, Optional<AnswerDraft> draft) {}

  /** The caller's answers to a confidential round, as kept. */
  public record OwnAnswers(Mine mine, InstrumentContent content, List<Answer> answers) {}

  /** The rounds the caller is invited to: open ones first, then by closing day. */
  public List<Mine> list() {
    Optional<UUID> person = duties.callerPerson();
    if (person.isEmpty()) {
      return List.of();
    }
    LocalDate today = today();
    Set<UUID> drafts = new HashSet<>(store.roundsWithDraft(person.get()));
    List<Mine> out = new ArrayList<>();
    for (RoundInvitation i : store.invitationsOf(person.get())) {
      SurveyRound r = store.find(i.roundId()).orElseThrow();
      out.add(
          new Mine(
              r,
              instruments.frozen(r.instrumentVersionId()),
              r.statusOn(today),
              i,
              drafts.contains(r.id())));
    }
    out.sort(
        Comparator.comparing((Mine m) -> m.status() != RoundStatus.OPEN)
            .thenComparing(m -> m.round().closesOn())
            .thenComparing(m -> m.round().title()));
    return out;
  }

  public ToAnswer get(UUID roundId) {
    Mine mine = mine(roundId, false);
    return new ToAnswer(
        mine,
        AnswerRules.askedOf(mine.version().content(), mine.invitation().roleLevel()),
        store.draft(roundId, mine.invitation().personId()));
  }

  /**
   * Saves the caller's draft as a whole. {@code expected} is the version of the draft they read
   * (null when they had none): another save in between is 409.
   */
  public AnswerDraft saveDraft(UUID roundId, List<Answer> answers, Long expected) {
    Mine mine = mine(roundId, true);
    requireAnswerable(mine);
    List<Answer> checked =
        AnswerRules.check(answers, mine.version().content(), mine.invitation().roleLevel());
    UUID person = mine.invitation().personId();
    Optional<AnswerDraft> draft = store.draft(roundId, person);
    long actual = draft.map(AnswerDraft::version).orElse(0L);
    if (draft.isPresent() != (expected != null) || (expected != null && expected != actual)) {
      throw new StaleVersion(
          CompetenceProblemCode.ROUND_STALE_DRAFT,
          "Your draft of",
          mine.round().title(),
          expected == null ? 0 : expected,
          actual);
    }
    AnswerDraft saved;
    if (draft.isPresent()) {
      saved = draft.get();
      saved.rewrite(checked, now());
    } else {
      saved = new AnswerDraft(roundId, person, checked, now());
      store.add(saved);
    }
    store.flush();
    return saved;
  }

  /**
   * Submits the caller's answers, once. In an anonymous round they wait in {@code answer_pending}
   * for {@link AnswerMover}; the caller must call it after this transaction has committed.
   */
  public Mine submit(UUID roundId, List<Answer> answers) {
    Mine mine = mine(roundId, true);
    requireAnswerable(mine);
    RoundInvitation invitation = mine.invitation();
    List<Answer> checked =
        AnswerRules.check(answers, mine.version().content(), invitation.roleLevel());
    invitation.answered(today());
    store.draft(roundId, invitation.personId()).ifPresent(store::remove);
    if (mine.round().mode() == RoundMode.ANONYMOUS) {
      store.add(new AnswerPending(invitation, checked));
      store.flush();
    } else {
      AnswerSheet sheet = AnswerSheet.confidential(invitation);
      store.add(sheet);
      store.flush();
      checked.forEach(a -> store.add(new AnswerValue(sheet, a)));
      store.flush();
    }
    audit.wrote("competence.round.answered", Rounds.TARGET, roundId);
    return new Mine(mine.round(), mine.version(), mine.status(), invitation, false);
  }

  /** The caller's own answers to a confidential round; an anonymous round keeps none as theirs. */
  public OwnAnswers answers(UUID roundId) {
    Mine mine = mine(roundId, false);
    if (mine.round().mode() == RoundMode.ANONYMOUS) {
      throw new NoOwnAnswers(mine.round().title(), true);
    }
    AnswerSheet sheet =
        store
            .sheetOf(roundId, mine.invitation().personId())
            .orElseThrow(() -> new NoOwnAnswers(mine.round().title(), false));
    return new OwnAnswers(
        mine,
        AnswerRules.askedOf(mine.version().content(), mine.invitation().roleLevel()),
        store.values(sheet.id()).stream().map(AnswerValue::answer).toList());
  }

  private void requireAnswerable(Mine mine) {
    if (mine.status() == RoundStatus.CLOSED) {
      throw new RoundClosed(mine.round().title(), mine.round().lastDay());
    }
    if (mine.status() == RoundStatus.SCHEDULED) {
      throw new RoundNotOpen(mine.round().title(), mine.round().opensOn());
    }
    if (mine.invitation().hasAnswered()) {
      throw new AlreadyAnswered(mine.round().title());
    }
  }

  /** The round and the caller's invitation to it (locked, to change it), or 404. */
  private Mine mine(UUID roundId, boolean forUpdate) {
    UUID person = duties.callerPerson().orElseThrow(() -> new RoundNotFound(roundId));
    RoundInvitation invitation =
        (forUpdate ? store.invitationForUpdate(roundId, person) : store.invitation(roundId, person))
            .orElseThrow(() -> new RoundNotFound(roundId));
    SurveyRound round = store.find(roundId).orElseThrow(() -> new RoundNotFound(roundId));
    return new Mine(
        round,
        instruments.frozen(round.instrumentVersionId()),
        round.statusOn(today()),
        invitation,
        store.draft(roundId, person).isPresent());
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
