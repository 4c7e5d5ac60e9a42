package se.styrkedja.tenant.strategy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.tenant.strategy.entity.AreaMapping;
import se.styrkedja.tenant.strategy.entity.Goal;
import se.styrkedja.tenant.strategy.entity.PriorityArea;
import se.styrkedja.tenant.strategy.entity.RoleExpectations;
import se.styrkedja.tenant.strategy.entity.Strategy;
import se.styrkedja.tenant.strategy.entity.StrategyStatus;

/**
 * JPA access to strategies and what hangs under them; every query is filtered by the bound tenant.
 * The children name their parent by id rather than through JPA relationships, so callers flush
 * parents before children (and children before parents when removing): the foreign keys are checked
 * statement by statement.
 */
@ApplicationScoped
public class StrategyStore {

  @Inject TenantEntityManager tenantEm;

  private EntityManager em() {
    return tenantEm.get();
  }

  public Optional<Strategy> find(UUID id) {
    return Optional.ofNullable(em().find(Strategy.class, id));
  }

  public List<Strategy> all() {
    return em().createQuery(
            "select s from Strategy s order by s.createdAt desc, s.versionNumber desc, s.id",
            Strategy.class)
        .getResultList();
  }

  public long count() {
    return em().createQuery("select count(s) from Strategy s", Long.class).getSingleResult();
  }

  public List<Strategy> withStatus(StrategyStatus status) {
    return em().createQuery("select s from Strategy s where s.status = :status", Strategy.class)
        .setParameter("status", status)
        .getResultList();
  }

  public List<Strategy> lineage(UUID lineageId) {
    return em().createQuery(
            "select s from Strategy s where s.lineageId = :lineage order by s.versionNumber desc",
            Strategy.class)
        .setParameter("lineage", lineageId)
        .getResultList();
  }

  public List<PriorityArea> areas(UUID strategyId) {
    return em().createQuery(
            "select a from PriorityArea a where a.strategyId = :s order by a.position, a.id",
            PriorityArea.class)
        .setParameter("s", strategyId)
        .getResultList();
  }

  public Optional<PriorityArea> area(UUID id) {
    return Optional.ofNullable(em().find(PriorityArea.class, id));
  }

  public List<AreaMapping> mappings(UUID strategyId) {
    return em().createQuery(
            "select m from AreaMapping m where m.strategyId = :s"
                + " order by m.framework, m.areaCode",
            AreaMapping.class)
        .setParameter("s", strategyId)
        .getResultList();
  }

  public List<AreaMapping> mappingsOfArea(UUID areaId) {
    return em().createQuery(
            "select m from AreaMapping m where m.areaId = :a order by m.framework, m.areaCode",
            AreaMapping.class)
        .setParameter("a", areaId)
        .getResultList();
  }

  public List<Goal> goals(UUID strategyId) {
    return em().createQuery(
            "select g from Goal g where g.strategyId = :s order by g.position, g.id", Goal.class)
        .setParameter("s", strategyId)
        .getResultList();
  }

  public List<Goal> goalsOfArea(UUID areaId) {
    return em().createQuery(
            "select g from Goal g where g.areaId = :a order by g.position, g.id", Goal.class)
        .setParameter("a", areaId)
        .getResultList();
  }

  public Optional<Goal> goal(UUID id) {
    return Optional.ofNullable(em().find(Goal.class, id));
  }

  public List<RoleExpectations> expectations(UUID strategyId) {
    return em().createQuery(
            "select e from RoleExpectations e where e.strategyId = :s", RoleExpectations.class)
        .setParameter("s", strategyId)
        .getResultList();
  }

  public Optional<RoleExpectations> expectations(UUID strategyId, String roleLevel) {
    return em().createQuery(
            "select e from RoleExpectations e where e.strategyId = :s and e.roleLevel = :level",
            RoleExpectations.class)
        .setParameter("s", strategyId)
        .setParameter("level", roleLevel)
        .getResultStream()
        .findFirst();
  }

  public void add(Object entity) {
    em().persist(entity);
  }

  public void remove(Object entity) {
    em().remove(entity);
  }

  public void flush() {
    em().flush();
  }
}
