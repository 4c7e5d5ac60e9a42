package se.styrkedja.competence.round.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkedja.tenant.api.DutyDirectory.ActiveDuty;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.api.UnitType;

class PopulationTest {

  static final UUID SCHOOL = UUID.randomUUID();
  static final UUID PRESCHOOL = UUID.randomUUID();
  static final UUID CLOSED = UUID.randomUUID();

  static UnitInfo unit(UUID id, Set<SchoolType> forms, LocalDate closedOn) {
    return new UnitInfo(
        id, UnitType.values()[0], "Enhet", null, forms, null, LocalDate.of(2015, 1, 1), closedOn);
  }

  static final Map<UUID, UnitInfo> UNITS =
      Map.of(
          SCHOOL, unit(SCHOOL, Set.of(SchoolType.GR, SchoolType.FKLASS), null),
          PRESCHOOL, unit(PRESCHOOL, Set.of(SchoolType.FS), null),
          CLOSED, unit(CLOSED, Set.of(SchoolType.GR), LocalDate.of(2020, 6, 30)));

  @Test
  void theInvitedAreThoseWithADutyAtATargetedLevelAndSchoolFormOnceEach() {
    UUID teacher = UUID.randomUUID();
    UUID principalAndTeacher = UUID.randomUUID();
    UUID preschoolTeacher = UUID.randomUUID();
    UUID atClosedUnit = UUID.randomUUID();
    UUID elsewhere = UUID.randomUUID();
    List<ActiveDuty> duties =
        List.of(
            new ActiveDuty(teacher, SCHOOL, "larare"),
            new ActiveDuty(principalAndTeacher, SCHOOL, "larare"),
            new ActiveDuty(principalAndTeacher, SCHOOL, "rektor"),
            new ActiveDuty(preschoolTeacher, PRESCHOOL, "larare"),
            new ActiveDuty(atClosedUnit, CLOSED, "larare"),
            new ActiveDuty(elsewhere, UUID.randomUUID(), "larare"));

    List<Population.Invitee> all =
        Population.of(duties, UNITS, List.of("rektor", "larare"), Set.of());
    assertEquals(3, all.size());
    Population.Invitee both =
        all.stream()
            .filter(i -> i.personId().equals(principalAndTeacher))
            .findFirst()
            .orElseThrow();
    assertEquals("rektor", both.level(), "the higher level of the chain counts");
    // FKLASS comes before GR in SS 12000's order
    assertEquals("FKLASS", both.schoolForm());

    List<Population.Invitee> compulsory =
        Population.of(duties, UNITS, List.of("larare"), Set.of(SchoolType.GR));
    assertEquals(
        Set.of(teacher, principalAndTeacher),
        Set.copyOf(compulsory.stream().map(Population.Invitee::personId).toList()));
    assertEquals("GR", compulsory.get(0).schoolForm());
    assertEquals(
        List.of(),
        Population.of(duties, UNITS, List.of("forskolechef"), Set.of()),
        "nobody at that level");
  }
}
