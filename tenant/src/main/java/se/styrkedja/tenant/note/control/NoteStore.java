package se.styrkedja.tenant.note.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.tenant.note.entity.Note;

/** JPA access to notes; every query is filtered by the bound tenant. */
@ApplicationScoped
public class NoteStore {

  @Inject TenantEntityManager tenantEm;

  public Optional<Note> find(UUID id) {
    return Optional.ofNullable(tenantEm.get().find(Note.class, id));
  }

  public List<Note> page(int offset, int limit) {
    return tenantEm
        .get()
        .createQuery("select n from Note n order by n.updatedAt desc, n.id", Note.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return tenantEm.get().createQuery("select count(n) from Note n", Long.class).getSingleResult();
  }

  public void add(Note note) {
    tenantEm.get().persist(note);
  }

  public void remove(Note note) {
    tenantEm.get().remove(note);
  }

  public void flush() {
    tenantEm.get().flush();
  }
}
