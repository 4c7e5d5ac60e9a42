package se.styrkedja.tenant.offboarding.boundary;

import jakarta.validation.constraints.NotBlank;

/** The operator types the municipality's id again to confirm that it is deleted for good. */
public record OffboardingRequest(@NotBlank String confirmation) {}
