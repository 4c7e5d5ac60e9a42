package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.tenant.people.entity.Person;

/** The link of an SSO username to an imported person, in a transaction of its own. */
@ApplicationScoped
public class Links {

  @Inject PeopleStore store;
  @Inject Audit audit;

  /** Whether the username is (now) linked to a person. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean link(String username, String email) {
    if (store.linkedTo(username).isPresent()) {
      return true;
    }
    Optional<Person> person = store.unlinkedBy("principalName", username);
    if (person.isEmpty() && email != null && !email.isBlank()) {
      person = store.unlinkedBy("email", email.strip().toLowerCase(Locale.ROOT));
    }
    if (person.isEmpty()) {
      return false;
    }
    person.get().linkTo(username);
    audit.wrote("person.linked", "person", person.get().id());
    return true;
  }
}
