package se.styrkedja.competence.result.control;

/**
 * The breakdowns a round's results are offered in, all published side by side: every one is
 * protected against every other (see {@link Suppression}).
 */
public enum ResultBreakdown {
  /** The whole target of the round. */
  TARGET,
  /** Per unit, each figure covering the unit's whole subtree within the target. */
  UNIT,
  /** Per role level, for the whole target. */
  ROLE_LEVEL,
  /** Per school form, for the whole target. */
  SCHOOL_FORM,
  /** Per unit (with its subtree) and role level: leaders beside teachers, unit by unit. */
  UNIT_ROLE_LEVEL
}
