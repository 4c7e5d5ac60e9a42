package se.styrkedja.tenant.unit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitPathsTest {

  private static final UUID ROOT = UUID.fromString("0a1b2c3d-0000-4000-8000-000000000001");
  private static final UUID AREA = UUID.fromString("ffffffff-0000-4000-8000-000000000002");
  private static final UUID SCHOOL = UUID.fromString("00000000-0000-4000-8000-000000000003");

  @Test
  void aPathIsTheIdsFromTheRootDownEachFollowedByASlash() {
    String root = UnitPaths.root(ROOT);
    String area = UnitPaths.child(root, AREA);
    String school = UnitPaths.child(area, SCHOOL);

    assertEquals("/0a1b2c3d000040008000000000000001/", root);
    assertEquals(
        "/0a1b2c3d000040008000000000000001/ffffffff000040008000000000000002/"
            + "00000000000040008000000000000003/",
        school);
    assertEquals(0, UnitPaths.depth(root));
    assertEquals(1, UnitPaths.depth(area));
    assertEquals(2, UnitPaths.depth(school));
  }

  @Test
  void aUnitIsWithinItselfAndItsAncestorsOnly() {
    String root = UnitPaths.root(ROOT);
    String area = UnitPaths.child(root, AREA);
    String school = UnitPaths.child(area, SCHOOL);
    String sibling = UnitPaths.child(root, SCHOOL);

    assertTrue(UnitPaths.isWithin(school, root));
    assertTrue(UnitPaths.isWithin(school, area));
    assertTrue(UnitPaths.isWithin(school, school));
    assertFalse(UnitPaths.isWithin(area, school));
    assertFalse(UnitPaths.isWithin(school, sibling));
  }

  /**
   * The query's range [path, upperBound) must hold exactly the paths that start with path, in
   * binary order, also for ids that are prefixes of one another's hex digits or all f's.
   */
  @Test
  void theSubtreeRangeHoldsExactlyThePathsUnderTheUnit() {
    Random random = new Random(42);
    List<String> paths = new ArrayList<>();
    paths.add(UnitPaths.root(ROOT));
    for (int i = 0; i < 2000; i++) {
      String parent = paths.get(random.nextInt(paths.size()));
      UUID id =
          i % 50 == 0
              ? UUID.fromString("ffffffff-ffff-4fff-bfff-fffffffffff" + Integer.toHexString(i % 16))
              : new UUID(random.nextLong(), random.nextLong());
      paths.add(UnitPaths.child(parent, id));
    }
    for (int i = 0; i < 200; i++) {
      String top = paths.get(random.nextInt(paths.size()));
      String to = UnitPaths.upperBound(top);
      for (String p : paths) {
        boolean inRange = p.compareTo(top) >= 0 && p.compareTo(to) < 0;
        assertEquals(p.startsWith(top), inRange, p + " against " + top);
      }
    }
  }

  @Test
  void aMoveReplacesTheOldPrefixWithTheNewOne() {
    String root = UnitPaths.root(ROOT);
    String area = UnitPaths.child(root, AREA);
    String school = UnitPaths.child(area, SCHOOL);
    String newArea = UnitPaths.child(root, SCHOOL);
    String movedArea = UnitPaths.child(newArea, AREA);

    assertEquals(movedArea, UnitPaths.moved(area, area, movedArea));
    assertEquals(UnitPaths.child(movedArea, SCHOOL), UnitPaths.moved(school, area, movedArea));
    assertThrows(IllegalArgumentException.class, () -> UnitPaths.moved(root, area, movedArea));
  }

  @Test
  void theDeepestTreeFitsItsColumn() {
    String path = UnitPaths.root(ROOT);
    for (int depth = 1; depth <= UnitPaths.MAX_DEPTH; depth++) {
      path = UnitPaths.child(path, UUID.randomUUID());
    }
    assertEquals(UnitPaths.MAX_DEPTH, UnitPaths.depth(path));
    assertTrue(path.length() <= 1200, "the path column holds " + path.length() + " characters");
  }
}
