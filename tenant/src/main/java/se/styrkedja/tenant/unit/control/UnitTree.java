package se.styrkedja.tenant.unit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.unit.entity.Unit;

/** The organisation tree as other modules ask it, for the tenant bound to the request. */
@ApplicationScoped
@Transactional
public class UnitTree implements OrganisationTree {

  @Inject UnitStore store;
  @Inject RememberedUnits remembered;

  @Override
  public boolean isWithin(UUID unit, UUID ancestor) {
    if (unit == null || ancestor == null) {
      return false;
    }
    Optional<Unit> u = store.find(unit);
    Optional<Unit> a = unit.equals(ancestor) ? u : store.find(ancestor);
    return u.isPresent() && a.isPresent() && u.get().isWithin(a.get());
  }

  @Override
  public Set<UUID> subtree(UUID unit) {
    if (unit == null) {
      return Set.of();
    }
    return store.find(unit).map(u -> Set.copyOf(store.subtreeIds(u))).orElse(Set.of());
  }

  @Override
  public List<UnitInfo> units() {
    return store.root().map(root -> store.subtree(root, true)).orElse(List.of()).stream()
        .map(Unit::info)
        .toList();
  }

  @Override
  public Optional<UnitInfo> find(UUID unit) {
    return unit == null ? Optional.empty() : store.find(unit).map(Unit::info);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UUID> root() {
    return Optional.ofNullable(remembered.tree().rootId());
  }
}
