package se.styrkedja.tenant.unit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.entity.Unit;
import se.styrkedja.tenant.unit.entity.UnitChange;
import se.styrkedja.tenant.unit.entity.UnitPaths;

/**
 * The use cases of the organisation tree. Everyone of the tenant reads it; the municipality admin
 * changes it. Each change runs in one transaction with its history rows and its audit line.
 *
 * <p>A source of record (the SS 12000 import, which the admin started) changes the tree through the
 * {@code ...Imported} methods: the same rules, locks, history and audit, in the caller's
 * transaction, and a refusal leaves that transaction usable (nothing was written before it), so the
 * import reports the record and goes on with the next. The source is the newer word on what it
 * brings: these lock the unit rather than compare a version.
 */
@ApplicationScoped
@Transactional
public class Units {

  static final String TARGET = "unit";

  @Inject UnitStore store;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject RememberedUnits remembered;

  /** What a new unit is; {@code parentId} null only for the root. */
  public record NewUnit(
      UnitType type,
      String name,
      UUID parentId,
      String schoolUnitCode,
      Set<SchoolType> schoolForms,
      LocalDate openedOn) {}

  /** What a source of record says of a unit it brings: its id there, and its type there. */
  public record Source(String externalId, String organisationType) {}

  /**
   * One page of the units by name, from the remembered tree ({@link RememberedUnits}): no
   * transaction of its own when the tree is remembered.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<UnitRow> list(UUID under, boolean includeClosed, int offset, int limit) {
    RememberedUnits.Tree tree = remembered.tree();
    String root = null;
    if (under != null) {
      UnitRow r = tree.byId().get(under);
      if (r == null) {
        throw new UnitNotFound(under, "under");
      }
      root = r.path();
    }
    String within = root;
    List<UnitRow> matching =
        tree.byName().stream()
            .filter(u -> includeClosed || u.isOpen())
            .filter(u -> within == null || u.isWithin(within))
            .toList();
    int from = (int) Math.min(offset, matching.size());
    int to = (int) Math.min((long) from + limit, matching.size());
    return new Page<>(matching.subList(from, to), matching.size(), offset, limit);
  }

  public Unit get(UUID id) {
    return store.find(id).orElseThrow(() -> new UnitNotFound(id));
  }

  private Unit get(UUID id, String field) {
    return store.find(id).orElseThrow(() -> new UnitNotFound(id, field));
  }

  public List<Unit> subtree(UUID id, boolean includeClosed) {
    return store.subtree(get(id), includeClosed);
  }

  public List<UnitChange> history(UUID id) {
    return store.history(get(id).id());
  }

  public Optional<Unit> root() {
    return store.root();
  }

  /** The units a source of record brought under these ids of its own. */
  public List<Unit> imported(Collection<String> externalIds) {
    return store.byExternalIds(externalIds);
  }

  /** The open unit with this school unit code, if any. */
  public Optional<Unit> openWithSchoolUnitCode(String code) {
    return store.openWithSchoolUnitCode(code, null);
  }

  /** Whether {@code id} is {@code ancestorId} or lies under it; both must exist. */
  public boolean isWithin(UUID id, UUID ancestorId) {
    return get(id).isWithin(get(ancestorId));
  }

  public Unit create(NewUnit n) {
    requireAdmin("create a unit");
    return created(n, null);
  }

  /** {@link #create}, for a unit a source of record brings. */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainProblem.class)
  public Unit createImported(NewUnit n, Source source) {
    requireAdmin("import a unit");
    return created(n, source);
  }

  private Unit created(NewUnit n, Source source) {
    Set<SchoolType> forms = n.schoolForms() == null ? Set.of() : n.schoolForms();
    UnitRules.requireFit(n.type(), n.schoolUnitCode(), forms);
    Unit parent = null;
    if (n.parentId() == null) {
      store
          .root()
          .ifPresent(
              root -> {
                throw new TreeConflict.RootExists(root.name());
              });
    } else {
      // A move of the parent's branch rewrites the paths of the rows it sees; a child inserted
      // under its old path while it runs would keep that path. Creation waits for moves instead.
      store.lockTree();
      parent =
          store
              .findForUpdate(n.parentId())
              .orElseThrow(() -> new UnitNotFound(n.parentId(), "parentId"));
      UnitRules.requireCanTakeChild(parent);
    }
    requireCodeFree(n.schoolUnitCode(), null);
    Unit unit =
        new Unit(
            UUID.randomUUID(),
            n.type(),
            n.name(),
            n.schoolUnitCode(),
            forms,
            parent,
            n.openedOn() == null ? Clocks.today(clock) : n.openedOn());
    if (source != null) {
      unit.importedAs(source.externalId(), source.organisationType());
    }
    store.add(unit);
    // The unit's row first: the history row refers to it.
    store.flush();
    changed(unit, UnitChange.Kind.CREATED, null, unit.name());
    audit.wrote("unit.created", TARGET, unit.id());
    return unit;
  }

  /** Renames the unit and sets its school unit code and school forms. */
  public Unit edit(
      UUID id,
      long expectedVersion,
      String name,
      String schoolUnitCode,
      Set<SchoolType> schoolForms) {
    requireAdmin("edit a unit");
    return edited(forChange(id, expectedVersion), name, schoolUnitCode, schoolForms, null);
  }

  /**
   * {@link #edit}, for a unit a source of record brings; a unit made by hand that it names becomes
   * the source's.
   */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainProblem.class)
  public Unit editImported(
      UUID id, String name, String schoolUnitCode, Set<SchoolType> schoolForms, Source source) {
    requireAdmin("import a unit");
    Unit unit = store.findForUpdate(id).orElseThrow(() -> new UnitNotFound(id));
    return edited(unit, name, schoolUnitCode, schoolForms, source);
  }

  private Unit edited(
      Unit unit, String name, String schoolUnitCode, Set<SchoolType> schoolForms, Source source) {
    UnitRules.requireOpen(unit);
    Set<SchoolType> forms = schoolForms == null ? Set.of() : schoolForms;
    UnitRules.requireFit(unit.type(), schoolUnitCode, forms);
    requireCodeFree(schoolUnitCode, unit.id());
    String oldName = unit.name();
    String oldCode = unit.schoolUnitCode();
    Set<SchoolType> oldForms = unit.schoolForms();
    unit.edit(name, schoolUnitCode, forms);
    if (source != null) {
      unit.importedAs(source.externalId(), source.organisationType());
    }
    if (!oldName.equals(name)) {
      changed(unit, UnitChange.Kind.RENAMED, oldName, name);
    }
    if (!Objects.equals(oldCode, schoolUnitCode)) {
      changed(unit, UnitChange.Kind.SCHOOL_UNIT_CODE, oldCode, schoolUnitCode);
    }
    if (!oldForms.equals(unit.schoolForms())) {
      changed(unit, UnitChange.Kind.SCHOOL_FORMS, names(oldForms), names(unit.schoolForms()));
    }
    store.flush();
    audit.wrote("unit.edited", TARGET, unit.id());
    return unit;
  }

  /** Moves the unit and its whole subtree under another open unit. */
  public Unit move(UUID id, long expectedVersion, UUID newParentId) {
    requireAdmin("move a unit");
    store.lockTree();
    return moved(forChange(id, expectedVersion), newParentId);
  }

  /** {@link #move}, for a unit a source of record brings: it now names another parent. */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainProblem.class)
  public Unit moveImported(UUID id, UUID newParentId) {
    requireAdmin("import a unit");
    store.lockTree();
    return moved(store.findForUpdate(id).orElseThrow(() -> new UnitNotFound(id)), newParentId);
  }

  private Unit moved(Unit unit, UUID newParentId) {
    if (Objects.equals(unit.parentId(), newParentId)) {
      return unit;
    }
    Unit parent =
        store
            .findForUpdate(newParentId)
            .orElseThrow(() -> new UnitNotFound(newParentId, "parentId"));
    UnitRules.requireMovable(unit, parent, store.height(unit));
    UUID oldParentId = unit.parentId();
    String oldPath = unit.path();
    unit.moveUnder(parent.id());
    store.flush();
    store.movePaths(oldPath, UnitPaths.child(parent.path(), unit.id()));
    store.refresh(unit);
    changed(unit, UnitChange.Kind.MOVED, oldParentId.toString(), parent.id().toString());
    audit.wrote("unit.moved", TARGET, unit.id());
    return unit;
  }

  /** Closes the unit on a day; it keeps its row and its history. */
  public Unit close(UUID id, long expectedVersion, LocalDate on) {
    requireAdmin("close a unit");
    return closed(forChange(id, expectedVersion), on);
  }

  /** {@link #close}, for a unit a source of record brought: it was deleted there. */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainProblem.class)
  public Unit closeImported(UUID id, LocalDate on) {
    requireAdmin("import a unit");
    return closed(store.findForUpdate(id).orElseThrow(() -> new UnitNotFound(id)), on);
  }

  private Unit closed(Unit unit, LocalDate on) {
    // "The future" begins tomorrow in Sweden, as the day a unit opens does (Bean Validation's
    // @PastOrPresent would ask the server's own time zone).
    if (on.isAfter(Clocks.today(clock))) {
      throw new InvalidUnit(List.of(new FieldError("closedOn", "must not be in the future")));
    }
    UnitRules.requireClosable(unit, on, store.openChildNames(unit.id()));
    unit.close(on);
    store.flush();
    changed(unit, UnitChange.Kind.CLOSED, null, on.toString());
    audit.wrote("unit.closed", TARGET, unit.id());
    return unit;
  }

  private Unit forChange(UUID id, long expectedVersion) {
    Unit unit = store.findForUpdate(id).orElseThrow(() -> new UnitNotFound(id));
    if (unit.version() != expectedVersion) {
      throw new StaleVersion(
          TenantProblemCode.UNIT_STALE_VERSION, "Unit", id, expectedVersion, unit.version());
    }
    return unit;
  }

  private void requireCodeFree(String schoolUnitCode, UUID except) {
    if (schoolUnitCode != null) {
      store
          .openWithSchoolUnitCode(schoolUnitCode, except)
          .ifPresent(
              holder -> {
                throw new TreeConflict.SchoolUnitCodeTaken(schoolUnitCode, holder.name());
              });
    }
  }

  /**
   * What the caller may do with a unit, by the rule {@link #requireAdmin} applies: whoever
   * configures the municipality edits, moves (all but the root) and closes an open unit and adds
   * units under it.
   */
  public List<String> allowed(UnitRow unit, boolean configures) {
    if (!configures || !unit.isOpen()) {
      return List.of();
    }
    return unit.parentId() == null
        ? List.of("edit", "close", "new-child")
        : List.of("edit", "move", "close", "new-child");
  }

  /** Whether the caller configures the municipality, asked once for a list of units. */
  public boolean configures() {
    return access.may(Action.CONFIGURE, Target.tenantWide(tenant.require()));
  }

  /**
   * Whoever configures the municipality writes, as the access rules say. Work that no person
   * started (demo data at start-up) has no caller and is the system's own.
   */
  private void requireAdmin(String what) {
    if (caller.current().isPresent()) {
      access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), what);
    }
  }

  private void changed(Unit unit, UnitChange.Kind kind, String from, String to) {
    store.add(new UnitChange(unit.id(), kind, from, to, caller.actor(), clock.instant()));
  }

  private static String names(Set<SchoolType> forms) {
    return forms.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
