package se.styrkedja.core.paging;

import java.util.List;

/** One page of a longer list, with the total so that a client can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public Page {
    items = List.copyOf(items);
  }
}
