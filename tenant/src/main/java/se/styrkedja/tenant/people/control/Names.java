package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.styrkedja.tenant.api.PersonNames;
import se.styrkedja.tenant.people.entity.Person;

/**
 * Names by username from the municipality's own people (as imported, or the demo's), one query per
 * list. A name is no secret inside the municipality: whoever sees a username there sees the name.
 */
@ApplicationScoped
@Transactional
public class Names implements PersonNames {

  @Inject PeopleStore store;

  @Override
  public Map<String, String> of(Collection<String> usernames) {
    Set<String> wanted = new HashSet<>(usernames);
    wanted.removeIf(Objects::isNull);
    Map<String, String> names = new HashMap<>();
    if (wanted.isEmpty()) {
      return names;
    }
    for (Person p : store.byUsernames(wanted)) {
      String name = (p.givenName() + " " + p.familyName()).strip();
      if (p.linkedUsername() != null && wanted.contains(p.linkedUsername())) {
        names.put(p.linkedUsername(), name);
      }
      // A linked person's own username wins over another's principal name.
      if (p.principalName() != null && wanted.contains(p.principalName())) {
        names.putIfAbsent(p.principalName(), name);
      }
    }
    return names;
  }
}
