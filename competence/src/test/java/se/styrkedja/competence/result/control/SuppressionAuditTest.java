package se.styrkedja.competence.result.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random cubes, seeded so every run audits the same ones: for each, the engine's pattern is handed
 * to the independent {@link SuppressionAuditor}, which must find nothing.
 */
class SuppressionAuditTest {

  // Another seed or more cubes for a longer hunt: -Dsuppression.audit.seed=...
  // -Dsuppression.audit.cubes=...
  static final long SEED = Long.getLong("suppression.audit.seed", 20261202L);
  static final int CUBES = Integer.getInteger("suppression.audit.cubes", 400);
  static final int MOST_UNITS = Integer.getInteger("suppression.audit.units", 7);

  static final List<String> LEVELS = List.of("forvaltning", "rektor", "larare");
  static final List<String> FORMS = List.of("FSK", "GR");

  /** Mostly small trees with many small and empty groups, where suppression has work to do. */
  static CubeCounts randomCube(Random random) {
    int units = 1 + random.nextInt(MOST_UNITS);
    int levels = 1 + random.nextInt(LEVELS.size());
    int forms = random.nextInt(FORMS.size() + 1);
    boolean withoutForm = forms == 0 || random.nextInt(4) == 0;
    Cubes cubes = new Cubes();
    cubes.levels(LEVELS.subList(0, levels).toArray(String[]::new));
    cubes.forms(FORMS.subList(0, forms).toArray(String[]::new));
    for (int u = 0; u < units; u++) {
      String parent = u == 0 || random.nextInt(5) == 0 ? null : "U" + random.nextInt(u);
      cubes.unit("U" + u, parent);
    }
    double empty = 0.2 + 0.5 * random.nextDouble();
    for (int u = 0; u < units; u++) {
      for (int l = 0; l < levels; l++) {
        for (int f = withoutForm ? -1 : 0; f < forms; f++) {
          if (random.nextDouble() < empty) {
            continue;
          }
          int roll = random.nextInt(100);
          int answers =
              roll < 50
                  ? 1 + random.nextInt(4)
                  : roll < 85 ? 5 + random.nextInt(8) : 13 + random.nextInt(18);
          cubes.count("U" + u, LEVELS.get(l), f < 0 ? null : FORMS.get(f), answers);
        }
      }
    }
    return cubes.cube();
  }

  /** A cube in few words: units by their index and parent, counts as unit/level/form=answers. */
  static String describe(CubeCounts cube) {
    List<java.util.UUID> ids = cube.units().stream().map(CubeCounts.TargetUnit::id).toList();
    StringBuilder text = new StringBuilder("units");
    for (CubeCounts.TargetUnit u : cube.units()) {
      text.append(' ').append(ids.indexOf(u.id())).append('<').append(ids.indexOf(u.parentId()));
    }
    text.append("; counts");
    for (CubeCounts.GroupCount c : cube.counts()) {
      text.append(' ')
          .append(ids.indexOf(c.unitId()))
          .append('/')
          .append(c.roleLevel())
          .append('/')
          .append(c.schoolForm())
          .append('=')
          .append(c.answers());
    }
    return text.toString();
  }

  @Test
  void noWithheldGroupCanBeComputedOrNarrowedInsideTheMinimum() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    List<String> unionsBesideSchoolForms = new ArrayList<>();
    int withheld = 0;
    int cells = 0;
    int exhaustive = 0;
    int withForms = 0;
    for (int i = 0; i < CUBES; i++) {
      CubeCounts cube = randomCube(random);
      int k = random.nextBoolean() ? 3 : 5;
      SuppressionPattern pattern = Suppression.protect(cube, k);
      SuppressionAuditor auditor = new SuppressionAuditor(cube, pattern);
      List<String> problems = new ArrayList<>(auditor.problems());
      List<String> unions = auditor.computableSmallUnions();
      boolean formsPublished = !cube.schoolForms().isEmpty();
      exhaustive += auditor.triedEveryUnion ? 1 : 0;
      withForms += formsPublished && auditor.triedEveryUnion ? 1 : 0;
      if (formsPublished) {
        for (String u : unions) {
          unionsBesideSchoolForms.add("cube " + i + ": " + u);
        }
      }
      // Beside a school-form breakdown too: a computable small union is a leak, whatever search
      // missed it (docs/architecture.md says where the engine's search is known to be incomplete).
      problems.addAll(unions);
      if (!problems.isEmpty()) {
        failures.add("cube " + i + " (k=" + k + "): " + problems + " in " + describe(cube));
      }
      withheld += pattern.withheld().size();
      cells += pattern.withheld().size() + pattern.shown().size();
    }
    System.out.printf(
        "audited %d cubes (every union of finest groups tried in %d): %d of %d cells withheld%n",
        CUBES, exhaustive, withheld, cells);
    System.out.printf(
        "beside a school-form breakdown: %d computable small unions in %d exhaustively tried cubes"
            + " %s%n",
        unionsBesideSchoolForms.size(), withForms, unionsBesideSchoolForms);
    assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " cubes fail");
  }

  @Test
  void cubesWhereEveryGroupIsLargeLoseNothing() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 100; i++) {
      int units = 1 + random.nextInt(10);
      Cubes cubes = new Cubes().forms("FSK", "GR");
      for (int u = 0; u < units; u++) {
        cubes.unit("U" + u, u == 0 ? null : "U" + random.nextInt(u));
        for (String level : LEVELS) {
          for (String form : FORMS) {
            cubes.count("U" + u, level, form, 5 + random.nextInt(20));
          }
        }
      }
      SuppressionPattern pattern = Suppression.protect(cubes.cube(), 5);
      assertEquals(List.of(), pattern.withheld(), "cube " + i);
    }
  }

  @Test
  void theEngineWithholdsLittleMoreThanTheSmallGroupsNeed() {
    // One small group among large ones costs it and at most one partner per breakdown it is in.
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 100; i++) {
      int units = 3 + random.nextInt(8);
      Cubes cubes = new Cubes();
      int small = random.nextInt(units);
      for (int u = 0; u < units; u++) {
        cubes.unit("U" + u, u == 0 ? null : "U" + random.nextInt(u));
        cubes.count("U" + u, "larare", u == small ? 1 + random.nextInt(4) : 5 + random.nextInt(20));
      }
      CubeCounts cube = cubes.cube();
      SuppressionPattern pattern = Suppression.protect(cube, 5);
      assertEquals(List.of(), new SuppressionAuditor(cube, pattern).problems(), "cube " + i);
      // A unit with a single level: its unit cell and its unit × level cell are one group, and so
      // are the target and the level. The small unit and one partner, each in two breakdowns, and
      // (when the small one is the top) the target: at most 6 cells.
      assertTrue(pattern.withheld().size() <= 6, "cube " + i + ": " + pattern.withheld());
    }
  }
}
