package se.styrkedja.web.me;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the caller may do in the municipality the request acts for, as the web app needs to know it
 * to offer only what the server allows: computed from the same access policy that enforces each
 * action ({@code tenant.api.AccessPolicy}), so offering and enforcing cannot drift apart.
 */
@Schema(
    description =
        "What the caller may do in the municipality the request acts for: CONFIGURE (organisation,"
            + " strategy, role hierarchy, import; the municipality admin), READ_PEOPLE (the"
            + " people and their duties; anyone with a role there), WRITE_PLANS (writes the plan"
            + " of at least one unit they lead), APPROVE_PLANS (decides on plans written at the"
            + " level below theirs), READ_INSTRUMENTS (the self-assessment instruments; anyone"
            + " with a role there), WRITE_INSTRUMENTS (creates, edits and publishes them; the"
            + " admin and the administration's leadership), MANAGE_TENANTS (onboards municipalities; the platform"
            + " operator).")
public enum Capability {
  /** Configure the municipality: organisation tree, strategy, role hierarchy, import. */
  CONFIGURE,
  /** Read its people and their duties: anyone who holds a role there. */
  READ_PEOPLE,
  /** Write and submit the plan of a unit they lead (a principal, the administration). */
  WRITE_PLANS,
  /** Approve or return plans written at the level directly below theirs. */
  APPROVE_PLANS,
  /** Read the self-assessment instruments: anyone who holds a role there. */
  READ_INSTRUMENTS,
  /** Create, edit, publish and discard instruments: the admin, the administration's leadership. */
  WRITE_INSTRUMENTS,
  /** Onboard, suspend and link municipalities: the platform operator, in no municipality. */
  MANAGE_TENANTS
}
