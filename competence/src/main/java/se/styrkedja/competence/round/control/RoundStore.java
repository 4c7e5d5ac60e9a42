package se.styrkedja.competence.round.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.competence.round.entity.AnswerDraft;
import se.styrkedja.competence.round.entity.AnswerSheet;
import se.styrkedja.competence.round.entity.AnswerValue;
import se.styrkedja.competence.round.entity.RoundInvitation;
import se.styrkedja.competence.round.entity.SurveyRound;
import se.styrkedja.core.persistence.TenantEntityManager;

/** JPA access for rounds, their invitations, drafts and confidential sheets. */
@ApplicationScoped
public class RoundStore {

  /** Invited and answered, of a round or of one unit of it. */
  public record Counts(long invited, long answered) {
    static final Counts NONE = new Counts(0, 0);
  }

  @Inject TenantEntityManager tenantEm;

  public Optional<SurveyRound> find(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(SurveyRound.class, id));
  }

  public Optional<SurveyRound> findForUpdate(UUID id) {
    return Optional.ofNullable(
        tenantEm.get().find(SurveyRound.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Every round, the latest to close first. */
  public List<SurveyRound> list() {
    return tenantEm
        .get()
        .createQuery(
            "select r from SurveyRound r order by r.closesOn desc, r.title, r.id",
            SurveyRound.class)
        .getResultList();
  }

  /** Invited and answered per round, in one query. */
  public Map<UUID, Counts> counts() {
    Map<UUID, Counts> out = new HashMap<>();
    for (Object[] row :
        tenantEm
            .get()
            .createQuery(
                "select i.roundId, count(i), count(i.answeredOn) from RoundInvitation i"
                    + " group by i.roundId",
                Object[].class)
            .getResultList()) {
      out.put((UUID) row[0], new Counts((Long) row[1], (Long) row[2]));
    }
    return out;
  }

  public Counts counts(UUID roundId) {
    return countsByUnit(roundId).values().stream()
        .reduce(
            Counts.NONE,
            (a, b) -> new Counts(a.invited() + b.invited(), a.answered() + b.answered()));
  }

  /** Invited and answered per unit of the round's population. */
  public Map<UUID, Counts> countsByUnit(UUID roundId) {
    Map<UUID, Counts> out = new HashMap<>();
    for (Object[] row :
        tenantEm
            .get()
            .createQuery(
                "select i.unitId, count(i), count(i.answeredOn) from RoundInvitation i"
                    + " where i.roundId = :r group by i.unitId",
                Object[].class)
            .setParameter("r", roundId)
            .getResultList()) {
      out.put((UUID) row[0], new Counts((Long) row[1], (Long) row[2]));
    }
    return out;
  }

  public Optional<RoundInvitation> invitation(UUID roundId, UUID personId) {
    return Optional.ofNullable(
        tenantEm.get().find(RoundInvitation.class, new RoundInvitation.Key(roundId, personId)));
  }

  /** The invitation, locked: one person's saves and submission follow one another. */
  public Optional<RoundInvitation> invitationForUpdate(UUID roundId, UUID personId) {
    return Optional.ofNullable(
        tenantEm
            .get()
            .find(
                RoundInvitation.class,
                new RoundInvitation.Key(roundId, personId),
                LockModeType.PESSIMISTIC_WRITE));
  }

  /** Everyone invited to the round who has not answered. */
  public List<RoundInvitation> unanswered(UUID roundId) {
    return tenantEm
        .get()
        .createQuery(
            "select i from RoundInvitation i where i.roundId = :r and i.answeredOn is null",
            RoundInvitation.class)
        .setParameter("r", roundId)
        .getResultList();
  }

  /** The person's invitations, to any round. */
  public List<RoundInvitation> invitationsOf(UUID personId) {
    return tenantEm
        .get()
        .createQuery("select i from RoundInvitation i where i.personId = :p", RoundInvitation.class)
        .setParameter("p", personId)
        .getResultList();
  }

  public Optional<AnswerDraft> draft(UUID roundId, UUID personId) {
    return Optional.ofNullable(
        tenantEm.get().find(AnswerDraft.class, new RoundInvitation.Key(roundId, personId)));
  }

  /** The rounds (of these) for which the person has a draft. */
  public List<UUID> roundsWithDraft(UUID personId) {
    return tenantEm
        .get()
        .createQuery("select d.roundId from AnswerDraft d where d.personId = :p", UUID.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /** A confidential round's sheet of this person. */
  public Optional<AnswerSheet> sheetOf(UUID roundId, UUID personId) {
    return tenantEm
        .get()
        .createQuery(
            "select s from AnswerSheet s where s.roundId = :r and s.personId = :p",
            AnswerSheet.class)
        .setParameter("r", roundId)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst();
  }

  public List<AnswerValue> values(UUID sheetId) {
    return tenantEm
        .get()
        .createQuery("select v from AnswerValue v where v.sheetId = :s", AnswerValue.class)
        .setParameter("s", sheetId)
        .getResultList();
  }

  public void add(Object entity) {
    tenantEm.get().persist(entity);
  }

  public void remove(Object entity) {
    tenantEm.get().remove(entity);
  }

  public void flush() {
    tenantEm.get().flush();
  }
}
