package se.styrkedja.tenant.registry.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the operator sends to onboard a municipality. */
public record TenantRequest(
    @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
        String name,
    @NotNull(message = "is required")
        @Pattern(
            regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])",
            message =
                "must be 2 to 63 lower-case letters a-z, digits and hyphens, not starting or"
                    + " ending with a hyphen")
        String slug,
    @NotNull(message = "is required")
        @Pattern(regexp = "\\d{4}", message = "must be the municipality's four-digit code")
        String municipalityCode,
    @NotBlank(message = "must not be blank")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address")
        @Size(max = 254, message = "at most 254 characters")
        String adminEmail) {}
