package se.styrkedja.competence.result.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Small-group protection for a round's results: decides which cells of the offered breakdowns may
 * be shown so that no group with fewer answers than the tenant's minimum group size <i>k</i> can be
 * seen, directly or by computation.
 *
 * <h2>What is published</h2>
 *
 * All at the same time, for one population of answer sheets: the whole target; every unit with its
 * subtree; every role level; every school form; every unit (with its subtree) × role level. Each
 * shown cell carries its number of answers and figures that add up over respondents (the count per
 * answer value of each item, sums for means, comment lists).
 *
 * <h2>The rule enforced</h2>
 *
 * <ol>
 *   <li><b>Primary:</b> a cell with fewer than <i>k</i> answers is withheld, an empty one too (so a
 *       withheld cell may be empty, and "no answers" is never told apart from "too few").
 *   <li><b>No small group is computable:</b> no group of respondents with between 1 and <i>k</i>−1
 *       answers has figures that are a linear combination (adding and subtracting) of shown cells.
 *       Groups here are any sets of finest groups (a unit's own, direct answers of one role level
 *       in one school form), so a unit's own answers beside its child units (a principal's staff at
 *       the school unit itself) and any mix of units and levels count, not only cells.
 *   <li><b>No withheld cell is computable:</b> a withheld cell whose figures can nevertheless be
 *       computed (only possible when it has at least <i>k</i> answers) is shown instead, since
 *       withholding it protects nothing; so no withheld non-empty cell can be computed.
 * </ol>
 *
 * <p>Why this suffices: every published figure is additive over respondents, so the published
 * figures of any kind obey the same linear relations as the counts, with the same pattern. What can
 * be computed about withheld answers is then only the figures of groups of at least <i>k</i>,
 * exactly as for a shown cell: that a group of at least <i>k</i> all answered alike may show, as
 * the issue accepts for shown groups. The rule depends on which groups are empty only through their
 * true sizes, so it holds even against someone who knows which groups are empty (from the round's
 * population or response rates). Where the counts themselves are unknown, no withheld cell's count
 * can be pinned to one value or to an interval inside [1, <i>k</i>−1] either (the tests' audit
 * checks this by linear programming).
 *
 * <h2>How, and how far it is proven</h2>
 *
 * Primary suppression, then secondary suppression to a fixed point. Cheap first: in every additive
 * family (the unit tree, each role level's column of unit × level, each unit's row of levels, the
 * target's role levels and its school forms) a shown cell's zone, the cell minus its nearest shown
 * cells below, can be computed, so a zone of 1..<i>k</i>−1 answers is widened by withholding the
 * cheapest nearest shown cell below it (the lowest breakdown in unit × level, school form, role
 * level, unit, target; then the fewest answers; then the stable order), so a small group hides
 * behind its smallest shown sibling. Then exactly (see {@link SpanCheck}): over the unit tree, the
 * role levels and unit × level together, every computable group is a disjoint union of directed
 * cuts in a graph of zones, so a minimum cut through each small finest group finds every small
 * computable group there is: that part is complete. Beside a school-form breakdown the engine also
 * tries such cuts with a school-form zone taken out, every withheld cell, and every set of role
 * levels in every set of school forms within a unit's own answers, a subtree or the target; that
 * part is a search, not a proof (see the architecture doc for what the audit found). A small group
 * found computable gets the cheapest shown cell of one combination computing it withheld (one that
 * cannot be computed from the rest), and the checks start again. Deterministic: units are ordered
 * by id, role levels and school forms by name.
 */
public final class Suppression {

  /** The minimum group size of a tenant that has not chosen one. */
  public static final int DEFAULT_MIN_GROUP_SIZE = 5;

  /** No tenant may choose a smaller minimum group size. */
  public static final int LOWEST_MIN_GROUP_SIZE = 3;

  private Suppression() {}

  /**
   * @throws IllegalArgumentException for a minimum group size below {@link #LOWEST_MIN_GROUP_SIZE},
   *     a count naming a unit, role level or school form the cube does not have, a unit listed
   *     twice or a cycle among the units' parents
   */
  public static SuppressionPattern protect(CubeCounts cube, int minGroupSize) {
    if (minGroupSize < LOWEST_MIN_GROUP_SIZE) {
      throw new IllegalArgumentException(
          "the minimum group size is never below " + LOWEST_MIN_GROUP_SIZE);
    }
    return new Engine(cube, minGroupSize).run();
  }

  /** One run over one cube. Cells are numbered; see {@link #cell}. */
  private static final class Engine {
    final int k;
    final UUID[] unitIds;
    final String[] levels;
    final String[] forms;
    final int units;
    final int nLevels;
    final int nForms;
    final int[] parent;
    final int[][] children;
    final int[] topDown;
    final int cells;
    final long[] n;
    final boolean[] hidden;
    // non-empty atoms: unit, level, form (nForms = no school form)
    final int[] atomUnit;
    final int[] atomLevel;
    final int[] atomForm;
    final long[] atomN;
    final List<Hierarchy> hierarchies = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final int[][] cellAtoms;

    Engine(CubeCounts cube, int k) {
      this.k = k;
      unitIds = cube.units().stream().map(CubeCounts.TargetUnit::id).sorted().toArray(UUID[]::new);
      units = unitIds.length;
      Map<UUID, Integer> unitIndex = new HashMap<>();
      for (int u = 0; u < units; u++) {
        if (unitIndex.put(unitIds[u], u) != null) {
          throw new IllegalArgumentException("unit " + unitIds[u] + " is listed twice");
        }
      }
      levels = new TreeSet<>(cube.roleLevels()).toArray(String[]::new);
      forms = new TreeSet<>(cube.schoolForms()).toArray(String[]::new);
      nLevels = levels.length;
      nForms = forms.length;
      parent = new int[units];
      for (CubeCounts.TargetUnit unit : cube.units()) {
        Integer p = unit.parentId() == null ? null : unitIndex.get(unit.parentId());
        parent[unitIndex.get(unit.id())] = p == null ? -1 : p;
      }
      List<List<Integer>> kids = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        kids.add(new ArrayList<>());
      }
      for (int u = 0; u < units; u++) {
        if (parent[u] >= 0) {
          kids.get(parent[u]).add(u);
        }
      }
      children = new int[units][];
      for (int u = 0; u < units; u++) {
        children[u] = kids.get(u).stream().mapToInt(Integer::intValue).toArray();
      }
      topDown = new int[units];
      int filled = 0;
      for (int u = 0; u < units; u++) {
        if (parent[u] < 0) {
          topDown[filled++] = u;
        }
      }
      for (int i = 0; i < filled; i++) {
        for (int c : children[topDown[i]]) {
          topDown[filled++] = c;
        }
      }
      if (filled != units) {
        throw new IllegalArgumentException("the units' parents form a cycle");
      }

      Map<String, Integer> levelIndex = index(levels);
      Map<String, Integer> formIndex = index(forms);
      long[] fine = new long[units * nLevels * (nForms + 1)];
      for (CubeCounts.GroupCount count : cube.counts()) {
        Integer u = unitIndex.get(count.unitId());
        Integer l = levelIndex.get(count.roleLevel());
        Integer f =
            count.schoolForm() == null ? (Integer) nForms : formIndex.get(count.schoolForm());
        if (u == null || l == null || f == null) {
          throw new IllegalArgumentException("a count names a group the cube does not have");
        }
        fine[(u * nLevels + l) * (nForms + 1) + f] += count.answers();
      }
      int atoms = 0;
      for (long v : fine) {
        if (v > 0) {
          atoms++;
        }
      }
      atomUnit = new int[atoms];
      atomLevel = new int[atoms];
      atomForm = new int[atoms];
      atomN = new long[atoms];
      int a = 0;
      for (int i = 0; i < fine.length; i++) {
        if (fine[i] > 0) {
          atomForm[a] = i % (nForms + 1);
          atomLevel[a] = (i / (nForms + 1)) % nLevels;
          atomUnit[a] = i / (nForms + 1) / nLevels;
          atomN[a] = fine[i];
          a++;
        }
      }

      cells = 1 + units + nLevels + nForms + units * nLevels;
      n = new long[cells];
      hidden = new boolean[cells];
      List<List<Integer>> members = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        members.add(new ArrayList<>());
      }
      for (a = 0; a < atoms; a++) {
        int l = atomLevel[a];
        add(members, target(), a);
        add(members, roleLevel(l), a);
        if (atomForm[a] < nForms) {
          add(members, schoolForm(atomForm[a]), a);
        }
        for (int u = atomUnit[a]; u >= 0; u = parent[u]) {
          add(members, unit(u), a);
          add(members, unitRoleLevel(u, l), a);
        }
      }
      for (int c = 0; c < cells; c++) {
        for (int m : members.get(c)) {
          n[c] += atomN[m];
        }
      }
      cellAtoms = new int[cells][];
      for (int c = 0; c < cells; c++) {
        cellAtoms[c] = members.get(c).stream().mapToInt(Integer::intValue).toArray();
      }
      buildGroups(members);
      buildHierarchies();
    }

    void add(List<List<Integer>> members, int cell, int atom) {
      members.get(cell).add(atom);
    }

    static Map<String, Integer> index(String[] names) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
      return index;
    }

    int target() {
      return 0;
    }

    int unit(int u) {
      return 1 + u;
    }

    int roleLevel(int l) {
      return 1 + units + l;
    }

    int schoolForm(int f) {
      return 1 + units + nLevels + f;
    }

    int unitRoleLevel(int u, int l) {
      return 1 + units + nLevels + nForms + u * nLevels + l;
    }

    ResultBreakdown breakdown(int cell) {
      if (cell == 0) {
        return ResultBreakdown.TARGET;
      } else if (cell <= units) {
        return ResultBreakdown.UNIT;
      } else if (cell <= units + nLevels) {
        return ResultBreakdown.ROLE_LEVEL;
      } else if (cell <= units + nLevels + nForms) {
        return ResultBreakdown.SCHOOL_FORM;
      }
      return ResultBreakdown.UNIT_ROLE_LEVEL;
    }

    /** Which breakdown loses least when one of its cells is withheld: lower is cheaper. */
    int breakdownCost(int cell) {
      return switch (breakdown(cell)) {
        case UNIT_ROLE_LEVEL -> 0;
        case SCHOOL_FORM -> 1;
        case ROLE_LEVEL -> 2;
        case UNIT -> 3;
        case TARGET -> 4;
      };
    }

    /** Cheaper first: breakdown, then fewer answers, then the stable cell order. */
    boolean cheaper(int a, int b) {
      if (breakdownCost(a) != breakdownCost(b)) {
        return breakdownCost(a) < breakdownCost(b);
      }
      if (n[a] != n[b]) {
        return n[a] < n[b];
      }
      return a < b;
    }

    boolean small(long count) {
      return count > 0 && count < k;
    }

    /** The groups whose figures must not be computable when they are small (or withheld). */
    void buildGroups(List<List<Integer>> members) {
      Set<List<Integer>> seen = new HashSet<>();
      for (int c = 0; c < cells; c++) {
        List<Integer> m = members.get(c);
        if (!m.isEmpty() && seen.add(m)) {
          groups.add(new Group(m.stream().mapToInt(Integer::intValue).toArray(), n[c], c));
        }
      }
      // Groups no breakdown shows, tried too: within a unit's own answers, a unit's subtree or the
      // whole target, the answers of any set of role levels in any set of school forms (with "no
      // school form" as one of them); among them the staff at a school unit itself, one finest
      // group, and the answers with no school form.
      List<List<Integer>> scopes = new ArrayList<>();
      List<List<Integer>> own = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        own.add(new ArrayList<>());
      }
      for (int a = 0; a < atomN.length; a++) {
        own.get(atomUnit[a]).add(a);
      }
      scopes.addAll(own);
      for (int u = 0; u < units; u++) {
        scopes.add(members.get(unit(u)));
      }
      scopes.add(members.get(target()));
      List<Integer> levelSets = subsets(nLevels, 6);
      List<Integer> formSets = subsets(nForms + 1, 5);
      for (List<Integer> scope : scopes) {
        for (int levelSet : levelSets) {
          for (int formSet : formSets) {
            long sum = 0;
            for (int a : scope) {
              if ((levelSet >> atomLevel[a] & 1) == 1 && (formSet >> atomForm[a] & 1) == 1) {
                sum += atomN[a];
              }
            }
            if (!small(sum)) {
              continue;
            }
            List<Integer> m = new ArrayList<>();
            for (int a : scope) {
              if ((levelSet >> atomLevel[a] & 1) == 1 && (formSet >> atomForm[a] & 1) == 1) {
                m.add(a);
              }
            }
            if (seen.add(m)) {
              groups.add(new Group(m.stream().mapToInt(Integer::intValue).toArray(), sum, -1));
            }
          }
        }
      }
    }

    /**
     * Every non-empty subset of {0..size-1} as a bit set, or past {@code most}, the singletons,
     * their complements and all.
     */
    static List<Integer> subsets(int size, int most) {
      List<Integer> sets = new ArrayList<>();
      int all = (1 << size) - 1;
      if (size <= most) {
        for (int mask = 1; mask <= all; mask++) {
          sets.add(mask);
        }
      } else {
        for (int i = 0; i < size; i++) {
          sets.add(1 << i);
          sets.add(all & ~(1 << i));
        }
        sets.add(all);
      }
      return sets;
    }

    void buildHierarchies() {
      // The unit tree under the target.
      int[] cell = new int[units + 1];
      int[] up = new int[units + 1];
      cell[0] = target();
      up[0] = -1;
      for (int u = 0; u < units; u++) {
        cell[u + 1] = unit(u);
        up[u + 1] = parent[u] + 1;
      }
      hierarchies.add(new Hierarchy(cell, up));
      // Each role level's column of the unit × level table under the level's cell.
      for (int l = 0; l < nLevels; l++) {
        int[] c = new int[units + 1];
        c[0] = roleLevel(l);
        for (int u = 0; u < units; u++) {
          c[u + 1] = unitRoleLevel(u, l);
        }
        hierarchies.add(new Hierarchy(c, up.clone()));
      }
      // Rows: the target over its role levels, and each unit over its levels.
      int[] flat = new int[nLevels + 1];
      Arrays.fill(flat, 0);
      flat[0] = -1;
      int[] row = new int[nLevels + 1];
      row[0] = target();
      for (int l = 0; l < nLevels; l++) {
        row[l + 1] = roleLevel(l);
      }
      hierarchies.add(new Hierarchy(row, flat.clone()));
      for (int u = 0; u < units; u++) {
        int[] r = new int[nLevels + 1];
        r[0] = unit(u);
        for (int l = 0; l < nLevels; l++) {
          r[l + 1] = unitRoleLevel(u, l);
        }
        hierarchies.add(new Hierarchy(r, flat.clone()));
      }
      // The school forms of the target (the answers with none are an implicit part).
      int[] f = new int[nForms + 1];
      int[] fu = new int[nForms + 1];
      f[0] = target();
      fu[0] = -1;
      for (int i = 0; i < nForms; i++) {
        f[i + 1] = schoolForm(i);
      }
      hierarchies.add(new Hierarchy(f, fu));
    }

    SuppressionPattern run() {
      for (int c = 0; c < cells; c++) {
        hidden[c] = n[c] < k;
      }
      // Each round either finishes, shows a computable withheld cell (which changes nothing that
      // can be computed) or withholds a cell that could not be computed from the rest (which
      // shrinks
      // what can be computed); a widening that withheld a still-computable cell is undone by the
      // next round's leak. The bound is a guard: past it, everything is withheld.
      int rounds = 0;
      int bound = 4 * cells + 16;
      forget();
      while (rounds++ < bound) {
        widenSmallZones();
        SpanCheck span = spanCheck();
        boolean[] computable = computableWithheld(span);
        List<int[]> leaks = leaks(span, computable);
        if (!leaks.isEmpty()) {
          for (int[] leak : leaks) {
            closeLeak(span, leak);
          }
          continue;
        }
        boolean shownMore = false;
        for (int c = 0; c < cells; c++) {
          if (computable[c] && n[c] >= k) {
            hidden[c] = false;
            shownMore = true;
          }
        }
        if (!shownMore) {
          return pattern();
        }
        forget();
      }
      Arrays.fill(hidden, true);
      return pattern();
    }

    void widenSmallZones() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Hierarchy h : hierarchies) {
          while (h.widenOnce()) {
            changed = true;
          }
        }
      }
    }

    // What withholding more can never undo, remembered until a cell is shown again: withholding
    // only takes away from what can be computed (and only merges zones, so cuts only grow).
    boolean[] cellNotComputable;
    boolean[] groupNotComputable;
    boolean[] atomWithoutSmallCut;
    Map<List<Integer>, boolean[]> withoutSmallCutBesideForm;

    void forget() {
      withoutSmallCutBesideForm = new HashMap<>();
      cellNotComputable = new boolean[cells];
      groupNotComputable = new boolean[groups.size()];
      atomWithoutSmallCut = new boolean[atomN.length];
    }

    /** The withheld non-empty cells whose figures can nevertheless be computed. */
    boolean[] computableWithheld(SpanCheck span) {
      boolean[] computable = new boolean[cells];
      for (int c = 0; c < cells; c++) {
        if (hidden[c] && n[c] > 0 && !cellNotComputable[c]) {
          computable[c] = span.derivable(cellAtoms[c]);
          cellNotComputable[c] = !computable[c];
        }
      }
      return computable;
    }

    /**
     * The small groups that can be computed: withheld small cells, small cuts over units and levels
     * (alone or with a school-form zone taken out), the implicit small groups tried; failing those,
     * a small zone once the computable withheld cells count as shown.
     */
    List<int[]> leaks(SpanCheck span, boolean[] computable) {
      List<int[]> leaks = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        if (computable[c] && small(n[c])) {
          leaks.add(cellAtoms[c]);
        }
      }
      leaks.addAll(span.smallCutGroups(atomN, k, atomWithoutSmallCut));
      for (int[] formZone : formZones()) {
        boolean[] known =
            withoutSmallCutBesideForm.computeIfAbsent(
                Arrays.stream(formZone).boxed().toList(), z -> new boolean[atomN.length]);
        for (int[] cut : span.smallCutGroups(atomN, k, formZone, known)) {
          if (span.derivable(cut)) {
            leaks.add(cut);
          }
        }
      }
      for (int i = 0; i < groups.size(); i++) {
        Group g = groups.get(i);
        if (g.cell < 0 && small(g.count) && !groupNotComputable[i]) {
          if (span.derivable(g.atoms)) {
            leaks.add(g.atoms);
          } else {
            groupNotComputable[i] = true;
          }
        }
      }
      if (!leaks.isEmpty()) {
        return leaks;
      }
      boolean[] shown = new boolean[cells];
      for (int c = 0; c < cells; c++) {
        shown[c] = !hidden[c] || computable[c];
      }
      for (Hierarchy h : hierarchies) {
        int[] zone = h.smallZone(shown);
        if (zone != null) {
          leaks.add(zone);
          return leaks;
        }
      }
      return leaks;
    }

    /** The zones of the school-form breakdown: each shown form, and the target minus them. */
    List<int[]> formZones() {
      List<int[]> zones = new ArrayList<>();
      List<Integer> rest = new ArrayList<>();
      for (int f = 0; f < nForms; f++) {
        if (!hidden[schoolForm(f)]) {
          zones.add(cellAtoms[schoolForm(f)]);
        }
      }
      for (int a = 0; a < atomN.length; a++) {
        if (atomForm[a] == nForms || hidden[schoolForm(atomForm[a])]) {
          rest.add(a);
        }
      }
      if (!hidden[target()] && !rest.isEmpty() && rest.size() < atomN.length) {
        zones.add(rest.stream().mapToInt(Integer::intValue).toArray());
      }
      // Unions of them too (a few: the forms of a round are few).
      List<int[]> unions = new ArrayList<>();
      for (int mask : subsets(Math.min(zones.size(), 4), 4)) {
        List<Integer> union = new ArrayList<>();
        for (int z = 0; z < zones.size() && z < 4; z++) {
          if ((mask >> z & 1) == 1) {
            for (int a : zones.get(z)) {
              union.add(a);
            }
          }
        }
        if (union.size() < atomN.length) {
          unions.add(union.stream().mapToInt(Integer::intValue).toArray());
        }
      }
      return unions;
    }

    /**
     * Withholds the cheapest shown cell of a combination computing the group whose withholding
     * takes it out of what can be computed (else the whole combination).
     */
    void closeLeak(SpanCheck span, int[] group) {
      if (!span.derivable(group)) {
        return; // a cut found against the zones alone that the forms do not complete
      }
      List<Integer> used = cellsOfCombination(span.combination(group));
      if (used.isEmpty()) {
        throw new IllegalStateException("a computable group with no combination");
      }
      if (used.stream().anyMatch(c -> hidden[c])) {
        return; // an earlier leak of this round already broke this combination
      }
      used.sort((a, b) -> a.equals(b) ? 0 : cheaper(a, b) ? -1 : 1);
      // Trying a candidate builds another span check; keep this one's numbering of zones.
      int[] zones = zoneNodeOfCell;
      int[] nodes = cellOfNode;
      int[] formNodes = formOfNode;
      try {
        for (int c : used) {
          hidden[c] = true;
          if (!spanCheck().derivable(cellAtoms[c])) {
            return;
          }
          hidden[c] = false;
        }
        used.forEach(c -> hidden[c] = true);
      } finally {
        zoneNodeOfCell = zones;
        cellOfNode = nodes;
        formOfNode = formNodes;
      }
    }

    void hide(int cell) {
      hidden[cell] = true;
    }

    // Zones of the unit tree and of the level columns, as nodes of the span check.
    int[] zoneNodeOfCell;
    int[] cellOfNode;
    int[] formOfNode;

    SpanCheck spanCheck() {
      zoneNodeOfCell = new int[cells];
      Arrays.fill(zoneNodeOfCell, -1);
      List<Integer> nodeCells = new ArrayList<>();
      nodeCells.add(-1); // the ground
      for (int c = 0; c < cells; c++) {
        ResultBreakdown b = breakdown(c);
        if (!hidden[c] && b != ResultBreakdown.SCHOOL_FORM) {
          zoneNodeOfCell[c] = nodeCells.size();
          nodeCells.add(c);
        }
      }
      cellOfNode = nodeCells.stream().mapToInt(Integer::intValue).toArray();
      int[] nearestUnit = new int[units];
      int[][] nearestLevel = new int[nLevels][units];
      for (int u : topDown) {
        int p = parent[u];
        nearestUnit[u] =
            !hidden[unit(u)] ? unit(u) : p >= 0 ? nearestUnit[p] : !hidden[target()] ? 0 : -1;
        for (int l = 0; l < nLevels; l++) {
          int c = unitRoleLevel(u, l);
          nearestLevel[l][u] =
              !hidden[c]
                  ? c
                  : p >= 0 ? nearestLevel[l][p] : !hidden[roleLevel(l)] ? roleLevel(l) : -1;
        }
      }
      int atoms = atomN.length;
      int[] edgeA = new int[atoms];
      int[] edgeB = new int[atoms];
      for (int a = 0; a < atoms; a++) {
        int za = nearestUnit[atomUnit[a]];
        int zb = nearestLevel[atomLevel[a]][atomUnit[a]];
        edgeA[a] = za < 0 ? 0 : zoneNodeOfCell[za];
        edgeB[a] = zb < 0 ? 0 : zoneNodeOfCell[zb];
      }
      List<int[]> formAtoms = new ArrayList<>();
      List<Integer> shownForms = new ArrayList<>();
      for (int f = 0; f < nForms; f++) {
        if (!hidden[schoolForm(f)]) {
          List<Integer> m = new ArrayList<>();
          for (int a = 0; a < atoms; a++) {
            if (atomForm[a] == f) {
              m.add(a);
            }
          }
          formAtoms.add(m.stream().mapToInt(Integer::intValue).toArray());
          shownForms.add(f);
        }
      }
      formOfNode = shownForms.stream().mapToInt(Integer::intValue).toArray();
      return new SpanCheck(cellOfNode.length, edgeA, edgeB, formAtoms.toArray(new int[0][]));
    }

    /**
     * The shown cells a combination of zones and school forms uses: a zone is its cell minus the
     * nearest shown cells below it, so a cell's coefficient is its zone's minus the zone above it.
     */
    List<Integer> cellsOfCombination(long[] coefficient) {
      List<Integer> used = new ArrayList<>();
      for (int node = 1; node < cellOfNode.length; node++) {
        int c = cellOfNode[node];
        int above = zoneAbove(c);
        long own = coefficient[node];
        long up = above < 0 ? 0 : coefficient[zoneNodeOfCell[above]];
        if (own != up) {
          used.add(c);
        }
      }
      for (int i = 0; i < formOfNode.length; i++) {
        if (coefficient[cellOfNode.length + i] != 0) {
          used.add(schoolForm(formOfNode[i]));
        }
      }
      return used;
    }

    /** The nearest shown cell strictly above a shown zone cell in its family, or -1. */
    int zoneAbove(int c) {
      ResultBreakdown b = breakdown(c);
      if (b == ResultBreakdown.UNIT) {
        for (int u = parent[c - 1]; u >= 0; u = parent[u]) {
          if (!hidden[unit(u)]) {
            return unit(u);
          }
        }
        return hidden[target()] ? -1 : target();
      }
      if (b == ResultBreakdown.UNIT_ROLE_LEVEL) {
        int offset = c - unitRoleLevel(0, 0);
        int l = offset % nLevels;
        for (int u = parent[offset / nLevels]; u >= 0; u = parent[u]) {
          if (!hidden[unitRoleLevel(u, l)]) {
            return unitRoleLevel(u, l);
          }
        }
        return hidden[roleLevel(l)] ? -1 : roleLevel(l);
      }
      return -1;
    }

    SuppressionPattern pattern() {
      List<ResultCell> shown = new ArrayList<>();
      List<SuppressedCell> withheld = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        if (hidden[c]) {
          int instead = shownInstead(c);
          withheld.add(new SuppressedCell(key(c), instead < 0 ? null : key(instead)));
        } else {
          shown.add(new ResultCell(key(c), Math.toIntExact(n[c])));
        }
      }
      return new SuppressionPattern(k, shown, withheld);
    }

    int shownInstead(int c) {
      ResultBreakdown b = breakdown(c);
      return switch (b) {
        case TARGET -> -1;
        case ROLE_LEVEL, SCHOOL_FORM -> hidden[target()] ? -1 : target();
        case UNIT -> zoneAbove(c);
        case UNIT_ROLE_LEVEL -> {
          // The same level higher up; failing that, the unit as a whole (or its nearest shown).
          int above = zoneAbove(c);
          int u = (c - unitRoleLevel(0, 0)) / nLevels;
          yield above >= 0 ? above : !hidden[unit(u)] ? unit(u) : zoneAbove(unit(u));
        }
      };
    }

    ResultCellKey key(int c) {
      return switch (breakdown(c)) {
        case TARGET -> ResultCellKey.target();
        case UNIT -> ResultCellKey.unit(unitIds[c - 1]);
        case ROLE_LEVEL -> ResultCellKey.roleLevel(levels[c - roleLevel(0)]);
        case SCHOOL_FORM -> ResultCellKey.schoolForm(forms[c - schoolForm(0)]);
        case UNIT_ROLE_LEVEL -> {
          int offset = c - unitRoleLevel(0, 0);
          yield ResultCellKey.unitRoleLevel(unitIds[offset / nLevels], levels[offset % nLevels]);
        }
      };
    }

    /** A group of respondents: its atoms, its size, and the cell it is (or -1 if implicit). */
    record Group(int[] atoms, long count, int cell) {}

    /**
     * One additive family: each node's group is its own implicit part plus its children's groups. A
     * shown node's zone (its count minus its nearest shown descendants') is computable, so it must
     * be empty or have at least k answers.
     */
    final class Hierarchy {
      final int[] cell;
      final int[] up;
      final int[][] down;
      final int[] bottomUp;

      Hierarchy(int[] cell, int[] up) {
        this.cell = cell;
        this.up = up;
        int size = cell.length;
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          kids.add(new ArrayList<>());
        }
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          if (up[i] >= 0) {
            kids.get(up[i]).add(i);
          } else {
            roots.add(i);
          }
        }
        down = new int[size][];
        for (int i = 0; i < size; i++) {
          down[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        int[] topDownOrder = new int[size];
        int filled = 0;
        for (int r : roots) {
          topDownOrder[filled++] = r;
        }
        for (int i = 0; i < filled; i++) {
          for (int c : down[topDownOrder[i]]) {
            topDownOrder[filled++] = c;
          }
        }
        bottomUp = new int[size];
        for (int i = 0; i < size; i++) {
          bottomUp[i] = topDownOrder[size - 1 - i];
        }
      }

      boolean widenOnce() {
        int size = cell.length;
        long[] shownBelow = new long[size];
        long[] zone = new long[size];
        for (int i : bottomUp) {
          long sum = 0;
          for (int c : down[i]) {
            sum += shownBelow[c];
          }
          if (hidden[cell[i]]) {
            shownBelow[i] = sum;
          } else {
            shownBelow[i] = n[cell[i]];
            zone[i] = n[cell[i]] - sum;
          }
        }
        for (int i = 0; i < size; i++) {
          if (hidden[cell[i]] || !small(zone[i])) {
            continue;
          }
          List<Integer> nearest = new ArrayList<>();
          collectNearestShown(i, nearest);
          int best = -1;
          for (int d : nearest) {
            if (best < 0
                || (zone[d] > 0) != (zone[best] > 0) && zone[d] > 0
                || (zone[d] > 0) == (zone[best] > 0) && cheaper(cell[d], cell[best])) {
              best = d;
            }
          }
          if (best < 0) {
            throw new IllegalStateException("a shown cell with a small zone and none below it");
          }
          hide(cell[best]);
          return true;
        }
        return false;
      }

      /** The atoms of a shown node's zone that is small, with this set of cells taken as shown. */
      int[] smallZone(boolean[] shown) {
        int size = cell.length;
        long[] shownBelow = new long[size];
        for (int i : bottomUp) {
          long sum = 0;
          for (int c : down[i]) {
            sum += shownBelow[c];
          }
          shownBelow[i] = shown[cell[i]] ? n[cell[i]] : sum;
          if (shown[cell[i]] && small(n[cell[i]] - sum)) {
            Set<Integer> atoms = new TreeSet<>();
            for (int a : cellAtoms[cell[i]]) {
              atoms.add(a);
            }
            removeShownBelow(i, shown, atoms);
            return atoms.stream().mapToInt(Integer::intValue).toArray();
          }
        }
        return null;
      }

      void removeShownBelow(int i, boolean[] shown, Set<Integer> atoms) {
        for (int c : down[i]) {
          if (shown[cell[c]]) {
            for (int a : cellAtoms[cell[c]]) {
              atoms.remove(a);
            }
          } else {
            removeShownBelow(c, shown, atoms);
          }
        }
      }

      void collectNearestShown(int i, List<Integer> into) {
        for (int c : down[i]) {
          if (hidden[cell[c]]) {
            collectNearestShown(c, into);
          } else {
            into.add(c);
          }
        }
      }
    }
  }
}
