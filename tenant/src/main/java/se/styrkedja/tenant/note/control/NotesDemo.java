package se.styrkedja.tenant.note.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;

/** A first note in each demo municipality, so that the notes page is not empty on first sight. */
@ApplicationScoped
public class NotesDemo {

  @Inject AsTenant asTenant;
  @Inject Notes notes;
  @Inject NoteStore store;

  void onDemo(@Observes DemoDataRequested demo) {
    for (TenantId tenant : demo.tenants()) {
      asTenant.run(
          tenant,
          () -> {
            if (store.count() == 0) {
              notes.create(
                  "Välkommen till Styrkedja",
                  "Här delar kommunens medarbetare anteckningar längs hela styrkedjan.");
            }
          });
    }
  }
}
