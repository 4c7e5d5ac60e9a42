package se.styrkedja.tenant.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A unit of the organisation tree as other modules see it. */
public record UnitInfo(
    UUID id,
    UnitType type,
    String name,
    String schoolUnitCode,
    Set<SchoolType> schoolForms,
    UUID parentId,
    LocalDate openedOn,
    LocalDate closedOn) {

  public UnitInfo {
    schoolForms = Set.copyOf(schoolForms);
  }

  public boolean isOpen() {
    return closedOn == null;
  }
}
