package se.styrkedja.tenant.strategy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.tenant.api.AdoptedStrategy;
import se.styrkedja.tenant.api.ChainOfGovernance;
import se.styrkedja.tenant.api.StrategyDirectory;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.strategy.entity.AreaMapping;
import se.styrkedja.tenant.strategy.entity.Framework;
import se.styrkedja.tenant.strategy.entity.FrameworkRef;
import se.styrkedja.tenant.strategy.entity.Goal;
import se.styrkedja.tenant.strategy.entity.Ordering;
import se.styrkedja.tenant.strategy.entity.PriorityArea;
import se.styrkedja.tenant.strategy.entity.RoleExpectations;
import se.styrkedja.tenant.strategy.entity.Strategy;
import se.styrkedja.tenant.strategy.entity.StrategyStatus;

/**
 * The use cases of the strategy. Each runs in one transaction with an audit line per write. Each
 * write first asks who may ({@link StrategyWriters}, through the access policy); the rules of
 * versions live in {@link Strategy}.
 */
@ApplicationScoped
@Transactional
public class Strategies implements StrategyDirectory {

  static final String STRATEGY = "strategy";
  static final String AREA = "strategy.area";
  static final String GOAL = "strategy.goal";
  static final String EXPECTATIONS = "strategy.expectations";

  @Inject StrategyStore store;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject StrategyWriters writers;
  @Inject ChainOfGovernance chain;

  // Reading

  public List<Strategy> list() {
    return store.all();
  }

  public Strategy get(UUID id) {
    return store.find(id).orElseThrow(() -> new StrategyNotFound(id));
  }

  public StrategyTree tree(UUID id) {
    return treeOf(get(id));
  }

  public Optional<StrategyTree> adoptedTree() {
    return store.withStatus(StrategyStatus.ADOPTED).stream().findFirst().map(this::treeOf);
  }

  public List<Strategy> versions(UUID id) {
    return store.lineage(get(id).lineageId());
  }

  public PriorityArea area(UUID strategyId, UUID areaId) {
    get(strategyId);
    return store
        .area(areaId)
        .filter(a -> a.strategyId().equals(strategyId))
        .orElseThrow(() -> new PriorityAreaNotFound(areaId));
  }

  public List<AreaMapping> mappingsOf(UUID areaId) {
    return store.mappingsOfArea(areaId);
  }

  public List<Goal> goalsOf(UUID areaId) {
    return store.goalsOfArea(areaId);
  }

  public List<RoleExpectations> expectations(UUID strategyId) {
    get(strategyId);
    return store.expectations(strategyId);
  }

  public Optional<RoleExpectations> expectations(UUID strategyId, String roleLevel) {
    get(strategyId);
    requireLevel(roleLevel);
    return store.expectations(strategyId, roleLevel);
  }

  @Override
  public boolean knowsFrameworkArea(String framework, String area) {
    return framework != null && area != null && Framework.knows(framework, area);
  }

  @Override
  public Optional<AdoptedStrategy> adopted() {
    return adoptedTree()
        .map(
            t ->
                new AdoptedStrategy(
                    t.strategy().id(),
                    t.strategy().title(),
                    t.strategy().versionNumber(),
                    t.strategy().adoptedOn(),
                    t.strategy().validFrom(),
                    t.strategy().validTo(),
                    t.areas().stream()
                        .map(
                            a ->
                                new AdoptedStrategy.Area(
                                    a.id(),
                                    a.position(),
                                    a.title(),
                                    t.goalsOf(a.id()).stream()
                                        .map(
                                            g ->
                                                new AdoptedStrategy.Goal(
                                                    g.id(), g.title(), g.deadline()))
                                        .toList()))
                        .toList()));
  }

  // The strategy itself

  public Strategy create(Strategy.Contents contents) {
    writers.requireWriter("create strategy");
    Strategy s = Strategy.draft(contents, caller.actor(), clock.instant());
    store.add(s);
    store.flush();
    audit.wrote("strategy.created", STRATEGY, s.id());
    return s;
  }

  /** A draft with a neutral structure: the national strategy's focus areas, no goals yet. */
  public Strategy createFromTemplate(String title) {
    writers.requireWriter("create strategy from template");
    Strategy s = Strategy.draft(StrategyTemplate.contents(title), caller.actor(), clock.instant());
    store.add(s);
    store.flush();
    int position = 1;
    for (StrategyTemplate.Area a : StrategyTemplate.AREAS) {
      PriorityArea area = new PriorityArea(s.id(), position++, a.title(), a.description());
      store.add(area);
      store.flush();
      for (FrameworkRef ref : a.mappings()) {
        store.add(new AreaMapping(s.id(), area.id(), ref.framework(), ref.areaCode()));
      }
    }
    store.flush();
    audit.wrote("strategy.created-from-template", STRATEGY, s.id());
    return s;
  }

  public Strategy edit(UUID id, long expectedVersion, Strategy.Contents contents) {
    writers.requireWriter("edit strategy");
    Strategy s = current(id, expectedVersion);
    s.edit(contents, caller.actor(), clock.instant());
    store.flush();
    audit.wrote("strategy.edited", STRATEGY, id);
    return s;
  }

  /** Adopts a draft; the strategy adopted before is archived in the same transaction. */
  public Strategy adopt(UUID id, long expectedVersion, LocalDate on, String body) {
    writers.requireWriter("adopt strategy");
    Strategy s = current(id, expectedVersion);
    s.requireDraft();
    Instant now = clock.instant();
    List<Strategy> adoptedNow = store.withStatus(StrategyStatus.ADOPTED);
    for (Strategy previous : adoptedNow) {
      previous.archive(caller.actor(), now);
      audit.wrote("strategy.archived", STRATEGY, previous.id());
    }
    // The database holds one adopted row per tenant too: the archive must reach it first.
    store.flush();
    s.adopt(adoptedNow, on, body, caller.actor(), now);
    store.flush();
    audit.wrote("strategy.adopted", STRATEGY, id);
    return s;
  }

  public Strategy archive(UUID id, long expectedVersion) {
    writers.requireWriter("archive strategy");
    Strategy s = current(id, expectedVersion);
    s.archive(caller.actor(), clock.instant());
    store.flush();
    audit.wrote("strategy.archived", STRATEGY, id);
    return s;
  }

  /** A new draft version of the adopted strategy, with copies of its areas, goals, expectations. */
  public Strategy newVersion(UUID id) {
    writers.requireWriter("start new strategy version");
    Strategy adopted = get(id);
    List<Strategy> lineage = store.lineage(adopted.lineageId());
    int next = lineage.stream().mapToInt(Strategy::versionNumber).max().orElse(0) + 1;
    Strategy draft = adopted.newVersion(next, caller.actor(), clock.instant());
    Optional<Strategy> started =
        lineage.stream().filter(v -> v.status() == StrategyStatus.DRAFT).findFirst();
    if (started.isPresent()) {
      throw new DraftAlreadyStarted(id, started.get().id());
    }
    store.add(draft);
    store.flush();
    StrategyTree tree = treeOf(adopted);
    Map<UUID, PriorityArea> copies = new HashMap<>();
    for (PriorityArea a : tree.areas()) {
      PriorityArea copy = a.copyFor(draft.id());
      copies.put(a.id(), copy);
      store.add(copy);
    }
    store.flush();
    for (PriorityArea a : tree.areas()) {
      UUID copyId = copies.get(a.id()).id();
      for (AreaMapping m : tree.mappingsOf(a.id())) {
        store.add(new AreaMapping(draft.id(), copyId, m.framework(), m.areaCode()));
      }
      for (Goal g : tree.goalsOf(a.id())) {
        store.add(g.copyFor(draft.id(), copyId));
      }
    }
    for (RoleExpectations e : tree.expectations()) {
      store.add(e.copyFor(draft.id()));
    }
    store.flush();
    audit.wrote("strategy.version-started", STRATEGY, draft.id());
    return draft;
  }

  /**
   * What the caller may do with a version, by the rules its use cases apply: whoever configures the
   * municipality edits, adopts or discards a draft (one never adopted: adopting ends its being a
   * draft), and starts a new version of the adopted one unless a draft of it is started already.
   */
  public List<String> allowed(Strategy s) {
    if (!writers.mayWrite()) {
      return List.of();
    }
    return switch (s.status()) {
      case DRAFT -> List.of("edit", "adopt", "discard");
      case ADOPTED ->
          store.lineage(s.lineageId()).stream().anyMatch(v -> v.status() == StrategyStatus.DRAFT)
              ? List.of()
              : List.of("new-version");
      case ARCHIVED -> List.of();
    };
  }

  /** Removes a draft with everything under it; adopted and archived versions stay for good. */
  public void delete(UUID id) {
    writers.requireWriter("delete strategy");
    Strategy s = get(id);
    s.requireDraft();
    store.mappings(id).forEach(store::remove);
    store.goals(id).forEach(store::remove);
    store.expectations(id).forEach(store::remove);
    store.flush();
    store.areas(id).forEach(store::remove);
    store.flush();
    store.remove(s);
    store.flush();
    audit.wrote("strategy.deleted", STRATEGY, id);
  }

  // Priority areas

  public PriorityArea addArea(
      UUID strategyId, String title, String description, List<FrameworkRef> mappings) {
    writers.requireWriter("add priority area");
    Strategy s = get(strategyId);
    s.requireDraft();
    int position =
        store.areas(strategyId).stream().mapToInt(PriorityArea::position).max().orElse(0);
    PriorityArea area = new PriorityArea(strategyId, position + 1, title, description);
    store.add(area);
    store.flush();
    replaceMappings(strategyId, area.id(), mappings);
    store.flush();
    audit.wrote("strategy.area.created", AREA, area.id());
    return area;
  }

  public PriorityArea editArea(
      UUID strategyId,
      UUID areaId,
      long expectedVersion,
      String title,
      String description,
      List<FrameworkRef> mappings) {
    writers.requireWriter("edit priority area");
    get(strategyId).requireDraft();
    PriorityArea area = area(strategyId, areaId);
    if (area.version() != expectedVersion) {
      throw new StaleVersion(
          TenantProblemCode.STRATEGY_STALE_VERSION,
          "Priority area",
          areaId,
          expectedVersion,
          area.version());
    }
    area.edit(title, description);
    replaceMappings(strategyId, areaId, mappings);
    store.flush();
    audit.wrote("strategy.area.edited", AREA, areaId);
    return area;
  }

  public void deleteArea(UUID strategyId, UUID areaId) {
    writers.requireWriter("delete priority area");
    get(strategyId).requireDraft();
    PriorityArea area = area(strategyId, areaId);
    store.mappingsOfArea(areaId).forEach(store::remove);
    store.goalsOfArea(areaId).forEach(store::remove);
    store.flush();
    store.remove(area);
    store.flush();
    // Close the gap, so positions stay 1, 2, 3, ...
    List<PriorityArea> rest = store.areas(strategyId);
    for (int i = 0; i < rest.size(); i++) {
      rest.get(i).moveTo(i + 1);
    }
    store.flush();
    audit.wrote("strategy.area.deleted", AREA, areaId);
  }

  public List<PriorityArea> reorderAreas(UUID strategyId, List<UUID> order) {
    writers.requireWriter("reorder priority areas");
    get(strategyId).requireDraft();
    List<PriorityArea> ordered = Ordering.reorder(store.areas(strategyId), order);
    store.flush();
    audit.wrote("strategy.areas.reordered", STRATEGY, strategyId);
    return ordered;
  }

  private void replaceMappings(UUID strategyId, UUID areaId, List<FrameworkRef> mappings) {
    store.mappingsOfArea(areaId).forEach(store::remove);
    store.flush();
    for (FrameworkRef ref : new LinkedHashSet<>(mappings)) {
      store.add(new AreaMapping(strategyId, areaId, ref.framework(), ref.areaCode()));
    }
  }

  // Goals

  public Goal addGoal(UUID strategyId, UUID areaId, Goal.Indicator indicator) {
    writers.requireWriter("add goal");
    get(strategyId).requireDraft();
    area(strategyId, areaId);
    int position = store.goalsOfArea(areaId).stream().mapToInt(Goal::position).max().orElse(0);
    Goal goal = new Goal(strategyId, areaId, position + 1, indicator);
    store.add(goal);
    store.flush();
    audit.wrote("strategy.goal.created", GOAL, goal.id());
    return goal;
  }

  public Goal goal(UUID strategyId, UUID areaId, UUID goalId) {
    area(strategyId, areaId);
    return store
        .goal(goalId)
        .filter(g -> g.areaId().equals(areaId))
        .orElseThrow(() -> new GoalNotFound(goalId));
  }

  public Goal editGoal(
      UUID strategyId, UUID areaId, UUID goalId, long expectedVersion, Goal.Indicator indicator) {
    writers.requireWriter("edit goal");
    get(strategyId).requireDraft();
    Goal goal = goal(strategyId, areaId, goalId);
    if (goal.version() != expectedVersion) {
      throw new StaleVersion(
          TenantProblemCode.STRATEGY_STALE_VERSION,
          "Goal",
          goalId,
          expectedVersion,
          goal.version());
    }
    goal.edit(indicator);
    store.flush();
    audit.wrote("strategy.goal.edited", GOAL, goalId);
    return goal;
  }

  public void deleteGoal(UUID strategyId, UUID areaId, UUID goalId) {
    writers.requireWriter("delete goal");
    get(strategyId).requireDraft();
    store.remove(goal(strategyId, areaId, goalId));
    store.flush();
    audit.wrote("strategy.goal.deleted", GOAL, goalId);
  }

  // Expectations per role level

  /** Expectations are for the levels of the municipality's own chain, as its admin set it up. */
  private void requireLevel(String roleLevel) {
    if (roleLevel == null || chain.level(roleLevel).isEmpty()) {
      throw new UnknownRoleLevel(roleLevel);
    }
  }

  /**
   * Replaces what is expected of one role level. The first write for a level names no version;
   * later ones name the version they were based on.
   */
  public RoleExpectations putExpectations(
      UUID strategyId, String roleLevel, Long expectedVersion, List<String> statements) {
    writers.requireWriter("write expectations");
    requireLevel(roleLevel);
    get(strategyId).requireDraft();
    Optional<RoleExpectations> existing = store.expectations(strategyId, roleLevel);
    RoleExpectations e;
    if (existing.isPresent()) {
      e = existing.get();
      if (expectedVersion == null || e.version() != expectedVersion) {
        throw new StaleVersion(
            TenantProblemCode.STRATEGY_STALE_VERSION,
            "Expectations of " + roleLevel,
            strategyId,
            expectedVersion == null ? 0 : expectedVersion,
            e.version());
      }
      e.replace(statements);
    } else {
      e = new RoleExpectations(strategyId, roleLevel, statements);
      store.add(e);
    }
    store.flush();
    audit.wrote("strategy.expectations.written", EXPECTATIONS, e.id());
    return e;
  }

  // Helpers

  private Strategy current(UUID id, long expectedVersion) {
    Strategy s = get(id);
    if (s.version() != expectedVersion) {
      throw new StaleVersion(
          TenantProblemCode.STRATEGY_STALE_VERSION, "Strategy", id, expectedVersion, s.version());
    }
    return s;
  }

  private StrategyTree treeOf(Strategy s) {
    return new StrategyTree(
        s,
        store.areas(s.id()),
        store.mappings(s.id()).stream().collect(Collectors.groupingBy(AreaMapping::areaId)),
        store.goals(s.id()).stream().collect(Collectors.groupingBy(Goal::areaId)),
        store.expectations(s.id()),
        levelKeys());
  }

  /** The keys of the municipality's chain of governance, in its order. */
  public List<String> levelKeys() {
    return chain.levels().stream().map(ChainOfGovernance.ChainLevel::key).toList();
  }
}
