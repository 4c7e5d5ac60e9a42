package se.styrkedja.tenant.unit.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.control.UnitRow;

/**
 * A unit as the API shows it; depth 0 is the root. {@code organisationType} is what an SS 12000
 * import's source calls it (e.g. Verksamhetsområde), null for a unit made here.
 */
public record UnitView(
    UUID id,
    UnitType type,
    String name,
    @Schema(nullable = true) String schoolUnitCode,
    List<String> schoolForms,
    @Schema(nullable = true) UUID parentId,
    @Schema(nullable = true) String organisationType,
    int depth,
    LocalDate openedOn,
    @Schema(nullable = true) LocalDate closedOn,
    boolean open,
    long version,
    @Schema(
            description = "What the caller may do with the unit, as the server allows",
            enumeration = {"edit", "move", "close", "new-child"})
        List<String> allowed) {

  static UnitView of(UnitRow u, List<String> allowed) {
    return new UnitView(
        u.id(),
        u.type(),
        u.name(),
        u.schoolUnitCode(),
        u.schoolForms().stream().map(Enum::name).toList(),
        u.parentId(),
        u.organisationType(),
        u.depth(),
        u.openedOn(),
        u.closedOn(),
        u.isOpen(),
        u.version(),
        allowed);
  }
}
