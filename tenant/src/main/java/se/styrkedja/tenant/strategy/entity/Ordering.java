package se.styrkedja.tenant.strategy.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rule of reordering: a permutation of what is there, nothing more, nothing less. */
public final class Ordering {

  private Ordering() {}

  /**
   * The items in the requested order, each told its new position (1, 2, ...).
   *
   * @throws OrderMismatch when {@code requested} is not exactly a permutation of the items' ids
   */
  public static <T extends Positioned> List<T> reorder(List<T> items, List<UUID> requested) {
    Map<UUID, T> byId =
        items.stream().collect(Collectors.toMap(Positioned::id, Function.identity()));
    if (requested.size() != items.size()
        || new HashSet<>(requested).size() != requested.size()
        || !byId.keySet().containsAll(requested)) {
      throw new OrderMismatch(items.size(), requested.size());
    }
    List<T> ordered = requested.stream().map(byId::get).toList();
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).moveTo(i + 1);
    }
    return ordered;
  }

  /** Something with an id and a place in a list. */
  public interface Positioned {
    UUID id();

    int position();

    void moveTo(int position);
  }
}
