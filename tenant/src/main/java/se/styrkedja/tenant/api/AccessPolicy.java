package se.styrkedja.tenant.api;

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
   * Refuses (403, and a log line naming {@code what}) anyone but the platform operator, who
   * onboards municipalities and belongs to none of them.
   */
  void requireOperator(String what);
}
