package se.styrkedja.tenant.ss12000.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

  public void flush() {
    em().flush();
  }

  public void add(Object entity) {
    em().persist(entity);
  }
}
