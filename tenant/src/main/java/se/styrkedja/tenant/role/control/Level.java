package se.styrkedja.tenant.role.control;

import java.util.Objects;

/**
 * A role level of a tenant's chain of governance, or a function beside it.
 *
 * @param key stable key, as the identity provider grants it ({@code rektor})
 * @param name the tenant's own name for it ({@code Rektor})
 * @param rank position in the chain, 0 at the top; several levels may share a rank (principal and
 *     preschool head); {@code -1} for a function beside the chain
 */
public record Level(String key, String name, int rank) {

  public static final int BESIDE_THE_CHAIN = -1;

  public Level {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    if (rank < BESIDE_THE_CHAIN) {
      throw new IllegalArgumentException("rank " + rank);
    }
  }

  public boolean inChain() {
    return rank != BESIDE_THE_CHAIN;
  }
}
