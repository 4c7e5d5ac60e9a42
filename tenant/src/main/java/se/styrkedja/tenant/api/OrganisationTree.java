package se.styrkedja.tenant.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The organisation tree of the caller's municipality, for other modules: which units lie under
 * which. Every answer is about the bound tenant only; an id of another tenant's unit is treated
 * exactly like an id that does not exist. Closed units are part of the tree (their history stays
 * readable), so they are included.
 */
public interface OrganisationTree {

  /**
   * Whether {@code unit} lies in the subtree of {@code ancestor}, which includes {@code ancestor}
   * itself. False when either does not exist for this tenant.
   */
  boolean isWithin(UUID unit, UUID ancestor);

  /** The ids of {@code unit} and every unit under it; empty when it does not exist. */
  Set<UUID> subtree(UUID unit);

  /** Every unit of the tenant, open and closed, in no particular order. */
  List<UnitInfo> units();

  /** One unit, or empty when it does not exist for this tenant. */
  Optional<UnitInfo> find(UUID unit);

  /**
   * The root of the tree (the municipality's administration), or empty before the organisation has
   * one. Answered from the tree as last read, which is remembered across requests, so asking it
   * costs no database transaction: cheap enough for every {@code /api/me}.
   */
  Optional<UUID> root();
}
