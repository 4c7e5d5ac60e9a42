package se.styrkedja.competence.result.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which cells of a round's breakdowns may be shown, as {@link Suppression#protect} decided for one
 * population of answer sheets. Every cell of every breakdown is either shown (with its count) or
 * withheld (with no count); figures of a withheld cell, whatever they are (distributions, means,
 * comments), are never published.
 */
public final class SuppressionPattern {

  private final int minGroupSize;
  private final Map<ResultCellKey, ResultCell> shown = new LinkedHashMap<>();
  private final Map<ResultCellKey, SuppressedCell> withheld = new LinkedHashMap<>();

  SuppressionPattern(int minGroupSize, List<ResultCell> shown, List<SuppressedCell> withheld) {
    this.minGroupSize = minGroupSize;
    shown.forEach(c -> this.shown.put(c.key(), c));
    withheld.forEach(c -> this.withheld.put(c.key(), c));
  }

  /** The tenant's minimum group size the pattern was made for. */
  public int minGroupSize() {
    return minGroupSize;
  }

  /**
   * The shown cells, in a stable order (target, units, role levels, school forms, unit × level).
   */
  public List<ResultCell> shown() {
    return List.copyOf(shown.values());
  }

  /** The withheld cells, in the same order. */
  public List<SuppressedCell> withheld() {
    return List.copyOf(withheld.values());
  }

  public boolean isShown(ResultCellKey key) {
    return shown.containsKey(key);
  }

  /** The number of answers of a shown cell; empty for a withheld (or unknown) one. */
  public OptionalInt answers(ResultCellKey key) {
    ResultCell cell = shown.get(key);
    return cell == null ? OptionalInt.empty() : OptionalInt.of(cell.answers());
  }

  public Optional<SuppressedCell> suppressed(ResultCellKey key) {
    return Optional.ofNullable(withheld.get(key));
  }

  /**
   * Free-text comments of a group may be shown exactly when its figures may: a shown cell has at
   * least the minimum of answers, and comment lists are additive like counts, so the same pattern
   * keeps a withheld group's comments from being singled out by comparing lists.
   */
  public boolean commentsMayBeShown(ResultCellKey key) {
    return shown.containsKey(key);
  }
}
