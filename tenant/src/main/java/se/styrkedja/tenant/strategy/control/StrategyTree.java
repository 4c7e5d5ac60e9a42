package se.styrkedja.tenant.strategy.control;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.styrkedja.tenant.strategy.entity.AreaMapping;
import se.styrkedja.tenant.strategy.entity.Goal;
import se.styrkedja.tenant.strategy.entity.PriorityArea;
import se.styrkedja.tenant.strategy.entity.RoleExpectations;
import se.styrkedja.tenant.strategy.entity.Strategy;

/**
 * One strategy version with everything under it, read in one transaction, and the keys of the
 * municipality's chain of governance in its order: the levels expectations may be written for.
 */
public record StrategyTree(
    Strategy strategy,
    List<PriorityArea> areas,
    Map<UUID, List<AreaMapping>> mappings,
    Map<UUID, List<Goal>> goals,
    List<RoleExpectations> expectations,
    List<String> levels) {

  public List<AreaMapping> mappingsOf(UUID areaId) {
    return mappings.getOrDefault(areaId, List.of());
  }

  public List<Goal> goalsOf(UUID areaId) {
    return goals.getOrDefault(areaId, List.of());
  }
}
