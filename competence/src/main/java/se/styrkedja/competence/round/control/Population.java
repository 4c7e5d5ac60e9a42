package se.styrkedja.competence.round.control;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.tenant.api.DutyDirectory.ActiveDuty;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitInfo;

/**
 * A round's population from the duties in force: everyone with a duty at an open unit of the
 * target, at a targeted level, at a unit of a targeted school form (any, when none is targeted).
 * Each person is invited once, for the unit, level and school form their answer counts for: with
 * several matching duties, the highest level in {@code levels}' order, then the unit first by id
 * (so the same duties always give the same invitation). Pure.
 */
public final class Population {

  /** One invitation to be: a person, and what their answer counts for. */
  public record Invitee(UUID personId, UUID unitId, String level, String schoolForm) {}

  private Population() {}

  /**
   * @param units the target's units with their subtrees, by id
   * @param levels the targeted levels, in the chain's order, top first
   * @param schoolForms the targeted school forms; empty: every one
   */
  public static List<Invitee> of(
      List<ActiveDuty> duties,
      Map<UUID, UnitInfo> units,
      List<String> levels,
      Set<SchoolType> schoolForms) {
    Map<UUID, Invitee> byPerson = new LinkedHashMap<>();
    duties.stream()
        .filter(d -> levels.contains(d.level()))
        .sorted(
            Comparator.<ActiveDuty>comparingInt(d -> levels.indexOf(d.level()))
                .thenComparing(d -> d.unitId().toString())
                .thenComparing(d -> d.personId().toString()))
        .forEach(
            d -> {
              UnitInfo unit = units.get(d.unitId());
              if (unit == null || !unit.isOpen() || byPerson.containsKey(d.personId())) {
                return;
              }
              Optional<SchoolType> form = schoolFormOf(unit, schoolForms);
              if (!schoolForms.isEmpty() && form.isEmpty()) {
                return;
              }
              byPerson.put(
                  d.personId(),
                  new Invitee(
                      d.personId(), unit.id(), d.level(), form.map(Enum::name).orElse(null)));
            });
    return List.copyOf(byPerson.values());
  }

  /** The first of the unit's school forms that the round asks, in SS 12000's order. */
  private static Optional<SchoolType> schoolFormOf(UnitInfo unit, Set<SchoolType> asked) {
    EnumSet<SchoolType> forms = EnumSet.noneOf(SchoolType.class);
    forms.addAll(unit.schoolForms());
    if (!asked.isEmpty()) {
      forms.retainAll(asked);
    }
    return forms.stream().findFirst();
  }
}
