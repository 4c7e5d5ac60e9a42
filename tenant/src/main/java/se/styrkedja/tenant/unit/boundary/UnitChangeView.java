package se.styrkedja.tenant.unit.boundary;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.unit.entity.UnitChange;

/** One line of a unit's history. */
public record UnitChangeView(
    UUID id,
    UnitChange.Kind kind,
    @Schema(nullable = true) String from,
    @Schema(nullable = true) String to,
    String by,
    Instant at) {

  static UnitChangeView of(UnitChange c) {
    return new UnitChangeView(c.id(), c.kind(), c.from(), c.to(), c.changedBy(), c.changedAt());
  }
}
