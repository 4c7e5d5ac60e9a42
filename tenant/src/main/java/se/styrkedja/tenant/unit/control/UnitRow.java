package se.styrkedja.tenant.unit.control;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.entity.Unit;
import se.styrkedja.tenant.unit.entity.UnitPaths;

/**
 * A unit as it was read, immutable, so that one read of the tree can serve many requests (see
 * {@link RememberedUnits}).
 */
public record UnitRow(
    UUID id,
    UnitType type,
    String name,
    String schoolUnitCode,
    Set<SchoolType> schoolForms,
    UUID parentId,
    String path,
    String organisationType,
    LocalDate openedOn,
    LocalDate closedOn,
    long version) {

  public UnitRow {
    schoolForms =
        schoolForms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(schoolForms));
  }

  public static UnitRow of(Unit u) {
    return new UnitRow(
        u.id(),
        u.type(),
        u.name(),
        u.schoolUnitCode(),
        u.schoolForms(),
        u.parentId(),
        u.path(),
        u.organisationType(),
        u.openedOn(),
        u.closedOn(),
        u.version());
  }

  /** 0 for the root. */
  public int depth() {
    return UnitPaths.depth(path);
  }

  public boolean isOpen() {
    return closedOn == null;
  }

  /** Whether this unit is the one at {@code ancestorPath} or lies under it. */
  public boolean isWithin(String ancestorPath) {
    return UnitPaths.isWithin(path, ancestorPath);
  }
}
