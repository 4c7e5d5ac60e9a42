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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.people.entity.Duty;
import se.styrkedja.tenant.people.entity.Person;
import se.styrkedja.tenant.role.control.RoleAssignments;
import se.styrkedja.tenant.ss12000.control.Records.Lineage;
import se.styrkedja.tenant.ss12000.control.Records.Read;
import se.styrkedja.tenant.ss12000.control.Records.Refused;
import se.styrkedja.tenant.ss12000.control.Records.Valid;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportRejection;
import se.styrkedja.tenant.ss12000.entity.RecordType;
import se.styrkedja.tenant.unit.control.InvalidUnit;
import se.styrkedja.tenant.unit.control.TreeConflict;
import se.styrkedja.tenant.unit.control.UnitNotFound;
import se.styrkedja.tenant.unit.control.Units;
import se.styrkedja.tenant.unit.entity.Unit;

/**
 * Writes a chunk of SS 12000 records in the chunk's transaction: each record is matched by its SS
 * 12000 id and created, updated, or (when nothing in it changed) left alone, so that running the
 * same import again writes nothing. A record that cannot be written is skipped with its reason; the
 * chunk goes on. The job's counts and position are written in the same transaction.
 *
 * <p>Units and role assignments are written through their own features ({@link Units}, {@link
 * RoleAssignments}): the tree's locks, rules, history and audit are theirs; what is the import's is
 * matching records to what exists, and what to do when a record's parent is missing. A unit whose
 * parent is neither in the data set nor in the tree, was not imported, or cannot take it, is
 * imported under the root unit, and the report says so: the unit and the duties at it are kept,
 * instead of leaving them out and every unit below with them. A later import moves it under its
 * parent once the tree has that.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Upserts {

  /** The counts of one chunk. */
  public record Counts(long read, long written, long skipped, boolean stopRequested) {}

  static final String PARENT_MISSING = "tenant.import.parent-missing";
  static final String PARENT_NOT_IMPORTED = "tenant.import.parent-not-imported";
  static final String PARENT_LOOP = "tenant.import.parent-loop";
  static final String NO_ROOT = "tenant.import.no-root";
  static final String TYPE_CHANGED = "tenant.import.type-changed";
  static final String CODE_TAKEN = "tenant.import.school-unit-code-taken";
  static final String PERSON_MISSING = "tenant.import.person-missing";
  static final String PERSON_NOT_IMPORTED = "tenant.import.person-not-imported";
  static final String PERSON_REMOVED = "tenant.import.person-removed";
  static final String UNIT_MISSING = "tenant.import.unit-missing";
  static final String UNIT_NOT_IMPORTED = "tenant.import.unit-not-imported";
  static final String NOT_CLOSED = "tenant.import.not-closed";

  @Inject TenantEntityManager tenantEm;
  @Inject Audit audit;
  @Inject Clock clock;
  @Inject Units units;
  @Inject RoleAssignments assignments;
  @Inject ImportStore store;

  /**
   * Writes the records and moves the job's position to the one after the last of them, the first
   * record not yet written.
   */
  public Counts write(UUID importId, String runId, RecordType type, List<RecordReader.Item> items) {
    EntityManager em = tenantEm.get();
    ImportJob job = held(em, importId, runId);
    Chunk chunk = new Chunk(job, em);
    switch (type) {
      case ORGANISATION -> organisations(chunk, items);
      case PERSON -> persons(chunk, items);
      case DUTY -> duties(chunk, items);
    }
    RecordReader.Item last = items.get(items.size() - 1);
    job.advanced(
        type.plural(),
        items.size(),
        chunk.written,
        chunk.skipped,
        chunk.noted,
        last.pageToken(),
        last.nextIndex());
    return new Counts(items.size(), chunk.written, chunk.skipped, job.stopRequested());
  }

  /** Applies SS 12000 deletions (ids per type); counts what changed, skips what cannot be. */
  public Counts delete(UUID importId, String runId, Map<RecordType, List<String>> ids) {
    EntityManager em = tenantEm.get();
    ImportJob job = held(em, importId, runId);
    Chunk chunk = new Chunk(job, em);
    List<UUID> ended = new ArrayList<>();
    for (Duty d : byExternalId(em, Duty.class, ids.getOrDefault(RecordType.DUTY, List.of()))) {
      if (!d.isRemoved()) {
        d.remove();
        ending(d, ended);
        chunk.wrote("ss12000.duty.removed", "duty", d.id());
      }
    }
    List<String> personIds = ids.getOrDefault(RecordType.PERSON, List.of());
    for (Person p : byExternalId(em, Person.class, personIds)) {
      if (!p.isRemoved()) {
        p.remove();
        for (Duty d : dutiesOf(em, p.id())) {
          d.remove();
          ending(d, ended);
        }
        chunk.wrote("ss12000.person.removed", "person", p.id());
      }
    }
    assignments.endAll(ended, yesterday());
    LocalDate today = Clocks.today(clock);
    for (Unit u : units.imported(ids.getOrDefault(RecordType.ORGANISATION, List.of()))) {
      if (!u.isOpen()) {
        continue;
      }
      try {
        units.closeImported(u.id(), today);
        chunk.wrote();
      } catch (TreeConflict | InvalidUnit e) {
        chunk.reject(
            RecordType.ORGANISATION,
            u.externalId(),
            NOT_CLOSED,
            "deleted at the source, but not closed here: " + e.getMessage());
      }
    }
    long read = 0;
    for (List<String> l : ids.values()) {
      read += l.size();
    }
    job.advanced(
        job.step(),
        read,
        chunk.written,
        chunk.skipped,
        chunk.noted,
        job.pageToken(),
        job.pageIndex());
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
    long noted;

    /** The place of the record at hand in the chunk, so its report line has its place. */
    int at;

    Chunk(ImportJob job, EntityManager em) {
      this.job = job;
      this.em = em;
    }

    /** The record is skipped, for this reason. */
    void reject(RecordType type, String id, String code, String reason) {
      line(type, id, code, reason);
      skipped++;
    }

    /** The record is written, but not all of it as it says: the report says what and why. */
    void note(RecordType type, String id, String code, String reason) {
      line(type, id, code, reason);
      noted++;
    }

    private void line(RecordType type, String id, String code, String reason) {
      em.persist(new ImportRejection(job.id(), job.readCount() + at, type, id, code, reason));
    }

    void wrote(String action, String target, UUID id) {
      audit.wrote(action, target, id);
      written++;
    }

    /** A write that the feature which made it has audited. */
    void wrote() {
      written++;
    }
  }

  // --- organisations --------------------------------------------------------------------------

  private record ParsedOrganisation(int at, Records.Organisation organisation, Lineage lineage) {}

  private void organisations(Chunk chunk, List<RecordReader.Item> items) {
    List<ParsedOrganisation> valid = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      chunk.at = i;
      JsonValue r = items.get(i).record();
      Read<Records.Organisation> read = Records.organisation(r);
      if (read instanceof Refused<Records.Organisation> no) {
        chunk.reject(RecordType.ORGANISATION, Records.idOf(r), no.code(), no.reason());
      } else {
        Lineage lineage = items.get(i).lineage();
        valid.add(
            new ParsedOrganisation(
                i,
                ((Valid<Records.Organisation>) read).record(),
                lineage == null ? Lineage.PARENT_OUTSIDE : lineage));
      }
    }
    List<String> wanted = new ArrayList<>();
    for (ParsedOrganisation p : valid) {
      wanted.add(p.organisation().id());
      wanted.add(p.organisation().parentId());
    }
    Tree tree = new Tree(chunk);
    for (Unit u : units.imported(wanted)) {
      tree.known.put(u.externalId(), u);
    }
    tree.root = units.root().orElse(null);
    for (ParsedOrganisation p : valid) {
      chunk.at = p.at();
      tree.write(p.organisation(), p.lineage());
    }
  }

  /** The units a chunk of organisations meets, by SS 12000 id, and the root. */
  private final class Tree {
    final Chunk chunk;
    final Map<String, Unit> known = new HashMap<>();
    Unit root;

    Tree(Chunk chunk) {
      this.chunk = chunk;
    }

    void write(Records.Organisation o, Lineage lineage) {
      Unit unit = known.get(o.id());
      if (unit == null && o.schoolUnitCode() != null) {
        // A unit set up by hand before the first import is the same school unit: adopt it.
        Optional<Unit> holder = units.openWithSchoolUnitCode(o.schoolUnitCode());
        if (holder.isPresent() && holder.get().externalId() != null) {
          reject(
              o,
              CODE_TAKEN,
              "school unit code "
                  + o.schoolUnitCode()
                  + " belongs to another organisation ("
                  + holder.get().externalId()
                  + ", the unit '"
                  + holder.get().name()
                  + "')");
          return;
        }
        unit = holder.orElse(null);
      }
      if (unit == null) {
        create(o, lineage);
      } else {
        update(unit, o, lineage);
      }
    }

    private void create(Records.Organisation o, Lineage lineage) {
      Unit parent = o.parentId() == null ? root : known.get(o.parentId());
      Placement placed = parent == null && o.parentId() != null ? missing(o, lineage) : null;
      if (placed != null) {
        parent = root;
      }
      if (parent == null && (placed != null || o.type() != UnitType.ADMINISTRATION)) {
        reject(
            o,
            NO_ROOT,
            "the organisation tree has no root unit yet"
                + (placed == null ? "" : " to put it under (" + placed.reason() + ")")
                + ": import its Huvudman or Förvaltning with it, or create the root by hand first");
        return;
      }
      Unit created;
      try {
        created = created(o, parent);
      } catch (TreeConflict.ParentClosed | TreeConflict.TooDeep e) {
        if (parent == root) {
          reject(o, e.code(), e.getMessage());
          return;
        }
        placed = new Placement(e.code(), e.getMessage());
        try {
          created = created(o, root);
        } catch (TreeConflict | InvalidUnit | UnitNotFound again) {
          reject(o, again.code(), again.getMessage());
          return;
        }
      } catch (TreeConflict | InvalidUnit | UnitNotFound e) {
        reject(o, e.code(), e.getMessage());
        return;
      }
      known.put(o.id(), created);
      if (parent == null) {
        root = created;
      }
      chunk.wrote();
      if (placed != null) {
        note(
            o,
            placed.code(),
            "imported under the root unit '" + root.name() + "': " + placed.reason());
      }
    }

    private Unit created(Records.Organisation o, Unit parent) {
      return units.createImported(
          new Units.NewUnit(
              o.type(),
              o.name(),
              parent == null ? null : parent.id(),
              o.schoolUnitCode(),
              o.schoolForms(),
              null),
          new Units.Source(o.id(), o.organisationType()));
    }

    private void update(Unit unit, Records.Organisation o, Lineage lineage) {
      known.put(o.id(), unit);
      if (unit.type() != o.type()
          && unit.type().hasSchoolUnitCode() != o.type().hasSchoolUnitCode()) {
        reject(
            o,
            TYPE_CHANGED,
            "organisationType: the unit '"
                + unit.name()
                + "' is a "
                + unit.type()
                + " and cannot become a "
                + o.type()
                + " (only school and preschool units have a school unit code)");
        return;
      }
      boolean wrote = false;
      if (!unit.name().equals(o.name())
          || !Objects.equals(unit.schoolUnitCode(), o.schoolUnitCode())
          || !unit.schoolForms().equals(o.schoolForms())
          || !o.id().equals(unit.externalId())
          || !Objects.equals(unit.organisationType(), o.organisationType())) {
        try {
          units.editImported(
              unit.id(),
              o.name(),
              o.schoolUnitCode(),
              o.schoolForms(),
              new Units.Source(o.id(), o.organisationType()));
        } catch (TreeConflict | InvalidUnit | UnitNotFound e) {
          reject(o, e.code(), e.getMessage());
          return;
        }
        wrote = true;
      }
      if (o.parentId() != null) {
        Unit parent = known.get(o.parentId());
        if (parent == null) {
          Placement placed = missing(o, lineage);
          note(o, placed.code(), "left where it is in the tree: " + placed.reason());
        } else if (!parent.id().equals(unit.parentId())) {
          try {
            units.moveImported(unit.id(), parent.id());
            wrote = true;
          } catch (TreeConflict | InvalidUnit | UnitNotFound e) {
            note(o, e.code(), "not moved under '" + parent.name() + "': " + e.getMessage());
          }
        }
      }
      if (wrote) {
        chunk.wrote();
      }
    }

    /** Why a record's parent is not in the tree, as the data set's order tells. */
    private Placement missing(Records.Organisation o, Lineage lineage) {
      String parent = "parentOrganisation " + o.parentId();
      return switch (lineage) {
        case IN_ORDER ->
            new Placement(
                PARENT_NOT_IMPORTED,
                parent + " was not imported (its own line in this report says why)");
        case PARENT_OUTSIDE ->
            new Placement(
                PARENT_MISSING,
                parent + " is neither in the data set nor in the organisation tree");
        case LOOP ->
            new Placement(
                PARENT_LOOP, parent + " leads back to this organisation: the parents form a loop");
      };
    }

    private void reject(Records.Organisation o, String code, String reason) {
      chunk.reject(RecordType.ORGANISATION, o.id(), code, reason);
    }

    private void note(Records.Organisation o, String code, String reason) {
      chunk.note(RecordType.ORGANISATION, o.id(), code, reason);
    }
  }

  /** Where a unit goes instead of under its parent, and why. */
  private record Placement(String code, String reason) {}

  // --- persons and duties ---------------------------------------------------------------------

  private void persons(Chunk chunk, List<RecordReader.Item> items) {
    EntityManager em = chunk.em;
    Map<String, Person> known = new HashMap<>();
    List<String> ids = Records.ids(items.stream().map(RecordReader.Item::record).toList());
    for (Person p : byExternalId(em, Person.class, ids)) {
      known.put(p.externalId(), p);
    }
    for (int i = 0; i < items.size(); i++) {
      chunk.at = i;
      JsonValue r = items.get(i).record();
      Read<Records.Person> read = Records.person(r);
      if (read instanceof Refused<Records.Person> no) {
        chunk.reject(RecordType.PERSON, Records.idOf(r), no.code(), no.reason());
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

  private record ParsedDuty(int at, Records.Duty duty) {}

  private void duties(Chunk chunk, List<RecordReader.Item> items) {
    EntityManager em = chunk.em;
    List<ParsedDuty> valid = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      chunk.at = i;
      JsonValue r = items.get(i).record();
      Read<Records.Duty> read = Records.duty(r);
      if (read instanceof Refused<Records.Duty> no) {
        chunk.reject(RecordType.DUTY, Records.idOf(r), no.code(), no.reason());
      } else {
        valid.add(new ParsedDuty(i, ((Valid<Records.Duty>) read).record()));
      }
    }
    Map<String, Duty> known = new HashMap<>();
    for (Duty d : byExternalId(em, Duty.class, valid.stream().map(p -> p.duty().id()).toList())) {
      known.put(d.externalId(), d);
    }
    Map<String, Person> persons = new HashMap<>();
    List<String> personIds = valid.stream().map(p -> p.duty().personId()).toList();
    for (Person p : byExternalId(em, Person.class, personIds)) {
      persons.put(p.externalId(), p);
    }
    Map<String, Unit> unitsById = new HashMap<>();
    for (Unit u : units.imported(valid.stream().map(p -> p.duty().unitId()).toList())) {
      unitsById.put(u.externalId(), u);
    }
    // Of the persons and units not found, those this import skipped: their lines say why.
    Set<String> skippedPersons = reported(chunk, RecordType.PERSON, personIds, persons.keySet());
    Set<String> skippedUnits =
        reported(
            chunk,
            RecordType.ORGANISATION,
            valid.stream().map(p -> p.duty().unitId()).toList(),
            unitsById.keySet());
    List<UUID> ended = new ArrayList<>();
    // The assignments the chunk's duties give, made together once the duties are written.
    Map<Duty, Pending> pending = new LinkedHashMap<>();
    for (ParsedDuty parsed : valid) {
      chunk.at = parsed.at();
      Records.Duty d = parsed.duty();
      Person person = persons.get(d.personId());
      if (person == null || person.isRemoved()) {
        String reason = "person " + d.personId();
        if (person != null) {
          chunk.reject(
              RecordType.DUTY, d.id(), PERSON_REMOVED, reason + " was deleted at the source");
        } else if (skippedPersons.contains(d.personId())) {
          chunk.reject(
              RecordType.DUTY,
              d.id(),
              PERSON_NOT_IMPORTED,
              reason + " was not imported (its own line in this report says why)");
        } else {
          chunk.reject(
              RecordType.DUTY,
              d.id(),
              PERSON_MISSING,
              reason + " is neither in the data set nor imported before");
        }
        continue;
      }
      Unit unit = unitsById.get(d.unitId());
      if (unit == null) {
        if (skippedUnits.contains(d.unitId())) {
          chunk.reject(
              RecordType.DUTY,
              d.id(),
              UNIT_NOT_IMPORTED,
              "dutyAt " + d.unitId() + " was not imported (its own line in this report says why)");
        } else {
          chunk.reject(
              RecordType.DUTY,
              d.id(),
              UNIT_MISSING,
              "dutyAt " + d.unitId() + " is neither in the data set nor in the organisation tree");
        }
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
        // The same duty twice in one chunk: the assignment its first record would give is not made.
        pending.remove(duty);
        ending(duty, ended);
        duty.update(person.id(), unit.id(), d.role(), d.startDate(), d.endDate());
        chunk.wrote("ss12000.duty.updated", "duty", duty.id());
      }
      Duty written = duty;
      assignment(written, person).ifPresent(a -> pending.put(written, new Pending(parsed.at(), a)));
    }
    assignments.endAll(ended, yesterday());
    List<Duty> duties = new ArrayList<>(pending.keySet());
    List<RoleAssignments.Outcome> outcomes =
        assignments.createAll(pending.values().stream().map(Pending::assignment).toList());
    for (int i = 0; i < duties.size(); i++) {
      RoleAssignments.Outcome outcome = outcomes.get(i);
      if (outcome.made() != null) {
        duties.get(i).assignedAs(outcome.made().id());
      } else {
        DomainProblem why = outcome.refused();
        chunk.at = pending.get(duties.get(i)).at();
        chunk.note(
            RecordType.DUTY,
            duties.get(i).externalId(),
            why.code(),
            "imported without the role assignment its dutyRole gives: " + why.getMessage());
      }
    }
  }

  private record Pending(int at, RoleAssignments.NewAssignment assignment) {}

  private Set<String> reported(Chunk chunk, RecordType type, List<String> ids, Set<String> found) {
    List<String> missing = ids.stream().filter(id -> !found.contains(id)).distinct().toList();
    return new HashSet<>(store.reported(chunk.job.id(), type, missing));
  }

  /**
   * The role assignment a duty gives: the level of its role at its unit, for its period, if the
   * role maps to a level of the chain and the person has a username. None yet: {@code assignedAs}
   * is set once it is made.
   */
  private Optional<RoleAssignments.NewAssignment> assignment(Duty duty, Person person) {
    duty.assignedAs(null);
    Optional<String> level = Records.levelOf(duty.dutyRole());
    if (level.isEmpty() || person.username() == null) {
      return Optional.empty();
    }
    LocalDate from = duty.startDate() != null ? duty.startDate() : Clocks.today(clock);
    if (duty.endDate() != null && duty.endDate().isBefore(from)) {
      return Optional.empty();
    }
    return Optional.of(
        new RoleAssignments.NewAssignment(
            person.username(), level.get(), duty.unitId(), from, duty.endDate()));
  }

  /** The assignment the duty gave is to end (yesterday, or its first day if that is later). */
  private static void ending(Duty duty, Collection<UUID> ended) {
    if (duty.assignmentId() != null) {
      ended.add(duty.assignmentId());
      duty.assignedAs(null);
    }
  }

  private LocalDate yesterday() {
    return Clocks.today(clock).minusDays(1);
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
