package se.styrkedja.tenant.role.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A tenant's chain of governance: its levels in order, and the functions beside it. Immutable: the
 * changes a municipality admin makes ({@link #rename}, {@link #add}, {@link #reorder}) each give a
 * new chain.
 */
public record Chain(List<Level> levels) {

  /** Key of the function that configures the municipality. */
  public static final String ADMIN = "admin";

  /** What a level's key looks like; keys never change once given. */
  public static final String KEY = "[a-z][a-z0-9-]*";

  public static final int KEY_MAX = 40;

  private static final Pattern KEY_PATTERN = Pattern.compile(KEY);

  public Chain {
    levels = List.copyOf(levels);
    if (levels.stream().map(Level::key).distinct().count() != levels.size()) {
      throw new IllegalArgumentException("a level key appears twice");
    }
  }

  /**
   * The chain the seeds describe (politik - förvaltningsledning - skolledning - lärare), with IT,
   * digitalisation support, IKT-pedagogues and the municipality admin beside it.
   */
  public static Chain standard() {
    return new Chain(
        List.of(
            new Level("politiker", "Politiker/nämnd", 0),
            new Level("forvaltning", "Förvaltningsledning", 1),
            new Level("rektor", "Rektor", 2),
            new Level("forskolechef", "Förskolechef", 2),
            new Level("larare", "Lärare", 3),
            new Level("it", "IT", Level.BESIDE_THE_CHAIN),
            new Level("digitaliseringsstod", "Digitaliseringsstöd", Level.BESIDE_THE_CHAIN),
            new Level("ikt-pedagog", "IKT-pedagog", Level.BESIDE_THE_CHAIN),
            new Level(ADMIN, "Kommunadministratör", Level.BESIDE_THE_CHAIN)));
  }

  public static boolean isValidKey(String key) {
    return key != null && key.length() <= KEY_MAX && KEY_PATTERN.matcher(key).matches();
  }

  public Optional<Level> level(String key) {
    return levels.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** The top of the chain: the board, which reads everything of its tenant. */
  public boolean isTop(Level level) {
    return level.inChain()
        && levels.stream().filter(Level::inChain).allMatch(l -> l.rank() >= level.rank());
  }

  public boolean isTop(String key) {
    return level(key).map(this::isTop).orElse(false);
  }

  /** The steps of the chain from the top, each the keys of the levels that share its rank. */
  public List<List<String>> steps() {
    TreeMap<Integer, List<String>> byRank = new TreeMap<>();
    for (Level l : levels) {
      if (l.inChain()) {
        byRank.computeIfAbsent(l.rank(), r -> new ArrayList<>()).add(l.key());
      }
    }
    return byRank.values().stream().map(List::copyOf).toList();
  }

  /** The functions beside the chain. */
  public List<Level> functions() {
    return levels.stream().filter(l -> !l.inChain()).toList();
  }

  /** The same chain with one level renamed. */
  public Chain rename(String key, String name) {
    Level old = level(key).orElseThrow(() -> new LevelNotFound(key));
    return new Chain(
        levels.stream().map(l -> l == old ? new Level(l.key(), name, l.rank()) : l).toList());
  }

  /**
   * The chain with a new level: beside the chain ({@link Level#BESIDE_THE_CHAIN}), or joining the
   * step {@code rank} of the chain (0 at the top), or, with {@code rank} one past the last step, as
   * a new step at the bottom. A new step higher up is made by adding and then reordering.
   */
  public Chain add(String key, String name, int rank) {
    if (!isValidKey(key)) {
      throw new InvalidLevel("key", "must match " + KEY + ", at most " + KEY_MAX + " characters");
    }
    if (level(key).isPresent()) {
      throw new LevelExists(key);
    }
    int steps = steps().size();
    if (rank < Level.BESIDE_THE_CHAIN || rank > steps) {
      throw new InvalidLevel(
          "rank", "must be -1 (beside the chain) or from 0 to " + steps + " (a new last step)");
    }
    List<Level> next = new ArrayList<>(normalised().levels());
    next.add(new Level(key, name, rank));
    return new Chain(next);
  }

  /**
   * The chain in a new order: every level of the chain exactly once, step by step from the top; the
   * levels of one step share a rank. The functions beside the chain stay as they are.
   *
   * @throws ChainOrderMismatch when the order does not list exactly the levels of the chain
   */
  public Chain reorder(List<List<String>> order) {
    Set<String> current = new HashSet<>();
    steps().forEach(current::addAll);
    List<String> given = order.stream().flatMap(List::stream).toList();
    if (order.stream().anyMatch(List::isEmpty)
        || given.size() != current.size()
        || !new HashSet<>(given).equals(current)) {
      throw new ChainOrderMismatch(current.size(), given.size());
    }
    List<Level> next = new ArrayList<>();
    for (int rank = 0; rank < order.size(); rank++) {
      for (String key : order.get(rank)) {
        Level l = level(key).orElseThrow();
        next.add(new Level(l.key(), l.name(), rank));
      }
    }
    next.addAll(functions());
    return new Chain(next);
  }

  /** The same chain with its ranks counted 0, 1, 2, ... without gaps. */
  private Chain normalised() {
    return reorder(steps());
  }
}
