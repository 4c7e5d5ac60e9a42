package se.styrkedja.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BodyValuesTest {

  record Activity(String title, LocalDate dueOn) {}

  record Plan(String title, UUID unitId, List<Activity> activities) {}

  private static final RuntimeException CAUSE = new RuntimeException("JSON-B could not read it");

  @Test
  void aDateWithASixDigitYearIsNamedByItsField() {
    Problem problem =
        Problems.of(
            BodyValues.firstWrong(
                    "{\"title\":\"Läsplattor\",\"dueOn\":\"202612-01\"}", Activity.class, CAUSE)
                .orElseThrow());

    assertEquals(400, problem.status());
    assertEquals("core.request.invalid-date", problem.code());
    assertTrue(problem.detail().contains("'dueOn'"), problem.detail());
    assertEquals("dueOn", problem.errors().get(0).field());
    assertEquals("core.request.invalid-date", problem.errors().get(0).code());
  }

  @Test
  void aWrongValueInsideAListIsNamedWithItsPlace() {
    String json =
        "{\"title\":\"P\",\"unitId\":\""
            + UUID.randomUUID()
            + "\",\"activities\":[{\"title\":\"A\",\"dueOn\":\"2026-12-01\"},"
            + "{\"title\":\"B\",\"dueOn\":\"1 dec\"}]}";

    InvalidValue wrong = BodyValues.firstWrong(json, Plan.class, CAUSE).orElseThrow();

    assertEquals("activities[1].dueOn", wrong.errors().get(0).field());
  }

  @Test
  void aBodyThatIsNoJsonOrFitsItsTypeNamesNoField() {
    assertTrue(BodyValues.firstWrong("{\"title\":", Activity.class, CAUSE).isEmpty());
    assertTrue(
        BodyValues.firstWrong("{\"title\":\"A\",\"dueOn\":\"2026-12-01\"}", Activity.class, CAUSE)
            .isEmpty());
  }
}
