package se.styrkedja.tenant.unit.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.styrkedja.core.persistence.TenantCache;
import se.styrkedja.core.persistence.TenantChanges;
import se.styrkedja.core.tenant.TenantContext;

/**
 * The tenant's whole tree as last read, remembered across requests for as long as {@link
 * TenantChanges} announces no change to the tenant (a unit's write counts, see {@code Unit}), and
 * never longer than {@link TenantCache#FRESH}: listing units, the most asked read of the API, then
 * costs no database transaction. Every unit, closed ones too, by name.
 */
@ApplicationScoped
class RememberedUnits {

  /** One read of the tree: its units by name (then id), as the database orders them. */
  record Tree(List<UnitRow> byName, Map<UUID, UnitRow> byId, UUID rootId) {

    static Tree of(List<UnitRow> byName) {
      return new Tree(
          List.copyOf(byName),
          byName.stream().collect(Collectors.toUnmodifiableMap(UnitRow::id, Function.identity())),
          byName.stream()
              .filter(u -> u.parentId() == null)
              .map(UnitRow::id)
              .findFirst()
              .orElse(null));
    }
  }

  @Inject Reader reader;
  @Inject TenantContext tenant;
  @Inject TenantChanges changes;

  private TenantCache<Class<?>, Tree> trees;

  @PostConstruct
  void remember() {
    trees = new TenantCache<>(changes, 10_000);
  }

  Tree tree() {
    return trees.get(tenant.require(), Tree.class, reader::read);
  }

  /** Reads the tree in a transaction of its own (the tenant's row-level security needs one). */
  @ApplicationScoped
  @Transactional
  static class Reader {

    @Inject UnitStore store;

    Tree read() {
      return Tree.of(store.allByName().stream().map(UnitRow::of).toList());
    }
  }
}
