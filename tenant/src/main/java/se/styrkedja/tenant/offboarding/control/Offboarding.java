package se.styrkedja.tenant.offboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.api.TenantPurged;
import se.styrkedja.tenant.api.TenantStatus;
import se.styrkedja.tenant.registry.control.TenantNotFound;
import se.styrkedja.tenant.registry.entity.Tenant;

/**
 * The platform operator's last two steps with a municipality: take out everything it owns, then
 * delete it. Deleting asks for a suspended tenant (its people are already shut out), an export
 * taken before, and the tenant's id typed again, so no single slip deletes a municipality.
 */
@ApplicationScoped
public class Offboarding {

  private static final Logger LOG = Logger.getLogger(Offboarding.class.getName());

  @PersistenceContext(unitName = "styrkedja")
  EntityManager em;

  @Inject TenantData data;
  @Inject AsTenant asTenant;
  @Inject Audit audit;
  @Inject CallerContext callers;
  @Inject Event<TenantPurged> purged;
  @Inject Clock clock;
  @Inject AccessPolicy access;

  /** What an offboarding did. */
  public record Result(TenantInfo tenant, OffsetDateTime offboardedAt, Map<String, Long> deleted) {}

  /** The tenant as the operator sees it; 404 for an id that is not registered. */
  @Transactional
  public TenantInfo tenant(String id) {
    requireOperator();
    return find(id).info();
  }

  /**
   * Writes the tenant's archive to {@code out} and notes, in the registry and in the tenant's own
   * audit trail, that it was taken.
   */
  public Map<String, Long> export(String id, OutputStream out) {
    Caller operator = requireOperator();
    TenantInfo info = find(id).info();
    if (info.status() == TenantStatus.OFFBOARDED) {
      throw new TenantOffboarded(info);
    }
    Map<String, String> about = new LinkedHashMap<>();
    about.put("id", info.id());
    about.put("name", info.name());
    about.put("municipalityCode", info.municipalityCode());
    about.put("status", info.status().name().toLowerCase(java.util.Locale.ROOT));
    Map<String, Long> rows = data.export(new TenantId(id), about, operator.username(), out);
    // The registry's note and the tenant's own audit line commit together, after the archive was
    // written in full.
    asTenant.run(
        new TenantId(id),
        () -> {
          find(id).exported(now(), operator.username());
          audit.wrote("tenant.exported", "tenant", id);
        });
    LOG.info(() -> "tenant " + id + " exported by " + operator.username() + ": " + rows);
    return rows;
  }

  /**
   * Deletes every row of the tenant, then (through {@link TenantPurged}) its identity in Keycloak,
   * and marks it offboarded. Safe to repeat when Keycloak failed half-way: the purge of an empty
   * tenant deletes nothing, and the tenant stays suspended until every step has succeeded.
   */
  @Transactional
  public Result offboard(String id, String confirmation) {
    Caller operator = requireOperator();
    Tenant tenant = find(id);
    if (confirmation == null || !confirmation.equals(id)) {
      throw new ConfirmationMismatch(id);
    }
    TenantInfo info = tenant.info();
    if (info.status() == TenantStatus.OFFBOARDED) {
      throw new TenantOffboarded(info);
    }
    if (info.status() != TenantStatus.SUSPENDED) {
      throw new TenantNotSuspended(info);
    }
    if (tenant.exportedAt().isEmpty()) {
      throw new TenantNotExported(info);
    }
    Map<String, Long> deleted = data.purge(new TenantId(id));
    purged.fire(new TenantPurged(new TenantId(id), operator.username()));
    OffsetDateTime at = now();
    tenant.offboard(at, operator.username());
    long total = deleted.values().stream().mapToLong(Long::longValue).sum();
    LOG.warning(
        () ->
            "tenant "
                + id
                + " offboarded by "
                + operator.username()
                + ": "
                + total
                + " rows deleted "
                + deleted);
    return new Result(tenant.info(), at, deleted);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private Tenant find(String id) {
    Tenant tenant = TenantId.isValid(id) ? em.find(Tenant.class, id) : null;
    if (tenant == null) {
      throw new TenantNotFound(id);
    }
    return tenant;
  }

  private Caller requireOperator() {
    access.requireOperator("export or offboard a municipality");
    return callers.current().orElseThrow();
  }
}
