package se.styrkedja.tenant.note.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.note.entity.Note;

/** The use cases of notes. Each runs in one transaction with its audit line. */
@ApplicationScoped
@Transactional
public class Notes {

  static final String TARGET = "note";

  @Inject NoteStore store;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject Clock clock;

  public Page<Note> list(int offset, int limit) {
    return new Page<>(store.page(offset, limit), store.count(), offset, limit);
  }

  public Note get(UUID id) {
    return store.find(id).orElseThrow(() -> new NoteNotFound(id));
  }

  public Note create(String title, String body) {
    Note note = new Note(title, body == null ? "" : body, caller.actor(), clock.instant());
    store.add(note);
    store.flush();
    audit.wrote("note.created", TARGET, note.id());
    return note;
  }

  public Note edit(UUID id, long expectedVersion, String title, String body) {
    Note note = get(id);
    if (note.version() != expectedVersion) {
      throw new StaleVersion(
          TenantProblemCode.NOTE_STALE_VERSION, "Note", id, expectedVersion, note.version());
    }
    note.edit(title, body == null ? "" : body, caller.actor(), clock.instant());
    store.flush();
    audit.wrote("note.edited", TARGET, id);
    return note;
  }

  public void delete(UUID id) {
    store.remove(get(id));
    store.flush();
    audit.wrote("note.deleted", TARGET, id);
  }
}
