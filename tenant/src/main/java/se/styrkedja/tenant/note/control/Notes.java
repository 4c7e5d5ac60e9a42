package se.styrkedja.tenant.note.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.note.entity.Note;

/**
 * The use cases of notes. Each runs in one transaction with its audit line.
 *
 * <p>Who may do what: everyone who holds a role in the municipality reads its notes and writes new
 * ones; a note speaks in its author's voice, so only its author edits it; the author removes it,
 * and so does the municipality's admin, who keeps the shared page tidy (removes what should not be
 * there) but does not put words in anyone's mouth. {@link #allowed} tells the web app the same.
 */
@ApplicationScoped
@Transactional
public class Notes {

  static final String TARGET = "note";

  @Inject NoteStore store;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject TenantContext tenant;

  /** What the caller may do with a note: {@code edit}, {@code delete}. */
  public enum Allowed {
    EDIT,
    DELETE
  }

  public Page<Note> list(int offset, int limit) {
    requireRole("list notes");
    return new Page<>(store.page(offset, limit), store.count(), offset, limit);
  }

  public Note get(UUID id) {
    requireRole("read a note");
    return find(id);
  }

  /** The actions the caller may take on the note, by the rules that {@link #edit} applies. */
  public List<Allowed> allowed(Note note) {
    List<Allowed> allowed = new ArrayList<>();
    if (own(note)) {
      allowed.add(Allowed.EDIT);
    }
    if (own(note) || admin()) {
      allowed.add(Allowed.DELETE);
    }
    return allowed;
  }

  public Note create(String title, String body) {
    requireRole("write a note");
    Note note = new Note(title, body == null ? "" : body, caller.actor(), clock.instant());
    store.add(note);
    store.flush();
    audit.wrote("note.created", TARGET, note.id());
    return note;
  }

  public Note edit(UUID id, long expectedVersion, String title, String body) {
    Note note = get(id);
    if (!own(note)) {
      Audit.refused(tenant.require().value(), caller.actor(), "edit note " + id, "not the author");
      throw NoteNotYours.edit();
    }
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
    Note note = get(id);
    if (!own(note) && !admin()) {
      Audit.refused(
          tenant.require().value(), caller.actor(), "delete note " + id, "not the author");
      throw NoteNotYours.delete();
    }
    store.remove(note);
    store.flush();
    audit.wrote("note.deleted", TARGET, id);
  }

  private Note find(UUID id) {
    return store.find(id).orElseThrow(() -> new NoteNotFound(id));
  }

  private boolean own(Note note) {
    return note.createdBy().equals(caller.actor());
  }

  private boolean admin() {
    return access.may(Action.CONFIGURE, Target.tenantWide(tenant.require()));
  }

  /** Work no person started (demo data at start-up) has no caller and is the system's own. */
  private void requireRole(String what) {
    // A caller of no municipality (the operator) hears that first.
    tenant.require();
    if (caller.current().isPresent()) {
      access.requireAnyLevel(what);
    }
  }
}
