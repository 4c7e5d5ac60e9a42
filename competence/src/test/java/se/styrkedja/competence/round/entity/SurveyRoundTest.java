package se.styrkedja.competence.round.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurveyRoundTest {

  static final LocalDate OPENS = LocalDate.of(2026, 3, 2);
  static final LocalDate CLOSES = LocalDate.of(2026, 3, 20);

  static SurveyRound round() {
    return new SurveyRound(
        UUID.randomUUID(),
        "Vårens självskattning",
        RoundMode.ANONYMOUS,
        UUID.randomUUID(),
        List.of(UUID.randomUUID(), UUID.randomUUID()),
        List.of("rektor", "larare"),
        List.of(),
        OPENS,
        CLOSES,
        "forvaltning.botkyrka",
        OffsetDateTime.of(2026, 2, 20, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void itsStatusFollowsItsDaysBothInclusive() {
    SurveyRound r = round();
    assertEquals(RoundStatus.SCHEDULED, r.statusOn(OPENS.minusDays(1)));
    assertEquals(RoundStatus.OPEN, r.statusOn(OPENS));
    assertEquals(RoundStatus.OPEN, r.statusOn(CLOSES));
    assertEquals(RoundStatus.CLOSED, r.statusOn(CLOSES.plusDays(1)));
    assertEquals(CLOSES, r.lastDay());
  }

  @Test
  void closedEarlyItIsClosedFromThatDayOnAndItsTargetReadsBack() {
    SurveyRound r = round();
    LocalDate early = OPENS.plusDays(3);
    r.closeEarly(
        early, "rektor.botkyrka", OffsetDateTime.of(2026, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC));
    assertEquals(RoundStatus.CLOSED, r.statusOn(early));
    assertEquals(early, r.lastDay());
    assertEquals(List.of("rektor", "larare"), r.targetLevels());
    assertEquals(2, r.targetUnitIds().size());
    assertEquals(List.of(), r.targetSchoolForms(), "every school form");
  }
}
