package se.styrkedja.competence.result.control;

/**
 * A group whose figures may be shown: it has at least the minimum group size of answers, and
 * showing it lets nobody compute the figures of a smaller group.
 *
 * @param answers the number of answer sheets in the group (always at least the minimum)
 */
public record ResultCell(ResultCellKey key, int answers) {}
