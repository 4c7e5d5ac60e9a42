package se.styrkedja.competence.result.control;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The numbers of answer sheets of a round, at the finest grain the breakdowns are built from: per
 * unit (the unit's own, direct answers, not its subtree's), role level and school form.
 *
 * @param units the units of the round's target; a unit whose parent is not among them is a top of
 *     the target
 * @param roleLevels the role levels the round asks (each gets a cell in the breakdowns)
 * @param schoolForms the school forms the round covers (each gets a cell); a count with no school
 *     form belongs to the target but to no school-form cell
 * @param counts the answer sheets per unit, role level and school form; the same group may appear
 *     more than once (the numbers are added)
 */
public record CubeCounts(
    List<TargetUnit> units,
    List<String> roleLevels,
    List<String> schoolForms,
    List<GroupCount> counts) {

  public CubeCounts {
    units = List.copyOf(units);
    roleLevels = List.copyOf(roleLevels);
    schoolForms = List.copyOf(schoolForms);
    counts = List.copyOf(counts);
  }

  /** A unit of the target and its parent in the organisation tree (null at the top). */
  public record TargetUnit(UUID id, UUID parentId) {
    public TargetUnit {
      Objects.requireNonNull(id, "id");
    }
  }

  /** The answer sheets given directly at a unit by one role level in one school form. */
  public record GroupCount(UUID unitId, String roleLevel, String schoolForm, int answers) {
    public GroupCount {
      Objects.requireNonNull(unitId, "unitId");
      Objects.requireNonNull(roleLevel, "roleLevel");
      if (answers < 0) {
        throw new IllegalArgumentException("a number of answers is never negative");
      }
    }
  }
}
