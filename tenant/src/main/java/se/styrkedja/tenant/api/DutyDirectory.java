package se.styrkedja.tenant.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The duties (tjänstgöringar, from the SS 12000 import) of the current tenant's people, as other
 * modules need them: who works where, at which level of the chain, on a given day; and which person
 * the signed-in caller is. Every answer is about the bound tenant only.
 */
public interface DutyDirectory {

  /**
   * A person's duty at a unit, with the level of the chain its duty role gives there ({@code
   * rektor} for a Rektor, {@code larare} for every kind of teacher).
   */
  record ActiveDuty(UUID personId, UUID unitId, String level) {}

  /**
   * The duties at these units that are in force on {@code day} (from and until inclusive), whose
   * role gives a level of the chain, of people not removed at the source. In no particular order.
   */
  List<ActiveDuty> inForce(LocalDate day, Collection<UUID> units);

  /**
   * The imported person the signed-in caller is (linked to their SSO username at first sign-in), or
   * empty when the municipality knows none for them.
   */
  Optional<UUID> callerPerson();
}
