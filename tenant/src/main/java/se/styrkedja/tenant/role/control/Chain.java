package se.styrkedja.tenant.role.control;

import java.util.List;
import java.util.Optional;

/** A tenant's chain of governance: its levels in order, and the functions beside it. */
public record Chain(List<Level> levels) {

  /** Key of the function that configures the municipality. */
  public static final String ADMIN = "admin";

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

  public Optional<Level> level(String key) {
    return levels.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** The top of the chain: the board, which reads everything of its tenant. */
  public boolean isTop(Level level) {
    return level.inChain()
        && levels.stream().filter(Level::inChain).allMatch(l -> l.rank() >= level.rank());
  }
}
