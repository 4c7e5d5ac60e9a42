package se.styrkedja.competence.result.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An attacker's view of a published pattern, built from nothing but the cube and the pattern: it
 * knows every shown cell's count and what each cell covers, and works out what the withheld cells
 * can be. It does not use the engine's zones, graph or arithmetic.
 *
 * <ul>
 *   <li>Exact span (the attacker knows which finest groups are empty): no withheld non-empty cell,
 *       and no group of 1..k-1 answers among a unit's own answers, a unit's own answers of one role
 *       level, one finest group (unit, level, form) or the answers with no school form, is a
 *       rational linear combination of shown cells; and for small cubes, apart, every union of
 *       finest groups with 1..k-1 answers ({@link #computableSmallUnions}).
 *   <li>Intervals (the attacker does not know which groups are empty, as withheld cells look
 *       alike): the range of each withheld non-empty cell over all non-negative solutions of the
 *       shown counts is neither one value nor inside [1, k-1].
 * </ul>
 */
final class SuppressionAuditor {

  final CubeCounts cube;
  final SuppressionPattern pattern;
  final int k;
  final List<UUID> units;
  final Map<UUID, UUID> parentOf = new HashMap<>();
  final List<String> levels;
  final List<String> forms; // null = no school form
  // finest groups: unit × level × form (form may be null)
  final List<Object[]> fine = new ArrayList<>();
  final long[] fineCount;
  final Map<ResultCellKey, long[]> cover = new LinkedHashMap<>();
  final Map<ResultCellKey, Long> count = new LinkedHashMap<>();
  boolean triedEveryUnion;

  SuppressionAuditor(CubeCounts cube, SuppressionPattern pattern) {
    this.cube = cube;
    this.pattern = pattern;
    this.k = pattern.minGroupSize();
    units = cube.units().stream().map(CubeCounts.TargetUnit::id).toList();
    for (CubeCounts.TargetUnit u : cube.units()) {
      if (u.parentId() != null && units.contains(u.parentId())) {
        parentOf.put(u.id(), u.parentId());
      }
    }
    levels = List.copyOf(new TreeSet<>(cube.roleLevels()));
    List<String> fs = new ArrayList<>(new TreeSet<>(cube.schoolForms()));
    fs.add(null);
    forms = fs;
    for (UUID u : units) {
      for (String l : levels) {
        for (String f : forms) {
          fine.add(new Object[] {u, l, f});
        }
      }
    }
    fineCount = new long[fine.size()];
    for (CubeCounts.GroupCount c : cube.counts()) {
      for (int i = 0; i < fine.size(); i++) {
        Object[] g = fine.get(i);
        if (g[0].equals(c.unitId())
            && g[1].equals(c.roleLevel())
            && Objects.equals(g[2], c.schoolForm())) {
          fineCount[i] += c.answers();
        }
      }
    }
    List<ResultCellKey> keys = new ArrayList<>();
    keys.add(ResultCellKey.target());
    units.forEach(u -> keys.add(ResultCellKey.unit(u)));
    levels.forEach(l -> keys.add(ResultCellKey.roleLevel(l)));
    cube.schoolForms().forEach(f -> keys.add(ResultCellKey.schoolForm(f)));
    for (UUID u : units) {
      levels.forEach(l -> keys.add(ResultCellKey.unitRoleLevel(u, l)));
    }
    for (ResultCellKey key : keys) {
      long[] v = new long[fine.size()];
      long n = 0;
      for (int i = 0; i < fine.size(); i++) {
        if (covers(key, fine.get(i))) {
          v[i] = 1;
          n += fineCount[i];
        }
      }
      cover.put(key, v);
      count.put(key, n);
    }
  }

  boolean within(UUID unit, UUID ancestor) {
    for (UUID u = unit; u != null; u = parentOf.get(u)) {
      if (u.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  boolean covers(ResultCellKey key, Object[] g) {
    return switch (key.breakdown()) {
      case TARGET -> true;
      case UNIT -> within((UUID) g[0], key.unitId());
      case ROLE_LEVEL -> g[1].equals(key.roleLevel());
      case SCHOOL_FORM -> key.schoolForm().equals(g[2]);
      case UNIT_ROLE_LEVEL -> within((UUID) g[0], key.unitId()) && g[1].equals(key.roleLevel());
    };
  }

  /** Every problem found, in words; empty when the pattern holds. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (var e : count.entrySet()) {
      ResultCellKey key = e.getKey();
      long n = e.getValue();
      boolean shown = pattern.isShown(key);
      if (shown == pattern.suppressed(key).isPresent()) {
        problems.add(key + " is neither shown nor withheld, or both");
      }
      if (shown && n < k) {
        problems.add(key + " is shown with " + n + " answers");
      }
      if (shown && pattern.answers(key).getAsInt() != n) {
        problems.add(key + " is shown with a wrong count");
      }
    }
    problems.addAll(spanProblems());
    problems.addAll(intervalProblems());
    return problems;
  }

  /**
   * For small cubes, every union of finest groups with 1..k-1 answers that can be computed. The
   * engine's search for such unions is complete over units, role levels and unit × level; with a
   * school-form breakdown beside them it tries the unions it knows (see the architecture doc).
   */
  List<String> computableSmallUnions() {
    List<Integer> nonEmpty = nonEmpty();
    int width = nonEmpty.size();
    List<String> problems = new ArrayList<>();
    triedEveryUnion = width <= 12;
    if (!triedEveryUnion) {
      return problems;
    }
    ExactLinearAlgebra.Span span = publishedSpan(nonEmpty);
    for (int mask = 1; mask < (1 << width); mask++) {
      long[] v = new long[width];
      for (int x = 0; x < width; x++) {
        if ((mask >> x & 1) == 1) {
          v[x] = 1;
        }
      }
      long n = size(v, nonEmpty);
      if (n < k && span.contains(v)) {
        List<String> names = new ArrayList<>();
        for (int x = 0; x < width; x++) {
          if (v[x] == 1) {
            Object[] g = fine.get(nonEmpty.get(x));
            names.add(units.indexOf((UUID) g[0]) + "/" + g[1] + "/" + g[2]);
          }
        }
        problems.add("a group of " + n + " answers " + names + " can be computed");
      }
    }
    return problems;
  }

  List<Integer> nonEmpty() {
    List<Integer> nonEmpty = new ArrayList<>();
    for (int i = 0; i < fine.size(); i++) {
      if (fineCount[i] > 0) {
        nonEmpty.add(i);
      }
    }
    return nonEmpty;
  }

  ExactLinearAlgebra.Span publishedSpan(List<Integer> nonEmpty) {
    List<long[]> published = new ArrayList<>();
    for (var e : cover.entrySet()) {
      if (pattern.isShown(e.getKey())) {
        published.add(restrict(e.getValue(), nonEmpty));
      }
    }
    return new ExactLinearAlgebra.Span(nonEmpty.size(), published);
  }

  /** Shown cells as vectors over the non-empty finest groups only. */
  List<String> spanProblems() {
    List<Integer> nonEmpty = nonEmpty();
    int width = nonEmpty.size();
    ExactLinearAlgebra.Span span = publishedSpan(nonEmpty);
    List<String> problems = new ArrayList<>();
    for (var e : cover.entrySet()) {
      if (!pattern.isShown(e.getKey()) && count.get(e.getKey()) > 0) {
        if (span.contains(restrict(e.getValue(), nonEmpty))) {
          problems.add(
              "withheld " + e.getKey() + " (" + count.get(e.getKey()) + ") can be computed");
        }
      }
    }
    // Implicit groups: a unit's own answers, per level, each finest group, no school form.
    Map<String, long[]> implicit = new LinkedHashMap<>();
    for (int x = 0; x < width; x++) {
      Object[] g = fine.get(nonEmpty.get(x));
      implicit.computeIfAbsent("own answers at " + g[0], s -> new long[width])[x] = 1;
      implicit.computeIfAbsent("own answers at " + g[0] + " of " + g[1], s -> new long[width])[x] =
          1;
      implicit
              .computeIfAbsent(
                  "answers at " + g[0] + " of " + g[1] + " in " + g[2], s -> new long[width])[x] =
          1;
      if (g[2] == null) {
        implicit.computeIfAbsent("answers with no school form", s -> new long[width])[x] = 1;
      }
    }
    for (var e : implicit.entrySet()) {
      long n = size(e.getValue(), nonEmpty);
      if (n > 0 && n < k && span.contains(e.getValue())) {
        problems.add(e.getKey() + " (" + n + ") can be computed");
      }
    }
    return problems;
  }

  long size(long[] v, List<Integer> nonEmpty) {
    long n = 0;
    for (int x = 0; x < v.length; x++) {
      n += v[x] * fineCount[nonEmpty.get(x)];
    }
    return n;
  }

  static long[] restrict(long[] v, List<Integer> columns) {
    long[] r = new long[columns.size()];
    for (int x = 0; x < r.length; x++) {
      r[x] = v[columns.get(x)];
    }
    return r;
  }

  /** Over all finest groups (empty or not; no school form only if some answer has none). */
  List<String> intervalProblems() {
    List<Integer> columns = new ArrayList<>();
    boolean anyWithoutForm = cube.counts().stream().anyMatch(c -> c.schoolForm() == null);
    for (int i = 0; i < fine.size(); i++) {
      if (fine.get(i)[2] != null || anyWithoutForm) {
        columns.add(i);
      }
    }
    List<long[]> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    for (var e : cover.entrySet()) {
      if (pattern.isShown(e.getKey())) {
        a.add(restrict(e.getValue(), columns));
        b.add(count.get(e.getKey()));
      }
    }
    List<String> problems = new ArrayList<>();
    if (a.isEmpty()) {
      return problems;
    }
    ExactLinearAlgebra.Polytope polytope = new ExactLinearAlgebra.Polytope(columns.size(), a, b);
    for (var e : cover.entrySet()) {
      long n = count.get(e.getKey());
      if (pattern.isShown(e.getKey()) || n == 0) {
        continue;
      }
      long[] c = restrict(e.getValue(), columns);
      Fraction min = polytope.minimum(c);
      Fraction max = polytope.maximum(c);
      long lo = min.ceil();
      long hi = max == null ? Long.MAX_VALUE : max.floor();
      if (lo == hi) {
        problems.add("withheld " + e.getKey() + " is exactly " + lo);
      } else if (lo >= 1 && hi <= k - 1) {
        problems.add("withheld " + e.getKey() + " lies in [" + lo + ", " + hi + "]");
      }
    }
    return problems;
  }
}
