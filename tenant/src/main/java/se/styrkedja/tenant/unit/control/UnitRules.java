package se.styrkedja.tenant.unit.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.entity.Unit;
import se.styrkedja.tenant.unit.entity.UnitPaths;

/**
 * The rules of the tree that need no database: what a unit of each type may carry, which parent may
 * take a unit, where a unit may move, when it may close. Each refuses with the business condition,
 * naming the field of the request it is about.
 */
final class UnitRules {

  private UnitRules() {}

  /** A school unit code only on school and preschool units; school forms only where taught. */
  static void requireFit(UnitType type, String schoolUnitCode, Set<SchoolType> schoolForms) {
    List<FieldError> errors = new ArrayList<>();
    if (schoolUnitCode != null && !type.hasSchoolUnitCode()) {
      errors.add(
          new FieldError("schoolUnitCode", "only school units and preschool units have one"));
    }
    if (!schoolForms.isEmpty() && !type.servesSchoolForms()) {
      errors.add(
          new FieldError(
              "schoolForms", "only school-form areas, school units and preschool units have them"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidUnit(errors);
    }
  }

  /** A new unit goes under an open parent, no deeper than the tree may go. */
  static void requireCanTakeChild(Unit parent) {
    if (!parent.isOpen()) {
      throw new TreeConflict.ParentClosed(parent.name());
    }
    if (parent.depth() + 1 > UnitPaths.MAX_DEPTH) {
      throw new TreeConflict.TooDeep(UnitPaths.MAX_DEPTH);
    }
  }

  static void requireOpen(Unit unit) {
    if (!unit.isOpen()) {
      throw new TreeConflict.UnitClosed(unit.name(), unit.closedOn());
    }
  }

  /**
   * {@code unit} may move under {@code newParent}: it is open and not the root, the new parent is
   * open and not in the unit's own subtree, and the subtree, {@code height} levels deep below the
   * unit, still fits under the maximum depth.
   */
  static void requireMovable(Unit unit, Unit newParent, int height) {
    requireOpen(unit);
    if (unit.isRoot()) {
      throw new TreeConflict.RootCannotMove(unit.name());
    }
    if (newParent.isWithin(unit)) {
      throw new TreeConflict.IntoOwnSubtree(unit.name(), newParent.name());
    }
    if (!newParent.isOpen()) {
      throw new TreeConflict.ParentClosed(newParent.name());
    }
    if (newParent.depth() + 1 + height > UnitPaths.MAX_DEPTH) {
      throw new TreeConflict.TooDeep(UnitPaths.MAX_DEPTH);
    }
  }

  /** An open unit closes on or after the day it opened, once no open unit is under it. */
  static void requireClosable(Unit unit, LocalDate on, List<String> openChildren) {
    requireOpen(unit);
    if (on.isBefore(unit.openedOn())) {
      throw new InvalidUnit(
          List.of(
              new FieldError(
                  "closedOn",
                  TenantProblemCode.UNIT_CLOSED_BEFORE_OPENED.code(),
                  "must not be before the day the unit opened, " + unit.openedOn())));
    }
    if (!openChildren.isEmpty()) {
      throw new TreeConflict.OpenChildren(unit.name(), openChildren);
    }
  }
}
