package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.ReadScope;
import se.styrkedja.tenant.api.Target;

/**
 * {@link AccessRules} for the current caller, with the tenant's stored chain of governance and
 * organisation tree. The caller's assignments are the active ones stored for their username in the
 * tenant the request acts for, and nothing else: a role held in one municipality grants nothing in
 * another, and the token's realm roles grant nothing in any (only the platform operator's role is
 * realm-wide, and it reads no tenant data).
 *
 * <p>The lookups run in a transaction of their own when the caller of {@link #may} has none.
 */
@ApplicationScoped
public class Access implements AccessPolicy {

  @Inject CallerContext callers;
  @Inject Clock clock;
  @Inject CallerRoles stored;
  @Inject OrganisationTree tree;

  @Override
  public boolean may(Action action, Target target) {
    Caller caller = callers.current().orElse(null);
    if (caller == null || caller.tenant().isEmpty()) {
      return false;
    }
    if (!caller.tenant().get().equals(target.tenant())) {
      return false;
    }
    Chain chain = stored.chain();
    LocalDate today = today();
    List<Assignment> assignments = stored.activeFor(caller.username(), today);
    return AccessRules.may(
        caller.tenant().get(), assignments, chain, tree::isWithin, today, action, target);
  }

  @Override
  public Optional<String> levelAt(UUID unit) {
    return Optional.ofNullable(levelsAt().get(unit));
  }

  @Override
  public Map<UUID, String> levelsAt() {
    Caller caller = callers.current().orElse(null);
    if (caller == null || caller.tenant().isEmpty()) {
      return Map.of();
    }
    Chain chain = stored.chain();
    Map<UUID, Level> levels = new HashMap<>();
    for (Assignment a : stored.activeFor(caller.username(), today())) {
      if (a.unit() == null) {
        continue;
      }
      chain
          .level(a.level())
          .filter(l -> l.inChain() && !chain.isTop(l))
          // The highest level held there, if several.
          .ifPresent(l -> levels.merge(a.unit(), l, (x, y) -> x.rank() <= y.rank() ? x : y));
    }
    Map<UUID, String> keys = new HashMap<>();
    levels.forEach((unit, level) -> keys.put(unit, level.key()));
    return keys;
  }

  @Override
  public boolean leads(String level) {
    Chain chain = stored.chain();
    List<List<String>> steps = chain.steps();
    return chain.level(level).filter(Level::inChain).isPresent()
        && !steps.isEmpty()
        && !steps.get(steps.size() - 1).contains(level);
  }

  @Override
  public ReadScope readScope() {
    Caller caller = callers.current().orElse(null);
    if (caller == null || caller.tenant().isEmpty()) {
      return new ReadScope(false, Set.of());
    }
    Chain chain = stored.chain();
    List<Assignment> assignments = stored.activeFor(caller.username(), today());
    // The same reading as AccessRules' READ: the admin, the top of the chain and a tenant-wide
    // assignment read everything; anyone else their assignments' subtrees.
    if (assignments.stream()
        .anyMatch(
            a -> a.level().equals(Chain.ADMIN) || chain.isTop(a.level()) || a.unit() == null)) {
      return ReadScope.all();
    }
    Set<UUID> units = new HashSet<>();
    assignments.forEach(a -> units.addAll(tree.subtree(a.unit())));
    return new ReadScope(false, units);
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }

  @Override
  public Set<String> levels() {
    Caller caller = callers.current().orElse(null);
    if (caller == null || caller.tenant().isEmpty()) {
      return Set.of();
    }
    Set<String> levels = new TreeSet<>();
    stored.activeFor(caller.username(), today()).forEach(a -> levels.add(a.level()));
    return levels;
  }

  @Override
  public void requireAnyLevel(String what) {
    if (levels().isEmpty()) {
      Audit.refused(
          callers.current().flatMap(Caller::tenant).map(t -> t.value()).orElse(null),
          callers.actor(),
          what,
          "no role in the municipality");
      throw AccessRefused.noLevel();
    }
  }

  @Override
  public void requireOperator(String what) {
    if (!callers.current().map(Caller::operator).orElse(false)) {
      Audit.refused(
          callers.current().flatMap(c -> c.tenant()).map(t -> t.value()).orElse(null),
          callers.actor(),
          what,
          "not the platform operator");
      throw AccessRefused.operatorOnly();
    }
  }

  @Override
  public void require(Action action, Target target, String what) {
    if (!may(action, target)) {
      Audit.refused(
          target.tenant().value(),
          callers.actor(),
          what + " (" + action + " " + target.unit().map(Object::toString).orElse("tenant") + ")",
          "role in the chain of governance");
      throw new AccessRefused(action);
    }
  }
}
