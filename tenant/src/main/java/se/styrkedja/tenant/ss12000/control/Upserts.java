package se.styrkedja.tenant.ss12000.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.people.entity.Duty;
import se.styrkedja.tenant.people.entity.Person;
import se.styrkedja.tenant.role.entity.RoleAssignment;
import se.styrkedja.tenant.ss12000.control.Records.Read;
import se.styrkedja.tenant.ss12000.control.Records.Refused;
import se.styrkedja.tenant.ss12000.control.Records.Valid;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportRejection;
import se.styrkedja.tenant.ss12000.entity.RecordType;
import se.styrkedja.tenant.unit.entity.Unit;
import se.styrkedja.tenant.unit.entity.UnitChange;
import se.styrkedja.tenant.unit.entity.UnitPaths;

/**
 * Writes a chunk of SS 12000 records in the chunk's transaction: each record is matched by its SS
 * 12000 id and created, updated, or (when nothing in it changed) left alone, so that running the
 * same import again writes nothing. A record that cannot be written is skipped with its reason; the
 * chunk goes on. The job's counts and position are written in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Upserts {

  /** The counts of one chunk. */
  public record Counts(long read, long written, long skipped, boolean stopRequested) {}

  @Inject TenantEntityManager tenantEm;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject Clock clock;

  /**
   * Writes the records and moves the job's position to ({@code pageToken}, {@code pageIndex}), the
   * first record not yet written.
   */
  public Counts write(
      UUID importId,
      String runId,
      RecordType type,
      List<JsonValue> records,
      String pageToken,
      int pageIndex) {
    EntityManager em = tenantEm.get();
    ImportJob job = held(em, importId, runId);
    Chunk chunk = new Chunk(job, em);
    switch (type) {
      case ORGANISATION -> organisations(chunk, records);
      case PERSON -> persons(chunk, records);
      case DUTY -> duties(chunk, records);
    }
    job.advanced(records.size(), chunk.written, chunk.skipped, pageToken, pageIndex);
    return new Counts(records.size(), chunk.written, chunk.skipped, job.stopRequested());
  }

  /** Applies SS 12000 deletions (ids per type); counts what changed, skips what cannot be. */
  public Counts delete(UUID importId, String runId, Map<RecordType, List<String>> ids) {
    EntityManager em = tenantEm.get();
    ImportJob job = held(em, importId, runId);
    Chunk chunk = new Chunk(job, em);
    long read = 0;
    for (Duty d : byExternalId(em, Duty.class, ids.getOrDefault(RecordType.DUTY, List.of()))) {
      if (!d.isRemoved()) {
        d.remove();
        endAssignment(em, d);
        chunk.wrote("ss12000.duty.removed", "duty", d.id());
      }
    }
    List<String> personIds = ids.getOrDefault(RecordType.PERSON, List.of());
    for (Person p : byExternalId(em, Person.class, personIds)) {
      if (!p.isRemoved()) {
        p.remove();
        for (Duty d : dutiesOf(em, p.id())) {
          d.remove();
          endAssignment(em, d);
        }
        chunk.wrote("ss12000.person.removed", "person", p.id());
      }
    }
    LocalDate today = Clocks.today(clock);
    for (Unit u :
        byExternalId(em, Unit.class, ids.getOrDefault(RecordType.ORGANISATION, List.of()))) {
      if (!u.isOpen()) {
        continue;
      }
      long openChildren =
          em.createQuery(
                  "select count(u) from Unit u where u.parentId = :p and u.closedOn is null",
                  Long.class)
              .setParameter("p", u.id())
              .getSingleResult();
      if (openChildren > 0) {
        chunk.reject(
            RecordType.ORGANISATION,
            u.externalId(),
            "deleted at the source, but open units are under it: close or move them first");
      } else {
        LocalDate on = today.isBefore(u.openedOn()) ? u.openedOn() : today;
        u.close(on);
        em.persist(
            new UnitChange(
                u.id(),
                UnitChange.Kind.CLOSED,
                null,
                on.toString(),
                caller.actor(),
                clock.instant()));
        chunk.wrote("ss12000.unit.closed", "unit", u.id());
      }
    }
    for (List<String> l : ids.values()) {
      read += l.size();
    }
    job.advanced(read, chunk.written, chunk.skipped, job.pageToken(), job.pageIndex());
    return new Counts(read, chunk.written, chunk.skipped, job.stopRequested());
  }

  /**
   * The import, if this run still holds its lease; renewed, since the run is evidently alive. A run
   * that lost it writes nothing: its chunk rolls back. Should another run take the import over
   * while this chunk is under way, the row's version fails this chunk's commit instead.
   */
  private ImportJob held(EntityManager em, UUID importId, String runId) {
    ImportJob job = em.find(ImportJob.class, importId);
    if (job == null || !job.heldBy(runId)) {
      throw new ImportLeaseLost(importId);
    }
    job.renew(clock.instant());
    return job;
  }

  private final class Chunk {
    final ImportJob job;
    final EntityManager em;
    long written;
    long skipped;

    Chunk(ImportJob job, EntityManager em) {
      this.job = job;
      this.em = em;
    }

    void reject(RecordType type, String id, String reason) {
      em.persist(
          new ImportRejection(job.id(), job.readCount() + written + skipped, type, id, reason));
      skipped++;
    }

    void wrote(String action, String target, UUID id) {
      audit.wrote(action, target, id);
      written++;
    }
  }

  private void organisations(Chunk chunk, List<JsonValue> records) {
    EntityManager em = chunk.em;
    List<Records.Organisation> valid = new ArrayList<>();
    for (JsonValue r : records) {
      Read<Records.Organisation> read = Records.organisation(r);
      if (read instanceof Refused<Records.Organisation> no) {
        chunk.reject(RecordType.ORGANISATION, Records.idOf(r), no.reason());
      } else {
        valid.add(((Valid<Records.Organisation>) read).record());
      }
    }
    List<String> wanted = new ArrayList<>();
    for (Records.Organisation o : valid) {
      wanted.add(o.id());
      if (o.parentId() != null) {
        wanted.add(o.parentId());
      }
    }
    Map<String, Unit> known = new HashMap<>();
    for (Unit u : byExternalId(em, Unit.class, wanted)) {
      known.put(u.externalId(), u);
    }
    Unit root =
        em.createQuery("select u from Unit u where u.parentId is null", Unit.class)
            .getResultStream()
            .findFirst()
            .orElse(null);
    LocalDate today = Clocks.today(clock);
    for (Records.Organisation o : valid) {
      Unit unit = known.get(o.id());
      if (unit == null && o.schoolUnitCode() != null) {
        // A unit set up by hand before the first import is the same school unit: adopt it.
        Optional<Unit> holder = openWithCode(em, o.schoolUnitCode());
        if (holder.isPresent() && holder.get().externalId() != null) {
          chunk.reject(
              RecordType.ORGANISATION,
              o.id(),
              "school unit code "
                  + o.schoolUnitCode()
                  + " belongs to another organisation ("
                  + holder.get().externalId()
                  + ")");
          continue;
        }
        if (holder.isPresent()) {
          unit = holder.get();
          unit.importedAs(o.id());
          known.put(o.id(), unit);
          if (!o.name().equals(unit.name()) || !o.schoolForms().equals(unit.schoolForms())) {
            rename(em, unit, o);
          }
          chunk.wrote("ss12000.unit.matched", "unit", unit.id());
          continue;
        }
      }
      if (unit != null) {
        if (unit.name().equals(o.name())
            && Objects.equals(unit.schoolUnitCode(), o.schoolUnitCode())
            && unit.schoolForms().equals(o.schoolForms())) {
          continue;
        }
        if (o.schoolUnitCode() != null
            && !o.schoolUnitCode().equals(unit.schoolUnitCode())
            && openWithCode(em, o.schoolUnitCode()).isPresent()) {
          chunk.reject(
              RecordType.ORGANISATION,
              o.id(),
              "school unit code " + o.schoolUnitCode() + " belongs to another unit");
          continue;
        }
        if (unit.type() != o.type()
            && unit.type().hasSchoolUnitCode() != o.type().hasSchoolUnitCode()) {
          chunk.reject(
              RecordType.ORGANISATION,
              o.id(),
              "organisationType changed from " + unit.type() + " to " + o.type());
          continue;
        }
        rename(em, unit, o);
        chunk.wrote("ss12000.unit.updated", "unit", unit.id());
        continue;
      }
      Unit parent = o.parentId() == null ? root : known.get(o.parentId());
      if (o.parentId() != null && parent == null) {
        chunk.reject(
            RecordType.ORGANISATION,
            o.id(),
            "parentOrganisation " + o.parentId() + " is not known (it must come before)");
        continue;
      }
      if (parent == null && o.type() != se.styrkedja.tenant.api.UnitType.ADMINISTRATION) {
        chunk.reject(
            RecordType.ORGANISATION,
            o.id(),
            "the organisation tree has no root yet: import the Huvudman or Förvaltning first");
        continue;
      }
      if (parent != null && (!parent.isOpen() || parent.depth() + 1 > UnitPaths.MAX_DEPTH)) {
        chunk.reject(RecordType.ORGANISATION, o.id(), "its parent unit is closed or too deep");
        continue;
      }
      if (o.schoolUnitCode() != null && openWithCode(em, o.schoolUnitCode()).isPresent()) {
        chunk.reject(
            RecordType.ORGANISATION,
            o.id(),
            "school unit code " + o.schoolUnitCode() + " belongs to another unit");
        continue;
      }
      Unit created =
          new Unit(
              UUID.randomUUID(),
              o.type(),
              o.name(),
              o.schoolUnitCode(),
              o.schoolForms(),
              parent,
              today);
      created.importedAs(o.id());
      em.persist(created);
      // The unit's row first: its history row refers to it, and a later record may name its code.
      em.flush();
      em.persist(
          new UnitChange(
              created.id(),
              UnitChange.Kind.CREATED,
              null,
              created.name(),
              caller.actor(),
              clock.instant()));
      known.put(o.id(), created);
      if (parent == null) {
        root = created;
      }
      chunk.wrote("ss12000.unit.created", "unit", created.id());
    }
  }

  private void rename(EntityManager em, Unit unit, Records.Organisation o) {
    String oldName = unit.name();
    unit.edit(o.name(), o.schoolUnitCode(), o.schoolForms());
    if (!oldName.equals(o.name())) {
      em.persist(
          new UnitChange(
              unit.id(),
              UnitChange.Kind.RENAMED,
              oldName,
              o.name(),
              caller.actor(),
              clock.instant()));
    }
    em.flush();
  }

  private Optional<Unit> openWithCode(EntityManager em, String code) {
    return em.createQuery(
            "select u from Unit u where u.schoolUnitCode = :code and u.closedOn is null",
            Unit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private void persons(Chunk chunk, List<JsonValue> records) {
    EntityManager em = chunk.em;
    Map<String, Person> known = new HashMap<>();
    for (Person p : byExternalId(em, Person.class, Records.ids(records))) {
      known.put(p.externalId(), p);
    }
    for (JsonValue r : records) {
      Read<Records.Person> read = Records.person(r);
      if (read instanceof Refused<Records.Person> no) {
        chunk.reject(RecordType.PERSON, Records.idOf(r), no.reason());
        continue;
      }
      Records.Person p = ((Valid<Records.Person>) read).record();
      Person person = known.get(p.id());
      if (person == null) {
        person = new Person(p.id(), p.givenName(), p.familyName(), p.principalName(), p.email());
        em.persist(person);
        known.put(p.id(), person);
        chunk.wrote("ss12000.person.created", "person", person.id());
      } else if (!person.sameAs(
          p.givenName(), p.familyName(), p.principalName(), p.email(), false)) {
        person.update(p.givenName(), p.familyName(), p.principalName(), p.email());
        chunk.wrote("ss12000.person.updated", "person", person.id());
      }
    }
  }

  private void duties(Chunk chunk, List<JsonValue> records) {
    EntityManager em = chunk.em;
    List<Records.Duty> valid = new ArrayList<>();
    for (JsonValue r : records) {
      Read<Records.Duty> read = Records.duty(r);
      if (read instanceof Refused<Records.Duty> no) {
        chunk.reject(RecordType.DUTY, Records.idOf(r), no.reason());
      } else {
        valid.add(((Valid<Records.Duty>) read).record());
      }
    }
    Map<String, Duty> known = new HashMap<>();
    for (Duty d : byExternalId(em, Duty.class, valid.stream().map(Records.Duty::id).toList())) {
      known.put(d.externalId(), d);
    }
    Map<String, Person> persons = new HashMap<>();
    for (Person p :
        byExternalId(em, Person.class, valid.stream().map(Records.Duty::personId).toList())) {
      persons.put(p.externalId(), p);
    }
    Map<String, Unit> units = new HashMap<>();
    for (Unit u : byExternalId(em, Unit.class, valid.stream().map(Records.Duty::unitId).toList())) {
      units.put(u.externalId(), u);
    }
    for (Records.Duty d : valid) {
      Person person = persons.get(d.personId());
      if (person == null || person.isRemoved()) {
        chunk.reject(RecordType.DUTY, d.id(), "person " + d.personId() + " is not known");
        continue;
      }
      Unit unit = units.get(d.unitId());
      if (unit == null) {
        chunk.reject(
            RecordType.DUTY, d.id(), "dutyAt " + d.unitId() + " is not a known organisation");
        continue;
      }
      Duty duty = known.get(d.id());
      if (duty != null
          && duty.sameAs(person.id(), unit.id(), d.role(), d.startDate(), d.endDate())) {
        continue;
      }
      if (duty == null) {
        duty = new Duty(d.id(), person.id(), unit.id(), d.role(), d.startDate(), d.endDate());
        em.persist(duty);
        known.put(d.id(), duty);
        chunk.wrote("ss12000.duty.created", "duty", duty.id());
      } else {
        endAssignment(em, duty);
        duty.update(person.id(), unit.id(), d.role(), d.startDate(), d.endDate());
        chunk.wrote("ss12000.duty.updated", "duty", duty.id());
      }
      assign(em, duty, person);
    }
  }

  /** The role assignment a duty gives, if its role maps to a level and the person has a name. */
  private void assign(EntityManager em, Duty duty, Person person) {
    Optional<String> level = Records.levelOf(duty.dutyRole());
    if (level.isEmpty() || person.username() == null) {
      duty.assignedAs(null);
      return;
    }
    LocalDate from = duty.startDate() != null ? duty.startDate() : Clocks.today(clock);
    if (duty.endDate() != null && duty.endDate().isBefore(from)) {
      duty.assignedAs(null);
      return;
    }
    RoleAssignment a =
        new RoleAssignment(
            person.username(),
            level.get(),
            duty.unitId(),
            from,
            duty.endDate(),
            caller.actor(),
            clock.instant());
    em.persist(a);
    duty.assignedAs(a.id());
    audit.wrote("role.assignment.created", "role-assignment", a.id());
  }

  /** Ends the assignment the duty gave (yesterday, or its first day if that is later). */
  private void endAssignment(EntityManager em, Duty duty) {
    UUID id = duty.assignmentId();
    if (id == null) {
      return;
    }
    RoleAssignment a = em.find(RoleAssignment.class, id);
    duty.assignedAs(null);
    if (a == null) {
      return;
    }
    LocalDate yesterday = Clocks.today(clock).minusDays(1);
    LocalDate until = yesterday.isBefore(a.from()) ? a.from() : yesterday;
    if (a.until() == null || a.until().isAfter(until)) {
      a.end(until);
      audit.wrote("role.assignment.ended", "role-assignment", a.id());
    }
  }

  private static List<Duty> dutiesOf(EntityManager em, UUID personId) {
    return em.createQuery(
            "select d from Duty d where d.personId = :p and d.removed = false", Duty.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /** The entities with these SS 12000 ids, in slices the database takes as parameters. */
  static <T> List<T> byExternalId(EntityManager em, Class<T> type, Collection<String> ids) {
    List<String> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
    List<T> found = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i += 1000) {
      found.addAll(
          em.createQuery(
                  "select e from " + type.getSimpleName() + " e where e.externalId in :ids", type)
              .setParameter("ids", distinct.subList(i, Math.min(distinct.size(), i + 1000)))
              .getResultList());
    }
    return found;
  }
}
