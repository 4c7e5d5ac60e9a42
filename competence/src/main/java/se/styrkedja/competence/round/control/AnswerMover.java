package se.styrkedja.competence.round.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.styrkedja.competence.round.entity.Answer;
import se.styrkedja.competence.round.entity.AnswerPending;
import se.styrkedja.competence.round.entity.AnswerSheet;
import se.styrkedja.competence.round.entity.AnswerValue;
import se.styrkedja.competence.round.entity.RoundStatus;
import se.styrkedja.competence.round.entity.SurveyRound;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;

/**
 * Moves an anonymous round's pending answers into answer sheets, in a transaction of its own, never
 * the one that marked anyone's participation: so no sheet shares an {@code xmin} with an
 * invitation, and the sheets of a batch are written in shuffled order, so neither their heap order
 * nor anything else orders them by submission. A batch is moved only once it holds at least the
 * tenant's minimum group size of answers, or when the round has closed (then whatever is left).
 *
 * <p>The rows are taken {@code for update skip locked}: two movers at once (two submissions
 * finishing together, on two servers) never move a row twice, and neither waits for the other; a
 * batch one of them leaves short is moved by the next submission or at closing.
 *
 * <p>A reviewed place for native SQL in a tenant code path (DESIGN.md): two fixed statements with
 * bound parameters, on the transaction's connection, under the bound tenant's row-level security.
 */
@ApplicationScoped
public class AnswerMover {

  private static final Logger LOG = Logger.getLogger(AnswerMover.class.getName());

  /** The smallest group a tenant may set, and the default when it has set none. */
  static final int LEAST_GROUP = 3;

  static final int DEFAULT_GROUP = 5;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject RoundStore rounds;
  @Inject Clock clock;
  // Through its proxy, so that move runs in a transaction of its own.
  @Inject AnswerMover self;

  /**
   * Moves the round's pending answers if there are enough of them, or all of them if the round has
   * closed. Never throws: what it could not move stays pending, and the next submission, the
   * closing or the next read of results moves it.
   *
   * @return how many answers it moved
   */
  public int settle(UUID roundId) {
    try {
      return self.move(roundId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "pending answers of round " + roundId + " not moved yet", e);
      return 0;
    }
  }

  /** As {@link #settle}, but throws what went wrong. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int move(UUID roundId) {
    EntityManager em = tenantEm.get();
    SurveyRound round = rounds.find(roundId).orElse(null);
    if (round == null) {
      return 0;
    }
    List<UUID> ids = lockPending(em, roundId);
    boolean closed = round.statusOn(Clocks.today(clock)) == RoundStatus.CLOSED;
    if (ids.isEmpty() || (!closed && ids.size() < minGroupSize(em))) {
      return 0;
    }
    List<AnswerPending> pending =
        new ArrayList<>(
            em.createQuery("select p from AnswerPending p where p.id in :ids", AnswerPending.class)
                .setParameter("ids", ids)
                .getResultList());
    Collections.shuffle(pending, RANDOM);
    // Sheets first, then their values: they refer to each other by id only, so EclipseLink does
    // not order the inserts itself.
    List<AnswerValue> values = new ArrayList<>();
    for (AnswerPending p : pending) {
      AnswerSheet sheet = AnswerSheet.anonymous(p);
      em.persist(sheet);
      for (Answer a : p.answers()) {
        values.add(new AnswerValue(sheet, a));
      }
    }
    em.flush();
    values.forEach(em::persist);
    em.flush();
    pending.forEach(em::remove);
    em.flush();
    return pending.size();
  }

  /**
   * The round's pending answers that no other transaction holds, locked for this one. Through the
   * transaction's own connection (EclipseLink runs no native query beside multitenant entities),
   * which the tenant entity manager has bound to the tenant for row-level security.
   */
  private List<UUID> lockPending(EntityManager em, UUID roundId) {
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement q =
        connection.prepareStatement(
            "select id from answer_pending where tenant_id = ? and round_id = ?"
                + " for update skip locked")) {
      q.setString(1, tenant.require().value());
      q.setObject(2, roundId);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getObject(1, UUID.class));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the round's pending answers", e);
    }
  }

  /** The tenant's minimum group size: 5 unless it has set one, never below 3. */
  private int minGroupSize(EntityManager em) {
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement q =
        connection.prepareStatement(
            "select min_group_size from competence_setting where tenant_id = ?")) {
      q.setString(1, tenant.require().value());
      try (ResultSet rs = q.executeQuery()) {
        return Math.max(LEAST_GROUP, rs.next() ? rs.getInt(1) : DEFAULT_GROUP);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the minimum group size", e);
    }
  }
}
