package se.styrkedja.competence.result.control;

/**
 * A group whose figures are withheld, with no count and no reason that would tell a small group
 * (fewer answers than the minimum, none included) from one withheld to protect another: every
 * withheld cell reads the same, never as zero.
 *
 * @param shownInstead the nearest larger group of the same kind that is shown (for a unit, its
 *     nearest shown ancestor, else the whole target; for a unit and role level, the same role level
 *     at the nearest shown ancestor, else the role level for the whole target, else the unit as a
 *     whole or its nearest shown ancestor; for a role level or school form, the whole target), or
 *     null when there is none
 */
public record SuppressedCell(ResultCellKey key, ResultCellKey shownInstead) {}
