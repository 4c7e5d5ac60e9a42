package se.styrkedja.plans.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.styrkedja.core.tenant.TenantId;

/**
 * A plan took a step of its workflow (submitted, approved, returned, ...): for whoever follows
 * plans, such as reporting. Fired when the step's transaction commits.
 *
 * @param status the status the plan now has, in lower case ({@code approved})
 */
public record PlanStepTaken(
    TenantId tenant, UUID planId, UUID unitId, String status, String by, OffsetDateTime at) {}
