package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.tenant.role.entity.RoleAssignment;
import se.styrkedja.tenant.role.entity.RoleLevel;

/** JPA access to the stored chain and the role assignments, filtered by the bound tenant. */
@ApplicationScoped
public class RoleStore {

  @Inject TenantEntityManager tenantEm;

  public List<RoleLevel> levels() {
    return tenantEm
        .get()
        .createQuery("select l from RoleLevel l order by l.position, l.levelKey", RoleLevel.class)
        .getResultList();
  }

  /** The stored chain, or the standard one while the tenant has stored none. */
  public Chain chain() {
    List<RoleLevel> rows = levels();
    if (rows.isEmpty()) {
      return Chain.standard();
    }
    return new Chain(rows.stream().map(r -> new Level(r.key(), r.name(), r.rank())).toList());
  }

  /** Stores the chain: its levels are updated, or added when new; levels are never removed. */
  public void save(Chain chain) {
    List<RoleLevel> rows = levels();
    for (int position = 0; position < chain.levels().size(); position++) {
      Level level = chain.levels().get(position);
      Optional<RoleLevel> row = rows.stream().filter(r -> r.key().equals(level.key())).findFirst();
      if (row.isPresent()) {
        RoleLevel r = row.get();
        if (!r.name().equals(level.name())
            || r.rank() != level.rank()
            || r.position() != position) {
          r.set(level.name(), level.rank(), position);
        }
      } else {
        tenantEm.get().persist(new RoleLevel(level.key(), level.name(), level.rank(), position));
      }
    }
    tenantEm.get().flush();
  }

  public Optional<RoleAssignment> find(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(RoleAssignment.class, id));
  }

  public Optional<RoleAssignment> findForUpdate(UUID id) {
    return Optional.ofNullable(
        tenantEm.get().find(RoleAssignment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(RoleAssignment assignment) {
    tenantEm.get().persist(assignment);
  }

  public void flush() {
    tenantEm.get().flush();
  }

  /** The assignments a person holds on a day. */
  public List<RoleAssignment> activeFor(String username, LocalDate day) {
    return tenantEm
        .get()
        .createQuery(
            "select a from RoleAssignment a where a.username = :username and a.validFrom <= :day"
                + " and (a.validUntil is null or a.validUntil >= :day)",
            RoleAssignment.class)
        .setParameter("username", username)
        .setParameter("day", day)
        .getResultList();
  }

  public long count() {
    return tenantEm
        .get()
        .createQuery("select count(a) from RoleAssignment a", Long.class)
        .getSingleResult();
  }

  /** One page of the assignments, of one person and/or at one unit, newest start first. */
  public List<RoleAssignment> page(String username, UUID unitId, int offset, int limit) {
    return filtered(
            "select a from RoleAssignment a",
            username,
            unitId,
            " order by a.username, a.validFrom desc, a.id",
            RoleAssignment.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(String username, UUID unitId) {
    return filtered("select count(a) from RoleAssignment a", username, unitId, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select, String username, UUID unitId, String orderBy, Class<T> type) {
    List<String> conditions = new ArrayList<>();
    if (username != null) {
      conditions.add("a.username = :username");
    }
    if (unitId != null) {
      conditions.add("a.unitId = :unit");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> query = tenantEm.get().createQuery(select + where + orderBy, type);
    if (username != null) {
      query.setParameter("username", username);
    }
    if (unitId != null) {
      query.setParameter("unit", unitId);
    }
    return query;
  }
}
