package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.people.entity.Duty;
import se.styrkedja.tenant.people.entity.Person;

/**
 * Reading the municipality's staff and their duties. Who works where is the organisation's own
 * information, so everyone of the municipality who holds a role in it reads it (as with the
 * organisation tree); e-mail addresses only the admin sees (the boundary leaves them out).
 */
@ApplicationScoped
@Transactional
public class People {

  @Inject PeopleStore store;
  @Inject TenantContext tenant;
  @Inject AccessPolicy access;

  /** A person and the duties the person has now or had. */
  public record WithDuties(Person person, List<Duty> duties) {}

  public Page<Person> list(String search, int offset, int limit) {
    access.requireAnyLevel("list people");
    return new Page<>(store.page(search, offset, limit), store.count(search), offset, limit);
  }

  public WithDuties get(UUID id) {
    access.requireAnyLevel("read a person");
    Person p = store.find(id).orElseThrow(() -> new PersonNotFound(id));
    return new WithDuties(p, store.duties(p.id()));
  }

  /** Whether the caller sees the people's contact details: whoever configures the municipality. */
  public boolean seesContactDetails() {
    return access.may(Action.CONFIGURE, Target.tenantWide(tenant.require()));
  }
}
