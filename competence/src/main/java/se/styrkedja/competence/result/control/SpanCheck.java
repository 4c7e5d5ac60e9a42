package se.styrkedja.competence.result.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a group's figures are a linear combination of the published cells, that is,
 * whether they can be computed by adding and subtracting shown figures.
 *
 * <p>The published cells are taken as zones: within the unit tree (and within each role level's
 * column of the unit × level table) the span of the shown cells is the span of their zones (a shown
 * cell minus its nearest shown descendants), and zones of one family are disjoint. Every answer
 * group at the finest grain (an <em>atom</em>: one unit's own answers of one role level in one
 * school form) lies in at most one zone of each family, so the two families form a graph: a node
 * per zone, a ground node for "in no zone", an edge per non-empty atom. A vector over atoms is in
 * the span of the zones exactly when it can be written as node potentials, α(zone of the unit tree)
 * + β(zone of the level column), on every edge; with a spanning forest that is a linear test on the
 * non-tree edges (their cycle residuals). The school-form cells, few, are added as a small dense
 * system on those residuals, solved modulo the prime 2<sup>61</sup>−1.
 *
 * <p>Arithmetic modulo a prime can only err by finding a combination that does not exist over the
 * rationals (making the engine hide more than needed), or by missing one whose coefficients have a
 * denominator divisible by that prime; the residual vectors here have small integer entries, and
 * the independent exact audit in the tests checks the outcome over the rationals.
 */
final class SpanCheck {

  static final long P = (1L << 61) - 1;

  private final int atoms;
  private final int[] edgeA;
  private final int[] edgeB;
  private final int nodes;
  private final int[] order;
  private final int[] parentEdge;
  private final int[] parentNode;
  private final int[] nonTree;
  private final int forms;
  private final int[][] formAtoms;
  // Row-reduced residuals of the shown school forms: rows, their pivot columns, and each row as a
  // combination of the original form rows.
  private final long[][] rref;
  private final int[] pivot;
  private final long[][] combination;

  /**
   * @param nodes node 0 is the ground; zone nodes are 1..nodes-1
   * @param edgeA per atom, its zone node in the unit-tree family (0 for none)
   * @param edgeB per atom, its zone node in the level-column family (0 for none)
   * @param formAtoms per shown school form, the atoms it covers
   */
  SpanCheck(int nodes, int[] edgeA, int[] edgeB, int[][] formAtoms) {
    this.atoms = edgeA.length;
    this.nodes = nodes;
    this.edgeA = edgeA;
    this.edgeB = edgeB;
    int[] degree = new int[nodes];
    for (int e = 0; e < atoms; e++) {
      degree[edgeA[e]]++;
      degree[edgeB[e]]++;
    }
    int[][] incident = new int[nodes][];
    for (int v = 0; v < nodes; v++) {
      incident[v] = new int[degree[v]];
    }
    int[] fill = new int[nodes];
    for (int e = 0; e < atoms; e++) {
      incident[edgeA[e]][fill[edgeA[e]]++] = e;
      incident[edgeB[e]][fill[edgeB[e]]++] = e;
    }
    order = new int[nodes];
    parentEdge = new int[nodes];
    parentNode = new int[nodes];
    Arrays.fill(parentEdge, -1);
    Arrays.fill(parentNode, -1);
    boolean[] seen = new boolean[nodes];
    boolean[] tree = new boolean[atoms];
    int filled = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int root = 0; root < nodes; root++) {
      if (seen[root]) {
        continue;
      }
      seen[root] = true;
      queue.add(root);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        order[filled++] = v;
        for (int e : incident[v]) {
          int w = edgeA[e] == v ? edgeB[e] : edgeA[e];
          if (!seen[w]) {
            seen[w] = true;
            tree[e] = true;
            parentEdge[w] = e;
            parentNode[w] = v;
            queue.add(w);
          }
        }
      }
    }
    int count = 0;
    for (int e = 0; e < atoms; e++) {
      if (!tree[e]) {
        count++;
      }
    }
    nonTree = new int[count];
    count = 0;
    for (int e = 0; e < atoms; e++) {
      if (!tree[e]) {
        nonTree[count++] = e;
      }
    }
    this.forms = formAtoms.length;
    this.formAtoms = formAtoms;
    List<long[]> rows = new ArrayList<>();
    List<long[]> combos = new ArrayList<>();
    List<Integer> pivots = new ArrayList<>();
    for (int f = 0; f < forms; f++) {
      long[] row = residual(indicator(formAtoms[f]));
      long[] combo = new long[forms];
      combo[f] = 1;
      for (int i = 0; i < rows.size(); i++) {
        long c = row[pivots.get(i)];
        if (c != 0) {
          subtract(row, rows.get(i), c);
          subtract(combo, combos.get(i), c);
        }
      }
      int p = firstNonZero(row);
      if (p < 0) {
        continue;
      }
      long inv = inverse(row[p]);
      scale(row, inv);
      scale(combo, inv);
      for (int i = 0; i < rows.size(); i++) {
        long c = rows.get(i)[p];
        if (c != 0) {
          subtract(rows.get(i), row, c);
          subtract(combos.get(i), combo, c);
        }
      }
      rows.add(row);
      combos.add(combo);
      pivots.add(p);
    }
    rref = rows.toArray(new long[0][]);
    combination = combos.toArray(new long[0][]);
    pivot = pivots.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether the figures of the group made of these atoms can be computed from the published. */
  boolean derivable(int[] group) {
    long[] y = residual(indicator(group));
    for (int i = 0; i < rref.length; i++) {
      long c = y[pivot[i]];
      if (c != 0) {
        subtract(y, rref[i], c);
      }
    }
    return firstNonZero(y) < 0;
  }

  /**
   * One way of computing a derivable group: the coefficient of each zone node (index = node) and of
   * each shown school form (index = nodes + form), modulo {@link #P}.
   */
  long[] combination(int[] group) {
    long[] t = indicator(group);
    long[] y = residual(t);
    long[] mu = new long[forms];
    for (int i = 0; i < rref.length; i++) {
      long c = y[pivot[i]];
      if (c != 0) {
        for (int f = 0; f < forms; f++) {
          mu[f] = add(mu[f], mul(c, combination[i][f]));
        }
      }
    }
    for (int f = 0; f < forms; f++) {
      if (mu[f] != 0) {
        for (int e : formAtoms[f]) {
          t[e] = sub(t[e], mu[f]);
        }
      }
    }
    long[] potential = new long[nodes + forms];
    for (int i = 0; i < nodes; i++) {
      int v = order[i];
      if (parentEdge[v] >= 0) {
        potential[v] = sub(t[parentEdge[v]], potential[parentNode[v]]);
      }
    }
    potential[0] = 0;
    System.arraycopy(mu, 0, potential, nodes, forms);
    return potential;
  }

  /**
   * For each small atom, the smallest group through it that is computable from the unit tree and
   * the level columns, where that has 1..k-1 answers. With q = α on a unit-tree zone and −β on a
   * level-column zone, a computable group is a set of atoms e = (a, b) where q(a) − q(b) is 1 and
   * never −1 elsewhere, so by thresholds of q every computable group is a disjoint union of
   * directed cuts: atoms leaving a node set X that no atom enters. The smallest such cut through a
   * small atom is a minimum cut (arc a→b with the atom's answers, b→a unbounded); a maximum flow
   * that reaches k proves there is none below k.
   */
  List<int[]> smallCutGroups(long[] answers, int k, boolean[] known) {
    return smallCutGroups(answers, k, new int[0], known);
  }

  /**
   * The same search for a computable group made of such a cut minus a set of atoms the cut must
   * contain (used with a school-form zone: a cut over units and levels minus a school form inside
   * it). The forced atoms cost nothing; one small atom outside them is forced too, in turn.
   */
  List<int[]> smallCutGroups(long[] answers, int k, int[] forced, boolean[] known) {
    List<int[]> found = new ArrayList<>();
    boolean[] isForced = new boolean[atoms];
    for (int f : forced) {
      isForced[f] = true;
    }
    int source = nodes;
    int sink = nodes + 1;
    int size = nodes + 2;
    int arcs = 2 * atoms + 4 * forced.length;
    int[] head = new int[arcs];
    int[] next = new int[arcs];
    int[] first = new int[size];
    long[] base = new long[arcs];
    long unbounded = Long.MAX_VALUE / 4;
    Arrays.fill(first, -1);
    int[] used = {0};
    for (int f = 0; f < atoms; f++) {
      arc(head, next, first, base, used, edgeA[f], edgeB[f], isForced[f] ? 0 : answers[f]);
      base[used[0] - 1] = unbounded; // the way back: no atom may enter the set
    }
    for (int f : forced) {
      arc(head, next, first, base, used, source, edgeA[f], unbounded);
      arc(head, next, first, base, used, edgeB[f], sink, unbounded);
    }
    long[] capacity = new long[arcs];
    int[] via = new int[size];
    int[] queue = new int[size];
    for (int e = 0; e < atoms; e++) {
      if (answers[e] >= k || edgeA[e] == edgeB[e] || isForced[e] || known != null && known[e]) {
        continue;
      }
      // The atom itself is forced too: its ends join the source's and the sink's side.
      int from = edgeA[e];
      int to = edgeB[e];
      System.arraycopy(base, 0, capacity, 0, arcs);
      long flow = 0;
      boolean reached = true;
      while (flow < k && reached) {
        Arrays.fill(via, -1);
        via[source] = -2;
        via[from] = -2;
        int tail = 0;
        queue[tail++] = source;
        queue[tail++] = from;
        reached = false;
        int end = -1;
        for (int i = 0; i < tail && !reached; i++) {
          int v = queue[i];
          for (int arc = first[v]; arc >= 0; arc = next[arc]) {
            int w = head[arc];
            if (capacity[arc] > 0 && via[w] == -1) {
              via[w] = arc;
              queue[tail++] = w;
              if (w == sink || w == to) {
                reached = true;
                end = w;
                break;
              }
            }
          }
        }
        if (reached) {
          long push = unbounded;
          for (int w = end; via[w] >= 0; w = head[via[w] ^ 1]) {
            push = Math.min(push, capacity[via[w]]);
          }
          for (int w = end; via[w] >= 0; w = head[via[w] ^ 1]) {
            capacity[via[w]] -= push;
            capacity[via[w] ^ 1] += push;
          }
          flow += push;
        }
      }
      if (flow < k) {
        // The nodes still reachable from the source are X; the group is the atoms leaving it.
        List<Integer> group = new ArrayList<>();
        for (int f = 0; f < atoms; f++) {
          if (!isForced[f] && via[edgeA[f]] != -1 && via[edgeB[f]] == -1) {
            group.add(f);
          }
        }
        found.add(group.stream().mapToInt(Integer::intValue).toArray());
      } else if (known != null) {
        known[e] = true;
      }
    }
    return found;
  }

  /** Adds an arc and its reverse (the reverse starts empty; the caller may open it). */
  private static void arc(
      int[] head,
      int[] next,
      int[] first,
      long[] capacity,
      int[] used,
      int from,
      int to,
      long cap) {
    int a = used[0]++;
    head[a] = to;
    next[a] = first[from];
    first[from] = a;
    capacity[a] = cap;
    int b = used[0]++;
    head[b] = from;
    next[b] = first[to];
    first[to] = b;
    capacity[b] = 0;
  }

  private long[] indicator(int[] group) {
    long[] t = new long[atoms];
    for (int e : group) {
      t[e] = 1;
    }
    return t;
  }

  /**
   * The cycle residuals of a vector over atoms, modulo P: all zero iff it is in the zones' span.
   */
  private long[] residual(long[] t) {
    long[] potential = new long[nodes];
    for (int i = 0; i < nodes; i++) {
      int v = order[i];
      if (parentEdge[v] >= 0) {
        potential[v] = sub(t[parentEdge[v]], potential[parentNode[v]]);
      }
    }
    long[] y = new long[nonTree.length];
    for (int j = 0; j < nonTree.length; j++) {
      int e = nonTree[j];
      y[j] = sub(sub(t[e], potential[edgeA[e]]), potential[edgeB[e]]);
    }
    return y;
  }

  private static int firstNonZero(long[] v) {
    for (int i = 0; i < v.length; i++) {
      if (v[i] != 0) {
        return i;
      }
    }
    return -1;
  }

  private static void subtract(long[] target, long[] row, long factor) {
    for (int i = 0; i < target.length; i++) {
      if (row[i] != 0) {
        target[i] = sub(target[i], mul(row[i], factor));
      }
    }
  }

  private static void scale(long[] v, long factor) {
    for (int i = 0; i < v.length; i++) {
      v[i] = mul(v[i], factor);
    }
  }

  static long add(long a, long b) {
    long r = a + b;
    return r >= P ? r - P : r;
  }

  static long sub(long a, long b) {
    long r = a - b;
    return r < 0 ? r + P : r;
  }

  static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    long r = (lo & P) + (lo >>> 61) + (hi << 3);
    r = (r & P) + (r >>> 61);
    return r >= P ? r - P : r;
  }

  static long inverse(long a) {
    long result = 1;
    long base = a;
    long e = P - 2;
    while (e > 0) {
      if ((e & 1) == 1) {
        result = mul(result, base);
      }
      base = mul(base, base);
      e >>= 1;
    }
    return result;
  }
}
