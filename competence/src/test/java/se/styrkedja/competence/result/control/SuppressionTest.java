package se.styrkedja.competence.result.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkedja.competence.result.control.Cubes.id;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  static ResultCellKey unit(String name) {
    return ResultCellKey.unit(id(name));
  }

  static ResultCellKey unitLevel(String name, String level) {
    return ResultCellKey.unitRoleLevel(id(name), level);
  }

  static SuppressionPattern protect(CubeCounts cube, int k) {
    SuppressionPattern pattern = Suppression.protect(cube, k);
    List<String> problems = new SuppressionAuditor(cube, pattern).problems();
    assertEquals(List.of(), problems, "the audit of the engine's own pattern");
    return pattern;
  }

  /** What a naive implementation publishes: every cell with enough answers. */
  static SuppressionPattern primaryOnly(CubeCounts cube, int k) {
    SuppressionPattern full = Suppression.protect(cube, k);
    SuppressionAuditor truth = new SuppressionAuditor(cube, full);
    List<ResultCell> shown = new ArrayList<>();
    List<SuppressedCell> withheld = new ArrayList<>();
    truth.count.forEach(
        (key, n) -> {
          if (n >= k) {
            shown.add(new ResultCell(key, Math.toIntExact(n)));
          } else {
            withheld.add(new SuppressedCell(key, null));
          }
        });
    return new SuppressionPattern(k, shown, withheld);
  }

  @Test
  void aSmallUnitCannotBeComputedFromTheWholeTargetMinusTheShownUnits() {
    CubeCounts cube =
        new Cubes()
            .unit("Ekskolan")
            .unit("Björkskolan")
            .unit("Lilla skolan")
            .count("Ekskolan", "larare", 8)
            .count("Björkskolan", "larare", 9)
            .count("Lilla skolan", "larare", 2)
            .cube();

    SuppressionPattern naive = primaryOnly(cube, 5);
    assertTrue(
        new SuppressionAuditor(cube, naive)
            .problems()
            .contains("withheld " + unit("Lilla skolan") + " (2) can be computed"),
        "19 - 8 - 9 gives the small school away when only it is withheld");

    SuppressionPattern pattern = protect(cube, 5);
    assertFalse(pattern.isShown(unit("Lilla skolan")));
    assertFalse(pattern.isShown(unit("Ekskolan")), "its smallest sibling is withheld with it");
    assertEquals(9, pattern.answers(unit("Björkskolan")).getAsInt());
    assertEquals(19, pattern.answers(ResultCellKey.target()).getAsInt());
    assertFalse(
        pattern.isShown(unitLevel("Ekskolan", "larare")),
        "the teachers of Ekskolan are all of Ekskolan: withheld alike");
    assertEquals(
        ResultCellKey.target(),
        pattern.suppressed(unit("Lilla skolan")).orElseThrow().shownInstead());
    assertFalse(pattern.commentsMayBeShown(unit("Lilla skolan")));
    assertTrue(pattern.commentsMayBeShown(unit("Björkskolan")));
  }

  @Test
  void aSingleSmallChildAmongShownSiblingsTakesItsSmallestSiblingAlong() {
    CubeCounts cube =
        new Cubes()
            .unit("Område Norr")
            .unit("A", "Område Norr")
            .unit("B", "Område Norr")
            .unit("C", "Område Norr")
            .count("A", "larare", 6)
            .count("B", "larare", 7)
            .count("C", "larare", 3)
            .cube();

    SuppressionPattern pattern = protect(cube, 5);

    assertEquals(16, pattern.answers(unit("Område Norr")).getAsInt());
    assertFalse(pattern.isShown(unit("C")));
    assertFalse(pattern.isShown(unit("A")));
    assertTrue(pattern.isShown(unit("B")));
    assertEquals(unit("Område Norr"), pattern.suppressed(unit("C")).orElseThrow().shownInstead());
    assertEquals(unit("Område Norr"), pattern.suppressed(unit("A")).orElseThrow().shownInstead());
  }

  @Test
  void theTenantsMinimumDecides() {
    CubeCounts cube =
        new Cubes()
            .unit("Område Norr")
            .unit("A", "Område Norr")
            .unit("B", "Område Norr")
            .unit("C", "Område Norr")
            .count("A", "larare", 6)
            .count("B", "larare", 7)
            .count("C", "larare", 3)
            .cube();

    SuppressionPattern three = protect(cube, 3);
    SuppressionPattern five = protect(cube, 5);

    assertEquals(List.of(), three.withheld(), "with a minimum of 3 every group may be shown");
    assertEquals(3, three.answers(unit("C")).getAsInt());
    assertFalse(five.isShown(unit("C")));
    assertFalse(five.isShown(unit("A")));
    assertThrows(IllegalArgumentException.class, () -> Suppression.protect(cube, 2));
  }

  @Test
  void theStaffAtTheSchoolUnitItselfAreProtectedLikeAChildUnit() {
    // The school unit's own answers (its principal's staff) beside two preschools under it.
    CubeCounts cube =
        new Cubes()
            .unit("Skolan")
            .unit("Förskolan Ek", "Skolan")
            .unit("Förskolan Lind", "Skolan")
            .count("Skolan", "larare", 2)
            .count("Förskolan Ek", "larare", 6)
            .count("Förskolan Lind", "larare", 7)
            .cube();

    SuppressionPattern naive = primaryOnly(cube, 5);
    assertTrue(
        new SuppressionAuditor(cube, naive)
            .problems()
            .contains("own answers at " + id("Skolan") + " (2) can be computed"),
        "15 - 6 - 7 gives the two answers at the school unit itself away");

    SuppressionPattern pattern = protect(cube, 5);

    assertEquals(15, pattern.answers(unit("Skolan")).getAsInt());
    assertFalse(pattern.isShown(unit("Förskolan Ek")), "the smaller preschool covers them");
    assertEquals(7, pattern.answers(unit("Förskolan Lind")).getAsInt());
    assertEquals(
        unit("Skolan"), pattern.suppressed(unit("Förskolan Ek")).orElseThrow().shownInstead());
  }

  @Test
  void leadersBesideTeachersShowWhereThereAreEnoughLeaders() {
    Cubes cubes = new Cubes().unit("Område Syd");
    for (String school : List.of("S1", "S2", "S3")) {
      cubes.unit(school, "Område Syd").count(school, "rektor", 2).count(school, "larare", 20);
    }
    CubeCounts cube = cubes.cube();

    SuppressionPattern pattern = protect(cube, 5);

    assertEquals(6, pattern.answers(unitLevel("Område Syd", "rektor")).getAsInt());
    assertEquals(60, pattern.answers(unitLevel("Område Syd", "larare")).getAsInt());
    for (String school : List.of("S1", "S2", "S3")) {
      assertEquals(22, pattern.answers(unit(school)).getAsInt());
      assertFalse(pattern.isShown(unitLevel(school, "rektor")));
      assertFalse(
          pattern.isShown(unitLevel(school, "larare")),
          "22 - teachers would give the two principals away");
      assertEquals(
          unitLevel("Område Syd", "rektor"),
          pattern.suppressed(unitLevel(school, "rektor")).orElseThrow().shownInstead());
    }
  }

  @Test
  void whereNoLevelOfAUnitCanBeShownTheUnitAsAWholeIsPointedTo() {
    CubeCounts cube =
        new Cubes()
            .unit("Skolan")
            .count("Skolan", "rektor", 1)
            .count("Skolan", "larare", 20)
            .cube();

    SuppressionPattern pattern = protect(cube, 5);

    assertEquals(21, pattern.answers(unit("Skolan")).getAsInt());
    assertFalse(pattern.isShown(ResultCellKey.roleLevel("larare")));
    assertEquals(
        unit("Skolan"),
        pattern.suppressed(unitLevel("Skolan", "larare")).orElseThrow().shownInstead());
  }

  @Test
  void aSchoolFormBesideTheUnitsWouldGiveTheOnlySmallSchoolOfItsFormAway() {
    CubeCounts cube =
        new Cubes()
            .unit("Grundskolan X")
            .unit("Gymnasiet Y")
            .unit("Grundskolan V")
            .count("Grundskolan X", "larare", "GR", 10)
            .count("Gymnasiet Y", "larare", "GY", 3)
            .count("Grundskolan V", "larare", "GR", 6)
            .cube();

    SuppressionPattern pattern = protect(cube, 5);

    assertFalse(pattern.isShown(ResultCellKey.schoolForm("GY")));
    assertFalse(pattern.isShown(ResultCellKey.schoolForm("GR")), "19 - 16 would be the gymnasium");
    assertFalse(pattern.isShown(unit("Gymnasiet Y")));
  }

  @Test
  void nothingIsWithheldWhenEveryGroupIsLargeEnough() {
    Cubes cubes = new Cubes().unit("Förvaltningen").forms("GR", "FSK");
    for (int i = 0; i < 6; i++) {
      cubes.unit("E" + i, "Förvaltningen");
      for (String level : List.of("rektor", "larare")) {
        for (String form : List.of("GR", "FSK")) {
          cubes.count("E" + i, level, form, 5 + i);
        }
      }
    }
    cubes.count("Förvaltningen", "rektor", "GR", 5).count("Förvaltningen", "larare", "GR", 5);
    cubes.count("Förvaltningen", "rektor", "FSK", 5).count("Förvaltningen", "larare", "FSK", 5);

    SuppressionPattern pattern = protect(cubes.cube(), 5);

    assertEquals(List.of(), pattern.withheld());
  }

  @Test
  void anEmptyGroupIsWithheldLikeASmallOneAndCostsNoOtherCell() {
    CubeCounts cube =
        new Cubes()
            .unit("A")
            .unit("B")
            .levels("rektor", "larare")
            .count("A", "larare", 10)
            .count("B", "larare", 12)
            .cube();

    SuppressionPattern pattern = protect(cube, 5);

    assertEquals(
        Set.of(
            ResultCellKey.roleLevel("rektor"), unitLevel("A", "rektor"), unitLevel("B", "rektor")),
        Set.copyOf(pattern.withheld().stream().map(SuppressedCell::key).toList()),
        "nobody answered as a principal; no one else is withheld for it");
    assertEquals(
        unit("A"), pattern.suppressed(unitLevel("A", "rektor")).orElseThrow().shownInstead());
  }

  @Test
  void theSameAnswersGiveTheSamePatternWhateverTheirOrder() {
    Random random = new Random(7);
    Cubes cubes = new Cubes().unit("Root");
    for (int i = 0; i < 12; i++) {
      cubes.unit("U" + i, i < 3 ? "Root" : "U" + random.nextInt(i));
      cubes.count("U" + i, "rektor", random.nextInt(3));
      cubes.count("U" + i, "larare", random.nextInt(12));
    }
    CubeCounts cube = cubes.cube();
    List<CubeCounts.TargetUnit> units = new ArrayList<>(cube.units());
    List<CubeCounts.GroupCount> counts = new ArrayList<>(cube.counts());
    Collections.shuffle(units, random);
    Collections.shuffle(counts, random);
    CubeCounts shuffled =
        new CubeCounts(units, List.of("larare", "rektor"), cube.schoolForms(), counts);

    SuppressionPattern one = protect(cube, 5);
    SuppressionPattern other = protect(shuffled, 5);

    assertEquals(one.shown(), other.shown());
    assertEquals(one.withheld(), other.withheld());
  }

  @Test
  void aCountForAGroupTheCubeDoesNotHaveIsRefused() {
    CubeCounts cube =
        new CubeCounts(
            List.of(new CubeCounts.TargetUnit(id("A"), null)),
            List.of("larare"),
            List.of(),
            List.of(new CubeCounts.GroupCount(id("B"), "larare", null, 3)));
    assertThrows(IllegalArgumentException.class, () -> Suppression.protect(cube, 5));
  }
}
