package se.styrkedja.competence.result.control;

import java.util.Objects;
import java.util.UUID;

/**
 * One group of respondents in one breakdown: the whole target, a unit (with its subtree), a role
 * level, a school form, or a unit and a role level.
 *
 * @param unitId the unit, for {@link ResultBreakdown#UNIT} and {@link
 *     ResultBreakdown#UNIT_ROLE_LEVEL}; otherwise null
 * @param roleLevel for {@link ResultBreakdown#ROLE_LEVEL} and {@link
 *     ResultBreakdown#UNIT_ROLE_LEVEL}; otherwise null
 * @param schoolForm for {@link ResultBreakdown#SCHOOL_FORM}; otherwise null
 */
public record ResultCellKey(
    ResultBreakdown breakdown, UUID unitId, String roleLevel, String schoolForm) {

  public ResultCellKey {
    Objects.requireNonNull(breakdown, "breakdown");
    boolean unit =
        breakdown == ResultBreakdown.UNIT || breakdown == ResultBreakdown.UNIT_ROLE_LEVEL;
    boolean level =
        breakdown == ResultBreakdown.ROLE_LEVEL || breakdown == ResultBreakdown.UNIT_ROLE_LEVEL;
    boolean form = breakdown == ResultBreakdown.SCHOOL_FORM;
    if (unit != (unitId != null) || level != (roleLevel != null) || form != (schoolForm != null)) {
      throw new IllegalArgumentException("a " + breakdown + " cell names exactly its own parts");
    }
  }

  public static ResultCellKey target() {
    return new ResultCellKey(ResultBreakdown.TARGET, null, null, null);
  }

  public static ResultCellKey unit(UUID unitId) {
    return new ResultCellKey(ResultBreakdown.UNIT, unitId, null, null);
  }

  public static ResultCellKey roleLevel(String roleLevel) {
    return new ResultCellKey(ResultBreakdown.ROLE_LEVEL, null, roleLevel, null);
  }

  public static ResultCellKey schoolForm(String schoolForm) {
    return new ResultCellKey(ResultBreakdown.SCHOOL_FORM, null, null, schoolForm);
  }

  public static ResultCellKey unitRoleLevel(UUID unitId, String roleLevel) {
    return new ResultCellKey(ResultBreakdown.UNIT_ROLE_LEVEL, unitId, roleLevel, null);
  }
}
