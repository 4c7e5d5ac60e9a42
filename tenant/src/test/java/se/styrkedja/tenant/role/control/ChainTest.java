package se.styrkedja.tenant.role.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a municipality admin does with its chain: rename, add, reorder; keys never change. */
class ChainTest {

  private final Chain standard = Chain.standard();

  @Test
  void theStandardChainHasFourStepsAndTheBoardOnTop() {
    assertEquals(
        List.of(
            List.of("politiker"),
            List.of("forvaltning"),
            List.of("rektor", "forskolechef"),
            List.of("larare")),
        standard.steps());
    assertTrue(standard.isTop("politiker"));
    assertFalse(standard.isTop("admin"));
    assertFalse(standard.isTop("nobody"));
  }

  @Test
  void renamingKeepsKeyAndPlace() {
    Chain renamed = standard.rename("rektor", "Skolledare");
    assertEquals(new Level("rektor", "Skolledare", 2), renamed.level("rektor").orElseThrow());
    assertEquals(standard.steps(), renamed.steps());
    assertThrows(LevelNotFound.class, () -> standard.rename("rektorer", "X"));
  }

  @Test
  void aNewLevelJoinsAStepEndsTheChainOrStandsBeside() {
    Chain joined = standard.add("bitradande-rektor", "Biträdande rektor", 2);
    assertEquals(List.of("rektor", "forskolechef", "bitradande-rektor"), joined.steps().get(2));
    Chain last = standard.add("elev", "Elev", 4);
    assertEquals(List.of("elev"), last.steps().get(4));
    Chain beside = standard.add("skolbibliotek", "Skolbibliotek", -1);
    assertFalse(beside.level("skolbibliotek").orElseThrow().inChain());
    assertEquals(standard.steps(), beside.steps());
  }

  @Test
  void aNewLevelNeedsAFreeWellFormedKeyAndARankInTheChain() {
    assertThrows(LevelExists.class, () -> standard.add("rektor", "Rektor 2", 2));
    assertEquals(
        "key",
        assertThrows(InvalidLevel.class, () -> standard.add("Rektor", "R", 2))
            .errors()
            .get(0)
            .field());
    assertThrows(InvalidLevel.class, () -> standard.add("1a", "R", 2));
    assertThrows(InvalidLevel.class, () -> standard.add("a".repeat(41), "R", 2));
    assertEquals(
        "rank",
        assertThrows(InvalidLevel.class, () -> standard.add("elev", "Elev", 5))
            .errors()
            .get(0)
            .field());
    assertThrows(InvalidLevel.class, () -> standard.add("elev", "Elev", -2));
  }

  @Test
  void reorderingGivesEachStepItsRankAndKeepsTheFunctions() {
    Chain reordered =
        standard.reorder(
            List.of(
                List.of("forvaltning"),
                List.of("politiker"),
                List.of("rektor"),
                List.of("forskolechef", "larare")));
    assertTrue(reordered.isTop("forvaltning"));
    assertFalse(reordered.isTop("politiker"));
    assertEquals(3, reordered.level("larare").orElseThrow().rank());
    assertEquals(standard.functions(), reordered.functions());
    assertEquals("Rektor", reordered.level("rektor").orElseThrow().name());
  }

  @Test
  void anOrderThatDoesNotListExactlyTheChainIsAConflict() {
    List<List<List<String>>> bad =
        List.of(
            List.of(List.of("politiker"), List.of("forvaltning"), List.of("rektor")),
            List.of(
                List.of("politiker"),
                List.of("forvaltning"),
                List.of("rektor", "forskolechef"),
                List.of("larare"),
                List.of("admin")),
            List.of(
                List.of("politiker", "politiker"),
                List.of("forvaltning"),
                List.of("rektor", "forskolechef"),
                List.of("larare")),
            List.of(
                List.of("politiker"),
                List.of(),
                List.of("forvaltning"),
                List.of("rektor", "forskolechef"),
                List.of("larare")));
    for (List<List<String>> order : bad) {
      assertThrows(ChainOrderMismatch.class, () -> standard.reorder(order), order.toString());
    }
  }

  @Test
  void addingAfterAReorderWithGapsCountsStepsWithoutGaps() {
    Chain gapped =
        new Chain(List.of(new Level("a", "A", 0), new Level("b", "B", 5), new Level("x", "X", -1)));
    Chain added = gapped.add("c", "C", 2);
    assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), added.steps());
    assertEquals(1, added.level("b").orElseThrow().rank());
  }
}
