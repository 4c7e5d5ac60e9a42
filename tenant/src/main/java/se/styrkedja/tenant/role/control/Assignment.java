package se.styrkedja.tenant.role.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person holds a level or function at a unit and its subtree, for a period.
 *
 * @param unit the unit; null for an assignment that covers the whole tenant (the board, the admin)
 * @param until the last day, inclusive; null while it lasts
 */
public record Assignment(String level, UUID unit, LocalDate from, LocalDate until) {

  public Assignment {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("ends before it starts");
    }
  }

  public boolean activeOn(LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }
}
