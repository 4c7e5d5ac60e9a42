package se.styrkedja.tenant.api;

import java.util.Optional;

/**
 * The municipality's adopted strategy, for the modules that plan and report against it (an action
 * plan's activity serves a priority area; an indicator follows a goal). Answers for the tenant of
 * the current request or {@code AsTenant} work, inside a transaction.
 */
public interface StrategyDirectory {

  /** The strategy adopted now, if the municipality has adopted one. */
  Optional<AdoptedStrategy> adopted();

  /**
   * Whether {@code framework} (a name of the catalogue, e.g. {@code DIGCOMPEDU}) has an area of
   * this code (e.g. {@code 2}): the areas GET /api/strategies/frameworks lists.
   */
  boolean knowsFrameworkArea(String framework, String area);
}
