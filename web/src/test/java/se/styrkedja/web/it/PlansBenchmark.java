package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * Issue 4's targets, over HTTP against the running system on PostgreSQL with a real token: a
 * municipality with 300 school units and a local plan of 20 activities each; the tenant-wide
 * progress overview under 100 ms and one unit's plan under 30 ms at the 95th percentile, each
 * beside a trivial authenticated endpoint ({@code GET /api/me}) measured in the same run,
 * interleaved.
 *
 * <p>Measured twice: right after the municipality's rows are written in bulk, before PostgreSQL has
 * statistics for them (as after a first import), and after they are analysed. The targets hold in
 * both.
 *
 * <p>Not a test: run with {@code ./styrkedja bench} (docs/benchmarks.md).
 */
class PlansBenchmark {

  static final String TENANT = "bench";
  static final String YEAR = "2025/26";
  static final int AREAS = 10;
  static final int UNITS_PER_AREA = 30;
  static final int ACTIVITIES = 20;
  static final int WARM_UP = 50;
  static final int RUNS = 300;

  private record Figures(double p50, double p95, double max) {
    static Figures of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Figures(
          ms(sorted[sorted.length / 2]),
          ms(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]),
          ms(sorted[sorted.length - 1]));
    }

    static double ms(long nanos) {
      return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%7.2f / %7.2f / %7.2f", p50, p95, max);
    }
  }

  /** The tables the seed writes in bulk, whose statistics the planner would otherwise lack. */
  static final List<String> BULK_TABLES = List.of("unit", "plan", "activity", "follow_up");

  @Test
  void overviewAndUnitPlanBesideATrivialEndpoint() throws Exception {
    TestSystem system = TestSystem.get();
    // As a municipality right after its first import or a copied year: the rows are there, the
    // planner's statistics are not. Autovacuum is held off until the first measurement is done, so
    // that every run measures this case, and not sometimes this and sometimes the next (two
    // clusters of figures, 25 and 240 ms, before the overview stopped depending on statistics).
    autovacuum(system, false);
    List<UUID> plans;
    try {
      plans = seed(system);
      Keycloaks.createMunicipality(
          TENANT, "Benchmark kommun", "9999", "politiker.bench", "politiker");
      Api board = Api.as("politiker.bench");

      Answer overview = board.get("plans/overview?schoolYear=" + YEAR);
      assertEquals(200, overview.status(), overview.raw());
      JsonNode totals = overview.body().get("totals");
      assertEquals(AREAS * UNITS_PER_AREA, totals.get("units").asInt());
      assertEquals((long) AREAS * UNITS_PER_AREA * ACTIVITIES, totals.get("activities").asLong());

      measure(board, plans, "right after the bulk write, before the tables are analysed");
      analyse(system);
      measure(board, plans, "after ANALYZE");
    } finally {
      autovacuum(system, true);
    }
  }

  private static void measure(Api board, List<UUID> plans, String when) {
    Random random = new Random(42);
    Supplier<String> plan = () -> "plans/" + plans.get(random.nextInt(plans.size()));
    for (int i = 0; i < WARM_UP; i++) {
      ok(board.get("me"));
      ok(board.get("plans/overview?schoolYear=" + YEAR));
      ok(board.get(plan.get()));
    }
    long[] me = new long[RUNS];
    long[] all = new long[RUNS];
    long[] one = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      me[i] = timed(() -> board.get("me"));
      all[i] = timed(() -> board.get("plans/overview?schoolYear=" + YEAR));
      String p = plan.get();
      one[i] = timed(() -> board.get(p));
    }
    Figures baseline = Figures.of(me);
    Figures overviewFigures = Figures.of(all);
    Figures planFigures = Figures.of(one);
    System.out.printf(
        Locale.ROOT,
        "%nPlansBenchmark, %s: %d units x %d activities, %d runs after %d warm-up; HTTP round"
            + " trip, milliseconds p50 / p95 / max%n"
            + "  GET /api/me (baseline)             %s%n"
            + "  GET /api/plans/overview (tenant)   %s   p95 %.1fx baseline, target < 100 ms%n"
            + "  GET /api/plans/{id} (one unit)     %s   p95 %.1fx baseline, target < 30 ms%n"
            + "%s%s",
        when,
        AREAS * UNITS_PER_AREA,
        ACTIVITIES,
        RUNS,
        WARM_UP,
        baseline,
        overviewFigures,
        overviewFigures.p95() / baseline.p95(),
        planFigures,
        planFigures.p95() / baseline.p95(),
        RequestBenchmark.target(
            "plans overview p95 < 100 ms, " + when,
            overviewFigures.p95() < 100,
            String.format(Locale.ROOT, "%.1f ms", overviewFigures.p95())),
        RequestBenchmark.target(
            "one unit's plan p95 < 30 ms, " + when,
            planFigures.p95() < 30,
            String.format(Locale.ROOT, "%.1f ms", planFigures.p95())));
  }

  private static void autovacuum(TestSystem system, boolean on) throws SQLException {
    try (Connection c = system.superuser().getConnection();
        var s = c.createStatement()) {
      for (String table : BULK_TABLES) {
        s.execute("alter table " + table + " set (autovacuum_enabled = " + on + ")");
      }
    }
  }

  private static void analyse(TestSystem system) throws SQLException {
    try (Connection c = system.superuser().getConnection();
        var s = c.createStatement()) {
      for (String table : BULK_TABLES) {
        s.execute("analyze " + table);
      }
    }
  }

  private static long timed(Supplier<Answer> call) {
    long start = System.nanoTime();
    Answer a = call.get();
    long took = System.nanoTime() - start;
    ok(a);
    return took;
  }

  private static void ok(Answer a) {
    if (a.status() != 200) {
      throw new AssertionError(a.status() + " " + a.raw());
    }
  }

  /** The municipality, written straight into PostgreSQL (as its superuser): seconds, not hours. */
  private static List<UUID> seed(TestSystem system) throws SQLException {
    List<UUID> plans = new ArrayList<>();
    OffsetDateTime at = OffsetDateTime.of(2025, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    UUID strategy = UUID.randomUUID();
    UUID area = UUID.randomUUID();
    String[] statuses = {"PLANNED", "ONGOING", "ONGOING", "DONE", "CANCELLED"};
    try (Connection c = system.superuser().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement t =
          c.prepareStatement(
              "insert into tenant (id, name, municipality_code, status, created_at)"
                  + " values (?, 'Benchmark kommun', '9999', 'active', current_timestamp)")) {
        t.setString(1, TENANT);
        t.executeUpdate();
      }
      try (PreparedStatement unit =
              c.prepareStatement(
                  "insert into unit (id, tenant_id, type, name, parent_id, path, opened_on,"
                      + " version) values (?, ?, ?, ?, ?, ?, ?, 1)");
          PreparedStatement planRow =
              c.prepareStatement(
                  "insert into plan (id, tenant_id, kind, school_year, unit_id, title, summary,"
                      + " status, written_at_level, strategy_id, created_by, created_at,"
                      + " updated_by, updated_at, version)"
                      + " values (?, ?, 'LOCAL', ?, ?, ?, '', 'ACTIVE', 'rektor', ?, 'seed', ?,"
                      + " 'seed', ?, 1)");
          PreparedStatement activity =
              c.prepareStatement(
                  "insert into activity (id, tenant_id, plan_id, list_position, priority_area_id,"
                      + " goal_ids, title, description, target_levels, target_unit_ids,"
                      + " target_note, owner, starts_on, due_on, status, success_criteria,"
                      + " progress, updated_by, updated_at, version)"
                      + " values (?, ?, ?, ?, ?, '', ?, 'Beskrivning', 'larare', '', '', 'seed',"
                      + " ?, ?, ?, 'Kriterier', ?, 'seed', ?, 1)")) {
        UUID root = UUID.randomUUID();
        String rootPath = "/" + hex(root) + "/";
        addUnit(unit, root, "ADMINISTRATION", "Förvaltningen", null, rootPath);
        for (int a = 0; a < AREAS; a++) {
          UUID areaUnit = UUID.randomUUID();
          String areaPath = rootPath + hex(areaUnit) + "/";
          addUnit(unit, areaUnit, "SCHOOL_FORM_AREA", "Område " + a, root, areaPath);
          for (int u = 0; u < UNITS_PER_AREA; u++) {
            UUID school = UUID.randomUUID();
            addUnit(
                unit,
                school,
                "SCHOOL_UNIT",
                "Skola " + a + "-" + u,
                areaUnit,
                areaPath + hex(school) + "/");
            UUID planId = UUID.randomUUID();
            plans.add(planId);
            planRow.setObject(1, planId);
            planRow.setString(2, TENANT);
            planRow.setString(3, YEAR);
            planRow.setObject(4, school);
            planRow.setString(5, "Lokal handlingsplan " + a + "-" + u);
            planRow.setObject(6, strategy);
            planRow.setObject(7, at);
            planRow.setObject(8, at);
            planRow.addBatch();
            for (int i = 0; i < ACTIVITIES; i++) {
              activity.setObject(1, UUID.randomUUID());
              activity.setString(2, TENANT);
              activity.setObject(3, planId);
              activity.setInt(4, i + 1);
              activity.setObject(5, area);
              activity.setString(6, "Insats " + (i + 1));
              activity.setObject(7, LocalDate.of(2025, 9, 1));
              activity.setObject(8, LocalDate.of(2025, 10, 1).plusDays(i * 12L));
              activity.setString(9, statuses[i % statuses.length]);
              activity.setInt(10, i % statuses.length * 25);
              activity.setObject(11, at);
              activity.addBatch();
            }
          }
        }
        unit.executeBatch();
        planRow.executeBatch();
        activity.executeBatch();
      }
      c.commit();
    }
    return plans;
  }

  private static void addUnit(
      PreparedStatement unit, UUID id, String type, String name, UUID parent, String path)
      throws SQLException {
    unit.setObject(1, id);
    unit.setString(2, TENANT);
    unit.setString(3, type);
    unit.setString(4, name);
    unit.setObject(5, parent);
    unit.setString(6, path);
    unit.setObject(7, LocalDate.of(2017, 1, 1));
    unit.addBatch();
  }

  private static String hex(UUID id) {
    return id.toString().replace("-", "");
  }
}
