package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.tenant.api.DutyDirectory;
import se.styrkedja.tenant.people.entity.Duty;
import se.styrkedja.tenant.people.entity.Person;
import se.styrkedja.tenant.ss12000.control.Records;

/**
 * Duties for other modules (a survey round's population): the duties in force at a set of units,
 * with the level each duty role gives, by the same mapping the import gives role assignments by.
 */
@ApplicationScoped
@Transactional
public class Duties implements DutyDirectory {

  /** Unit ids per query: well under PostgreSQL's limit of bound parameters. */
  private static final int SLICE = 1000;

  @Inject TenantEntityManager tenantEm;
  @Inject CallerContext callers;
  @Inject PeopleStore people;

  @Override
  public List<ActiveDuty> inForce(LocalDate day, Collection<UUID> units) {
    List<UUID> all = List.copyOf(units);
    List<ActiveDuty> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += SLICE) {
      List<Duty> duties =
          tenantEm
              .get()
              .createQuery(
                  "select d from Duty d, Person p where p.id = d.personId and p.removed = false"
                      + " and d.removed = false and d.unitId in :units"
                      + " and (d.startDate is null or d.startDate <= :day)"
                      + " and (d.endDate is null or d.endDate >= :day)",
                  Duty.class)
              .setParameter("units", all.subList(i, Math.min(all.size(), i + SLICE)))
              .setParameter("day", day)
              .getResultList();
      for (Duty d : duties) {
        Records.levelOf(d.dutyRole())
            .ifPresent(level -> out.add(new ActiveDuty(d.personId(), d.unitId(), level)));
      }
    }
    return out;
  }

  @Override
  public Optional<UUID> callerPerson() {
    return callers.current().map(Caller::username).flatMap(people::linkedTo).map(Person::id);
  }
}
