package se.styrkedja.core.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so that a client can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public Page {
    items = List.copyOf(items);
  }

  /** The same page with each item turned into what the API shows. */
  public <R> Page<R> map(Function<? super T, ? extends R> view) {
    return new Page<>(items.stream().<R>map(view).toList(), total, offset, limit);
  }
}
