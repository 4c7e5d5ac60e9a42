package se.styrkedja.tenant.role.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a client sends to assign a role: who (the SSO username), which level or function, at which
 * unit (none for a tenant-wide one: the top of the chain, the admin), from and until which day.
 */
public record AssignmentRequest(
    @NotBlank(message = "must not be blank")
        @Size(max = 255, message = "at most 255 characters")
        @Pattern(regexp = "\\S+", message = "must not contain spaces")
        String username,
    @NotBlank(message = "must not be blank") @Size(max = 40, message = "at most 40 characters")
        String level,
    UUID unitId,
    LocalDate from,
    LocalDate until) {

  /** Ends an assignment on a day (today when none is given). */
  public record End(
      LocalDate until,
      @NotNull(message = "is required: the version of the assignment you ended") Long version) {}
}
