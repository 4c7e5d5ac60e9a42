package se.styrkedja.competence.instrument.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.competence.instrument.entity.Instrument;
import se.styrkedja.competence.instrument.entity.InstrumentVersion;
import se.styrkedja.core.persistence.TenantEntityManager;

/** JPA access for instruments and their versions. */
@ApplicationScoped
public class InstrumentStore {

  @Inject TenantEntityManager tenantEm;

  public Optional<Instrument> find(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(Instrument.class, id));
  }

  /**
   * The instrument, locked for this transaction: changes to its versions (at most one draft, the
   * next number) follow one another.
   */
  public Optional<Instrument> findForUpdate(UUID id) {
    return Optional.ofNullable(
        tenantEm.get().find(Instrument.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<Instrument> list() {
    return tenantEm
        .get()
        .createQuery("select i from Instrument i order by i.name, i.createdAt", Instrument.class)
        .getResultList();
  }

  public Optional<InstrumentVersion> version(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(InstrumentVersion.class, id));
  }

  /** Every version of the instrument, oldest first. */
  public List<InstrumentVersion> versions(UUID instrumentId) {
    return tenantEm
        .get()
        .createQuery(
            "select v from InstrumentVersion v where v.instrumentId = :instrument"
                + " order by v.number",
            InstrumentVersion.class)
        .setParameter("instrument", instrumentId)
        .getResultList();
  }

  /** Every version of every instrument, for a list: one query, not one per instrument. */
  public List<InstrumentVersion> allVersions() {
    return tenantEm
        .get()
        .createQuery(
            "select v from InstrumentVersion v order by v.instrumentId, v.number",
            InstrumentVersion.class)
        .getResultList();
  }

  public void add(Object entity) {
    tenantEm.get().persist(entity);
  }

  public void remove(Object entity) {
    tenantEm.get().remove(entity);
  }

  public void flush() {
    tenantEm.get().flush();
  }
}
