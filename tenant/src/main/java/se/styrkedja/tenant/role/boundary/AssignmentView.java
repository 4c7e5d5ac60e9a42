package se.styrkedja.tenant.role.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.role.entity.RoleAssignment;

/**
 * A role assignment as the API shows it; {@code unitId} null for a tenant-wide one, {@code name}
 * the holder's name (null when the municipality knows no person for the username).
 */
public record AssignmentView(
    UUID id,
    String username,
    @Schema(nullable = true) String name,
    String level,
    @Schema(nullable = true) UUID unitId,
    LocalDate from,
    @Schema(nullable = true) LocalDate until,
    String createdBy,
    Instant createdAt,
    long version) {

  static AssignmentView of(RoleAssignment a, Map<String, String> names) {
    return new AssignmentView(
        a.id(),
        a.username(),
        names.get(a.username()),
        a.level(),
        a.unitId(),
        a.from(),
        a.until(),
        a.createdBy(),
        a.createdAt(),
        a.version());
  }
}
