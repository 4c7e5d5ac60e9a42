package se.styrkedja.competence.result.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The audit's own exact tools, sharing nothing with the engine: the span of published vectors over
 * the rationals (Gauss-Jordan) and the range of a linear function over the non-negative solutions
 * of the published equations (a two-phase simplex with Bland's rule, exact fractions).
 */
final class ExactLinearAlgebra {

  private ExactLinearAlgebra() {}

  /** The row space of some vectors, in reduced row echelon form. */
  static final class Span {
    private final List<Fraction[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    private final int width;

    Span(int width, List<long[]> vectors) {
      this.width = width;
      for (long[] v : vectors) {
        Fraction[] row = reduce(toFractions(v));
        int p = firstNonZero(row);
        if (p < 0) {
          continue;
        }
        Fraction inv = Fraction.ONE.divide(row[p]);
        for (int j = 0; j < width; j++) {
          row[j] = row[j].multiply(inv);
        }
        for (Fraction[] other : rows) {
          Fraction c = other[p];
          if (!c.isZero()) {
            for (int j = 0; j < width; j++) {
              other[j] = other[j].subtract(row[j].multiply(c));
            }
          }
        }
        rows.add(row);
        pivots.add(p);
      }
    }

    boolean contains(long[] v) {
      return firstNonZero(reduce(toFractions(v))) < 0;
    }

    private Fraction[] reduce(Fraction[] v) {
      for (int i = 0; i < rows.size(); i++) {
        Fraction c = v[pivots.get(i)];
        if (!c.isZero()) {
          Fraction[] row = rows.get(i);
          for (int j = 0; j < width; j++) {
            if (!row[j].isZero()) {
              v[j] = v[j].subtract(row[j].multiply(c));
            }
          }
        }
      }
      return v;
    }

    private Fraction[] toFractions(long[] v) {
      Fraction[] f = new Fraction[width];
      for (int j = 0; j < width; j++) {
        f[j] = Fraction.of(v[j]);
      }
      return f;
    }

    private static int firstNonZero(Fraction[] v) {
      for (int j = 0; j < v.length; j++) {
        if (!v[j].isZero()) {
          return j;
        }
      }
      return -1;
    }
  }

  /** The polytope { x >= 0 : A x = b } with a feasible basis found once. */
  static final class Polytope {
    private final int vars;
    private final Fraction[][] tableau; // rows: constraints; last column: right-hand side
    private final int[] basis;

    /**
     * @throws IllegalStateException if the equations have no non-negative solution
     */
    Polytope(int vars, List<long[]> a, List<Long> b) {
      this.vars = vars;
      int m = a.size();
      Fraction[][] t = new Fraction[m][vars + m + 1];
      int[] bas = new int[m];
      for (int i = 0; i < m; i++) {
        long sign = b.get(i) < 0 ? -1 : 1;
        for (int j = 0; j < vars; j++) {
          t[i][j] = Fraction.of(sign * a.get(i)[j]);
        }
        for (int j = 0; j < m; j++) {
          t[i][vars + j] = i == j ? Fraction.ONE : Fraction.ZERO;
        }
        t[i][vars + m] = Fraction.of(sign * b.get(i));
        bas[i] = vars + i;
      }
      // Phase 1: minimise the sum of the artificial variables.
      Fraction[] cost = new Fraction[vars + m];
      Arrays.fill(cost, Fraction.ZERO);
      for (int j = vars; j < vars + m; j++) {
        cost[j] = Fraction.ONE;
      }
      Fraction value = optimise(t, bas, cost, vars + m);
      if (value == null || !value.isZero()) {
        throw new IllegalStateException("the published figures have no solution: " + value);
      }
      // Drive artificial variables out of the basis; drop rows that are redundant.
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        if (bas[i] >= vars) {
          int enter = -1;
          for (int j = 0; j < vars && enter < 0; j++) {
            if (!t[i][j].isZero()) {
              enter = j;
            }
          }
          if (enter < 0) {
            continue;
          }
          pivot(t, bas, i, enter);
        }
        keep.add(i);
      }
      tableau = new Fraction[keep.size()][];
      basis = new int[keep.size()];
      for (int r = 0; r < keep.size(); r++) {
        Fraction[] row = new Fraction[vars + 1];
        System.arraycopy(t[keep.get(r)], 0, row, 0, vars);
        row[vars] = t[keep.get(r)][vars + m];
        tableau[r] = row;
        basis[r] = bas[keep.get(r)];
      }
    }

    /** The minimum of c·x, or null if unbounded below. */
    Fraction minimum(long[] c) {
      Fraction[][] t = new Fraction[tableau.length][];
      for (int i = 0; i < t.length; i++) {
        t[i] = tableau[i].clone();
      }
      Fraction[] cost = new Fraction[vars];
      for (int j = 0; j < vars; j++) {
        cost[j] = Fraction.of(c[j]);
      }
      return optimise(t, basis.clone(), cost, vars);
    }

    /** The maximum of c·x, or null if unbounded above. */
    Fraction maximum(long[] c) {
      long[] negated = new long[c.length];
      for (int j = 0; j < c.length; j++) {
        negated[j] = -c[j];
      }
      Fraction min = minimum(negated);
      return min == null ? null : min.negate();
    }

    /**
     * Minimises cost·x from a canonical tableau (basic columns are unit vectors; the last column is
     * the right-hand side), entering only columns below {@code columns}. Bland's rule: no cycling.
     */
    private static Fraction optimise(Fraction[][] t, int[] basis, Fraction[] cost, int columns) {
      int m = t.length;
      int rhs = t.length == 0 ? cost.length : t[0].length - 1;
      while (true) {
        int enter = -1;
        for (int j = 0; j < columns && enter < 0; j++) {
          Fraction reduced = cost[j];
          for (int i = 0; i < m; i++) {
            if (!t[i][j].isZero() && !cost[basis[i]].isZero()) {
              reduced = reduced.subtract(cost[basis[i]].multiply(t[i][j]));
            }
          }
          if (reduced.signum() < 0) {
            enter = j;
          }
        }
        if (enter < 0) {
          Fraction value = Fraction.ZERO;
          for (int i = 0; i < m; i++) {
            value = value.add(cost[basis[i]].multiply(t[i][rhs]));
          }
          return value;
        }
        int leave = -1;
        Fraction best = null;
        for (int i = 0; i < m; i++) {
          if (t[i][enter].signum() > 0) {
            Fraction ratio = t[i][rhs].divide(t[i][enter]);
            int cmp = best == null ? -1 : ratio.compareTo(best);
            if (cmp < 0 || cmp == 0 && basis[i] < basis[leave]) {
              best = ratio;
              leave = i;
            }
          }
        }
        if (leave < 0) {
          return null;
        }
        pivot(t, basis, leave, enter);
      }
    }

    private static void pivot(Fraction[][] t, int[] basis, int row, int col) {
      Fraction inv = Fraction.ONE.divide(t[row][col]);
      Fraction[] r = t[row];
      for (int j = 0; j < r.length; j++) {
        r[j] = r[j].multiply(inv);
      }
      for (int i = 0; i < t.length; i++) {
        if (i != row && !t[i][col].isZero()) {
          Fraction c = t[i][col];
          Fraction[] other = t[i];
          for (int j = 0; j < r.length; j++) {
            if (!r[j].isZero()) {
              other[j] = other[j].subtract(r[j].multiply(c));
            }
          }
        }
      }
      basis[row] = col;
    }
  }
}
