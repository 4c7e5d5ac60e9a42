package se.styrkedja.tenant.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * May the current caller do this? The one question every module asks before acting on something a
 * unit or the tenant owns.
 */
public interface AccessPolicy {

  boolean may(Action action, Target target);

  /**
   * As {@link #may}, but refuses with a problem (403) and a log line naming {@code what} when not.
   */
  void require(Action action, Target target, String what);

  /**
   * The caller's level in the chain at this unit itself: the level a plan they write there is
   * written at ({@code rektor} for the principal of a school). Empty when they hold none there.
   */
  Optional<String> levelAt(UUID unit);

  /**
   * {@link #levelAt} for every unit at once: the caller's level in the chain at each unit where
   * they hold one, for lists that would otherwise ask unit by unit.
   */
  Map<UUID, String> levelsAt();

  /**
   * The keys of the levels the caller holds today in the municipality the request acts for, at any
   * unit or tenant-wide, from that municipality's own role assignments: what the web app shows as
   * the caller's roles. Empty for a caller acting for no municipality.
   */
  Set<String> levels();

  /**
   * Refuses (403, and a log line naming {@code what}) a caller who holds no role in the
   * municipality the request acts for: a member of its organization whose admin has not yet given
   * them a level reads nothing of its people.
   */
  void requireAnyLevel(String what);

  /**
   * Whether a level of the chain has a level below it: whether those who hold it lead a part of the
   * organisation (a principal does, a teacher does not) and so write its plans.
   */
  boolean leads(String level);

  /**
   * Everything the caller may read, at once, for lists and overviews that would otherwise ask
   * {@link #may} unit by unit.
   */
  ReadScope readScope();

  /**
   * Refuses (403, and a log line naming {@code what}) anyone but the platform operator, who
   * onboards municipalities and belongs to none of them.
   */
  void requireOperator(String what);
}
