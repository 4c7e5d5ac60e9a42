package se.styrkedja.tenant.unit.control;

import java.util.List;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.core.problem.ProblemCode;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * A change the tree in its present state does not allow. Each condition is a subclass named for it;
 * the field of the request it is about, if any, is named in {@code errors[]}.
 */
public abstract class TreeConflict extends DomainProblem {

  private static final long serialVersionUID = 1L;

  TreeConflict(ProblemCode code, String title, String detail, String field, String message) {
    super(
        Kind.CONFLICT,
        code,
        title,
        detail,
        field == null ? List.of() : List.of(new FieldError(field, message)));
  }

  /** The municipality has its root already; every other unit has a parent. */
  public static class RootExists extends TreeConflict {
    private static final long serialVersionUID = 1L;

    RootExists(String rootName) {
      super(
          TenantProblemCode.UNIT_ROOT_EXISTS,
          "The tree has a root",
          "The organisation tree already has its root unit '"
              + rootName
              + "'. Choose the unit the new one belongs under.",
          "parentId",
          "is required: choose the unit the new one belongs under");
    }
  }

  /** A closed unit takes no new units, by creation or by move. */
  public static class ParentClosed extends TreeConflict {
    private static final long serialVersionUID = 1L;

    ParentClosed(String parentName) {
      super(
          TenantProblemCode.UNIT_PARENT_CLOSED,
          "The parent is closed",
          "Unit '" + parentName + "' is closed and cannot get new units under it.",
          "parentId",
          "is a closed unit");
    }
  }

  /** A unit cannot move under itself or anything under it: the tree would become a loop. */
  public static class IntoOwnSubtree extends TreeConflict {
    private static final long serialVersionUID = 1L;

    IntoOwnSubtree(String unitName, String parentName) {
      super(
          TenantProblemCode.UNIT_INTO_OWN_SUBTREE,
          "Cannot move a unit under itself",
          "Unit '"
              + unitName
              + "' cannot move under '"
              + parentName
              + "', which is the unit itself or lies under it.",
          "parentId",
          "is the unit itself or lies under it");
    }
  }

  /** The root has no parent to change. */
  public static class RootCannotMove extends TreeConflict {
    private static final long serialVersionUID = 1L;

    RootCannotMove(String rootName) {
      super(
          TenantProblemCode.UNIT_ROOT_CANNOT_MOVE,
          "The root cannot move",
          "Unit '" + rootName + "' is the root of the organisation tree and cannot move.",
          "parentId",
          "the root unit has no parent to change");
    }
  }

  /** Moving here would nest the tree deeper than it may go. */
  public static class TooDeep extends TreeConflict {
    private static final long serialVersionUID = 1L;

    TooDeep(int depth) {
      super(
          TenantProblemCode.UNIT_TOO_DEEP,
          "The tree would be too deep",
          "The organisation tree may have at most "
              + depth
              + " levels under its root; this would make more.",
          "parentId",
          "would nest the tree too deep");
    }
  }

  /** Closing keeps history; a closed unit is not changed any more. */
  public static class UnitClosed extends TreeConflict {
    private static final long serialVersionUID = 1L;

    UnitClosed(String unitName, Object closedOn) {
      super(
          TenantProblemCode.UNIT_CLOSED,
          "The unit is closed",
          "Unit '" + unitName + "' was closed on " + closedOn + " and can no longer be changed.",
          null,
          null);
    }
  }

  /** A unit with open units under it cannot close: they would be left without an open parent. */
  public static class OpenChildren extends TreeConflict {
    private static final long serialVersionUID = 1L;

    OpenChildren(String unitName, List<String> openChildren) {
      super(
          TenantProblemCode.UNIT_OPEN_CHILDREN,
          "Open units under it",
          "Unit '"
              + unitName
              + "' still has "
              + openChildren.size()
              + " open unit"
              + (openChildren.size() == 1 ? "" : "s")
              + " under it ("
              + String.join(", ", openChildren.stream().limit(5).toList())
              + (openChildren.size() > 5 ? ", ..." : "")
              + "). Close or move them first.",
          null,
          null);
    }
  }

  /** Skolverket's school unit code identifies one open unit. */
  public static class SchoolUnitCodeTaken extends TreeConflict {
    private static final long serialVersionUID = 1L;

    SchoolUnitCodeTaken(String code, String holderName) {
      super(
          TenantProblemCode.UNIT_SCHOOL_UNIT_CODE_TAKEN,
          "School unit code in use",
          "The school unit code " + code + " belongs to the open unit '" + holderName + "'.",
          "schoolUnitCode",
          "belongs to another open unit");
    }
  }
}
