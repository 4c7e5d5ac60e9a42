package se.styrkedja.tenant.api;

import java.util.List;
import java.util.Optional;

/**
 * The current municipality's own chain of governance, as its admin has configured it on the Roles
 * page: every module that lists, targets or checks role levels reads them here, so a level the
 * municipality adds or renames is known everywhere at once.
 */
public interface ChainOfGovernance {

  /** A level of the chain ({@code rank} 0 at the top) or a function beside it ({@code rank} -1). */
  record ChainLevel(String key, String name, int rank) {

    public boolean inChain() {
      return rank >= 0;
    }
  }

  /** The levels in the order of the chain, top first, then the functions beside it. */
  List<ChainLevel> levels();

  default Optional<ChainLevel> level(String key) {
    return levels().stream().filter(l -> l.key().equals(key)).findFirst();
  }
}
