package se.styrkedja.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(Problems.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(capture);
  }

  @Test
  void aFaultAnswers500WithNothingInternalAndLogsTheInstanceItCarries() {
    IllegalStateException fault =
        new IllegalStateException("connection to db.internal:5432 as styrkedja_owner failed");

    Problem problem = Problems.of(fault);

    assertEquals(500, problem.status());
    assertEquals("core.internal", problem.code());
    String shown = problem.title() + problem.detail() + problem.type() + problem.errors();
    assertFalse(shown.contains("db.internal"), shown);
    assertFalse(shown.contains("IllegalStateException"), shown);
    assertTrue(problem.instance().startsWith("urn:uuid:"));
    assertEquals(1, logged.size());
    assertEquals(Level.SEVERE, logged.get(0).getLevel());
    assertTrue(logged.get(0).getMessage().contains(problem.instance()));
    assertSame(fault, logged.get(0).getThrown(), "the operator gets the stack trace");
  }

  @Test
  void aBusinessConditionWrappedByTheContainerIsUnwrapped() {
    UUID id = UUID.randomUUID();
    Problem problem =
        Problems.of(new EJBException(new NotFound(() -> "tenant.note.not-found", "Note", id)));

    assertEquals(404, problem.status());
    assertEquals("tenant.note.not-found", problem.code());
    assertEquals("https://styrkedja.se/problems/not-found", problem.type());
    assertTrue(problem.detail().contains(id.toString()));
    assertTrue(logged.stream().noneMatch(r -> r.getLevel() == Level.SEVERE), "4xx is no error");
  }

  @Test
  void aConcurrentUpdateFoundAtCommitIsAConflict() {
    TransactionalException atCommit =
        new TransactionalException("commit failed", new RollbackException("rolled back"));
    atCommit.getCause().initCause(new OptimisticLockException("row changed"));

    assertEquals(409, Problems.of(atCommit).status());
  }

  @Test
  void twoTransactionsMeetingInTheDatabaseAreAConflictNotAFault() {
    for (String state : List.of("40P01", "40001", "23505")) {
      // As EclipseLink reports it at a flush: PersistenceException > DatabaseException > driver's.
      RuntimeException atFlush =
          new PersistenceException(
              "flush failed", new RuntimeException("database", new SQLException("race", state)));
      Problem problem = Problems.of(atFlush);
      assertEquals(409, problem.status(), state);
      assertEquals("core.persistence.concurrent-update", problem.code(), state);
    }
    TransactionalException atCommit =
        new TransactionalException("commit failed", new RollbackException("rolled back"));
    atCommit.getCause().initCause(new SQLException("deadlock detected", "40P01"));
    assertEquals(409, Problems.of(atCommit).status());

    BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", null, 0, null);
    batch.setNextException(new SQLException("duplicate key value", "23505"));
    assertEquals(409, Problems.of(new PersistenceException(batch)).status());
  }

  @Test
  void anyOtherDatabaseFaultStaysA500() {
    assertEquals(
        500,
        Problems.of(new RuntimeException(new SQLException("no such column", "42703"))).status());
  }

  @Test
  void staleVersionsSayWhatToDo() {
    Problem problem =
        Problems.of(new StaleVersion(() -> "tenant.note.stale-version", "Note", "n1", 3, 4));
    assertEquals(409, problem.status());
    assertTrue(problem.detail().contains("Reload"));
  }

  @Test
  void aBusinessConditionAboutAFieldNamesIt() {
    class ParentClosed extends DomainProblem {
      ParentClosed() {
        super(
            Kind.CONFLICT,
            () -> "tenant.unit.parent-closed",
            "Parent is closed",
            "A closed unit cannot get new units.",
            List.of(new FieldError("parentId", "is closed")));
      }
    }

    Problem problem = Problems.of(new ParentClosed());

    assertEquals(409, problem.status());
    assertEquals(
        List.of(new FieldError("parentId", "tenant.unit.parent-closed", "is closed")),
        problem.errors(),
        "a field error without its own code carries the problem's, so a client can word it");
  }
}
