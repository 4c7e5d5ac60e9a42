package se.styrkedja.tenant.ss12000.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.tenant.ss12000.entity.ImportFile;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportRejection;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/** JPA access to import jobs, their files and rejections; every query filtered by the tenant. */
@ApplicationScoped
public class ImportStore {

  @Inject TenantEntityManager tenantEm;

  EntityManager em() {
    return tenantEm.get();
  }

  public Optional<ImportJob> find(UUID id) {
    return Optional.ofNullable(em().find(ImportJob.class, id));
  }

  public List<ImportJob> page(int offset, int limit) {
    return em().createQuery(
            "select j from ImportJob j order by j.createdAt desc, j.id", ImportJob.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return em().createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
  }

  public Optional<ImportFile> file(UUID importId, RecordType kind) {
    return em().createQuery(
            "select f from ImportFile f where f.importId = :job and f.kind = :kind",
            ImportFile.class)
        .setParameter("job", importId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  public List<ImportRejection> rejections(UUID importId) {
    return em().createQuery(
            "select r from ImportRejection r where r.importId = :job order by r.seq, r.id",
            ImportRejection.class)
        .setParameter("job", importId)
        .getResultList();
  }

  /** Which of these SS 12000 ids of a type the import has a report line for. */
  public List<String> reported(UUID importId, RecordType type, List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em().createQuery(
            "select distinct r.recordId from ImportRejection r where r.importId = :job"
                + " and r.recordType = :type and r.recordId in :ids",
            String.class)
        .setParameter("job", importId)
        .setParameter("type", type)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * The heartbeat of a run that still holds the import's lease; 0 when another run holds it. The
   * row's version stays: the job's own chunk, in its own transaction at the same time, must not
   * fail for it. EclipseLink raises the version in a bulk update unless the update sets it itself.
   */
  public int renew(UUID importId, String runId, Instant now) {
    return em().createQuery(
            "update ImportJob j set j.heartbeatAt = :now, j.version = j.version"
                + " where j.id = :id and j.runId = :run")
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setParameter("id", importId)
        .setParameter("run", runId)
        .executeUpdate();
  }

  /** Records that a stop was asked for; as {@link #renew}, without touching the row's version. */
  public int requestStop(UUID importId) {
    return em().createQuery(
            "update ImportJob j set j.stopRequested = true, j.version = j.version where j.id = :id")
        .setParameter("id", importId)
        .executeUpdate();
  }

  public boolean stopRequested(UUID importId) {
    return em().createQuery(
            "select j.stopRequested from ImportJob j where j.id = :id", Boolean.class)
        .setParameter("id", importId)
        .getResultStream()
        .findFirst()
        .orElse(false);
  }

  public void flush() {
    em().flush();
  }

  public void add(Object entity) {
    em().persist(entity);
  }
}
