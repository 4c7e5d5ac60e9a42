package se.styrkedja.tenant.unit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.tenant.unit.entity.Unit;
import se.styrkedja.tenant.unit.entity.UnitChange;
import se.styrkedja.tenant.unit.entity.UnitPaths;

/**
 * JPA access to units and their history; every query is filtered by the bound tenant. Subtrees are
 * path ranges (see {@link UnitPaths}), served by the {@code (tenant_id, path)} index.
 */
@ApplicationScoped
public class UnitStore {

  private static final String IN_SUBTREE = "u.path >= :from and u.path < :to";

  /**
   * The subtree, in no order: for the subtree of the root that is every unit of the tenant, and
   * sorting them in the database costs more than the scan (docs/benchmarks.md). The benchmark
   * (OrganisationTreeBenchmark) runs this very query.
   */
  public static final String SUBTREE = "select u from Unit u where " + IN_SUBTREE;

  public static final String OPEN_SUBTREE = SUBTREE + " and u.closedOn is null";

  /** The ids of a subtree, for OrganisationTree; also run by the benchmark. */
  public static final String SUBTREE_IDS = "select u.id from Unit u where " + IN_SUBTREE;

  @Inject TenantEntityManager tenantEm;

  public Optional<Unit> find(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(Unit.class, id));
  }

  /**
   * The unit, locked for this transaction ({@code select ... for update}) and read afresh, so that
   * two changes of the tree that depend on it (a move of its ancestor, a new child, its closing)
   * follow one another instead of building on the same old state.
   */
  public Optional<Unit> findForUpdate(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(Unit.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Locks the tree for a move: the root row, for the rest of the transaction. A move locks the
   * unit, its new parent and then every row of its subtree; two moves that lock those in opposite
   * orders (A under B while B goes under A) would deadlock, so moves take this lock first and
   * follow one another. The second then finds the tree as the first left it and is refused for what
   * it is (a loop, a stale version), not for a deadlock. A new unit takes it too: inserted under
   * its parent's old path while a move of the parent's branch runs, it would keep that path.
   */
  public void lockTree() {
    tenantEm
        .get()
        .createQuery("select u from Unit u where u.parentId is null", Unit.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public Optional<Unit> root() {
    return tenantEm
        .get()
        .createQuery("select u from Unit u where u.parentId is null", Unit.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every unit of the tenant, closed ones too, by name (then id). */
  public List<Unit> allByName() {
    return tenantEm
        .get()
        .createQuery("select u from Unit u order by u.name, u.id", Unit.class)
        .getResultList();
  }

  /** One page of the units, of the whole tree or of the subtree of {@code under}, by name. */
  public List<Unit> page(Unit under, boolean includeClosed, int offset, int limit) {
    return filtered(
            "select u from Unit u", under, includeClosed, " order by u.name, u.id", Unit.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(Unit under, boolean includeClosed) {
    return filtered("select count(u) from Unit u", under, includeClosed, "", Long.class)
        .getSingleResult();
  }

  /**
   * The unit and every unit under it, parents before their children (by path, which in Java's
   * string order is the database's binary order, as the paths are ASCII).
   */
  public List<Unit> subtree(Unit root, boolean includeClosed) {
    List<Unit> units =
        new ArrayList<>(
            tenantEm
                .get()
                .createQuery(includeClosed ? SUBTREE : OPEN_SUBTREE, Unit.class)
                .setParameter("from", root.path())
                .setParameter("to", UnitPaths.upperBound(root.path()))
                .getResultList());
    units.sort(Comparator.comparing(Unit::path));
    return units;
  }

  public List<UUID> subtreeIds(Unit root) {
    return tenantEm
        .get()
        .createQuery(SUBTREE_IDS, UUID.class)
        .setParameter("from", root.path())
        .setParameter("to", UnitPaths.upperBound(root.path()))
        .getResultList();
  }

  /** How many levels the subtree of {@code root} reaches below it (0 for a leaf). */
  public int height(Unit root) {
    Integer longest =
        tenantEm
            .get()
            .createQuery(
                "select max(length(u.path)) from Unit u where " + IN_SUBTREE, Integer.class)
            .setParameter("from", root.path())
            .setParameter("to", UnitPaths.upperBound(root.path()))
            .getSingleResult();
    return longest == null ? 0 : UnitPaths.depthOfLength(longest) - root.depth();
  }

  public List<String> openChildNames(UUID parentId) {
    return tenantEm
        .get()
        .createQuery(
            "select u.name from Unit u where u.parentId = :parent and u.closedOn is null"
                + " order by u.name",
            String.class)
        .setParameter("parent", parentId)
        .getResultList();
  }

  /** The open unit holding this school unit code, other than {@code except} (may be null). */
  public Optional<Unit> openWithSchoolUnitCode(String code, UUID except) {
    return tenantEm
        .get()
        .createQuery(
            "select u from Unit u where u.schoolUnitCode = :code and u.closedOn is null",
            Unit.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(u -> !u.id().equals(except))
        .findFirst();
  }

  /** The units an import brought (or adopted) under these SS 12000 ids, 1000 ids a query. */
  public List<Unit> byExternalIds(Collection<String> externalIds) {
    List<String> distinct = externalIds.stream().filter(Objects::nonNull).distinct().toList();
    List<Unit> found = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i += 1000) {
      found.addAll(
          tenantEm
              .get()
              .createQuery("select u from Unit u where u.externalId in :ids", Unit.class)
              .setParameter("ids", distinct.subList(i, Math.min(distinct.size(), i + 1000)))
              .getResultList());
    }
    return found;
  }

  /**
   * Moves every path of the subtree at {@code oldRootPath} to {@code newRootPath} in one statement
   * (and counts it as a change of each unit, for optimistic locking). Entities of the subtree in
   * this persistence context are stale afterwards: refresh what is used again.
   */
  public int movePaths(String oldRootPath, String newRootPath) {
    return tenantEm
        .get()
        .createQuery(
            "update Unit u set u.path = concat(:newRoot, substring(u.path, :rest)),"
                + " u.version = u.version + 1 where "
                + IN_SUBTREE)
        .setParameter("newRoot", newRootPath)
        .setParameter("rest", oldRootPath.length() + 1)
        .setParameter("from", oldRootPath)
        .setParameter("to", UnitPaths.upperBound(oldRootPath))
        .executeUpdate();
  }

  public void refresh(Unit unit) {
    tenantEm.get().refresh(unit);
  }

  public void add(Unit unit) {
    tenantEm.get().persist(unit);
  }

  public void add(UnitChange change) {
    tenantEm.get().persist(change);
  }

  public List<UnitChange> history(UUID unitId) {
    return tenantEm
        .get()
        .createQuery(
            "select c from UnitChange c where c.unitId = :unit order by c.changedAt, c.id",
            UnitChange.class)
        .setParameter("unit", unitId)
        .getResultList();
  }

  public void flush() {
    tenantEm.get().flush();
  }

  private <T> TypedQuery<T> filtered(
      String select, Unit under, boolean includeClosed, String orderBy, Class<T> type) {
    List<String> conditions = new ArrayList<>();
    if (under != null) {
      conditions.add(IN_SUBTREE);
    }
    if (!includeClosed) {
      conditions.add("u.closedOn is null");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> query = tenantEm.get().createQuery(select + where + orderBy, type);
    if (under != null) {
      query
          .setParameter("from", under.path())
          .setParameter("to", UnitPaths.upperBound(under.path()));
    }
    return query;
  }
}
