package se.styrkedja.tenant.role.boundary;

import java.util.List;
import se.styrkedja.tenant.role.control.Chain;
import se.styrkedja.tenant.role.control.Level;

/**
 * The chain of governance as the API shows it: every level and function, and the chain's steps from
 * the top (levels of one step share a rank).
 */
public record ChainView(List<LevelView> levels, List<List<String>> order) {

  /** A level ({@code inChain}) or a function beside the chain (rank -1). */
  public record LevelView(String key, String name, int rank, boolean inChain, boolean top) {}

  static ChainView of(Chain chain) {
    return new ChainView(
        chain.levels().stream()
            .sorted(
                java.util.Comparator.comparingInt((Level l) -> l.inChain() ? l.rank() : 1_000_000))
            .map(l -> new LevelView(l.key(), l.name(), l.rank(), l.inChain(), chain.isTop(l)))
            .toList(),
        chain.steps());
  }
}
