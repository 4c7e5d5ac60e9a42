package se.styrkedja.competence.result.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * How long protecting a large round takes: 300 units (an administration, 9 areas, 290 schools and
 * preschools) × 4 role levels, about 10,000 answers. Printed, not asserted: the results endpoint's
 * budget is p95 under 100 ms for everything, so this should take a few milliseconds.
 */
class SuppressionTimingTest {

  static CubeCounts largeRound(Random random, boolean schoolForms) {
    Cubes cubes = new Cubes().levels("forvaltning", "rektor", "forskolechef", "larare");
    cubes.unit("Förvaltningen").count("Förvaltningen", "forvaltning", form("GR", schoolForms), 12);
    for (int a = 0; a < 9; a++) {
      cubes.unit("Område " + a, "Förvaltningen");
      cubes.count("Område " + a, "rektor", form("GR", schoolForms), 1);
    }
    for (int s = 0; s < 290; s++) {
      String unit = "Enhet " + s;
      boolean preschool = s % 3 == 0;
      String form = form(preschool ? "FSK" : "GR", schoolForms);
      cubes.unit(unit, "Område " + s % 9);
      cubes.count(unit, preschool ? "forskolechef" : "rektor", form, 1 + random.nextInt(2));
      cubes.count(unit, "larare", form, 4 + random.nextInt(60));
    }
    return cubes.cube();
  }

  static String form(String form, boolean schoolForms) {
    return schoolForms ? form : null;
  }

  @Test
  void protectingThreeHundredUnitsTakesAFewMilliseconds() {
    for (boolean schoolForms : new boolean[] {false, true}) {
      CubeCounts cube = largeRound(new Random(11), schoolForms);
      long answers = cube.counts().stream().mapToLong(CubeCounts.GroupCount::answers).sum();
      SuppressionPattern pattern = null;
      for (int i = 0; i < 30; i++) {
        pattern = Suppression.protect(cube, 5); // warm-up: the JIT compiles the engine
      }
      // CPU time of this thread as well as wall time: the build machine is shared, and wall time
      // there says more about the neighbours than about the engine.
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] nanos = new long[15];
      long[] cpu = new long[15];
      for (int i = 0; i < nanos.length; i++) {
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        pattern = Suppression.protect(cube, 5);
        cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      Arrays.sort(cpu);
      System.out.printf(
          "300 units × 4 levels%s, %d answers: CPU median %.1f ms, slowest %.1f ms; wall median"
              + " %.1f ms, slowest %.1f ms; %d of %d cells withheld%n",
          schoolForms ? " with school forms" : "",
          answers,
          cpu[cpu.length / 2] / 1e6,
          cpu[cpu.length - 1] / 1e6,
          nanos[nanos.length / 2] / 1e6,
          nanos[nanos.length - 1] / 1e6,
          pattern.withheld().size(),
          pattern.withheld().size() + pattern.shown().size());
      assertTrue(pattern.isShown(ResultCellKey.target()));
    }
  }
}
