package se.styrkedja.tenant.strategy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate JUNE_2017 = LocalDate.of(2017, 6, 1);

  private static Strategy draft(String title) {
    return Strategy.draft(
        new Strategy.Contents(title, "Utbildningsnämnden", null, null, "Vision"),
        "admin.botkyrka",
        CLOCK.instant());
  }

  @Test
  void aNewStrategyIsTheFirstDraftOfItsOwnLineage() {
    Strategy s = draft("Strategi");
    assertEquals(StrategyStatus.DRAFT, s.status());
    assertEquals(1, s.versionNumber());
    assertEquals(s.id(), s.lineageId());
    assertNull(s.revisesId());
  }

  @Test
  void adoptingOneArchivesTheOneAdoptedBefore() {
    Strategy old = draft("2017");
    old.adopt(List.of(), JUNE_2017, "Utbildningsnämnden", "admin", CLOCK.instant());
    Strategy next = draft("2025");

    next.adopt(
        List.of(old), LocalDate.of(2025, 6, 1), "Utbildningsnämnden", "admin", CLOCK.instant());

    assertEquals(StrategyStatus.ADOPTED, next.status());
    assertEquals(StrategyStatus.ARCHIVED, old.status());
    assertEquals(LocalDate.of(2025, 6, 1), next.adoptedOn());
  }

  @Test
  void onlyADraftIsAdoptedOrEdited() {
    Strategy s = draft("Strategi");
    s.adopt(List.of(), JUNE_2017, "Utbildningsnämnden", "admin", CLOCK.instant());

    assertThrows(
        StrategyNotDraft.class,
        () -> s.adopt(List.of(), JUNE_2017, "Utbildningsnämnden", "admin", CLOCK.instant()));
    StrategyNotDraft refused =
        assertThrows(
            StrategyNotDraft.class,
            () ->
                s.edit(
                    new Strategy.Contents("Ändrad", "", null, null, ""), "admin", CLOCK.instant()));
    assertEquals("tenant.strategy.not-draft", refused.code());
    assertEquals("Strategi", s.title(), "the adopted version is left as it was");
  }

  @Test
  void aNewVersionRevisesTheAdoptedOneAndLeavesItUntouched() {
    Strategy adopted = draft("Strategi");
    adopted.adopt(List.of(), JUNE_2017, "Utbildningsnämnden", "admin", CLOCK.instant());

    Strategy next = adopted.newVersion(2, "admin", CLOCK.instant());

    assertEquals(StrategyStatus.DRAFT, next.status());
    assertEquals(2, next.versionNumber());
    assertEquals(adopted.id(), next.revisesId());
    assertEquals(adopted.lineageId(), next.lineageId());
    assertEquals("Strategi", next.title());
    assertNull(next.adoptedOn(), "a new version is not adopted until it is");
    next.edit(new Strategy.Contents("Strategi 2.0", "", null, null, ""), "admin", CLOCK.instant());
    assertEquals("Strategi", adopted.title());
    assertEquals(StrategyStatus.ADOPTED, adopted.status());
  }

  @Test
  void aNewVersionIsStartedOnlyFromTheAdoptedOne() {
    Strategy draft = draft("Utkast");
    assertThrows(StrategyNotAdopted.class, () -> draft.newVersion(2, "admin", CLOCK.instant()));
    draft.archive("admin", CLOCK.instant());
    assertThrows(StrategyNotAdopted.class, () -> draft.newVersion(2, "admin", CLOCK.instant()));
  }

  @Test
  void expectationsKeepTheirOrderAndRefuseLineBreaksInAStatement() {
    RoleExpectations e =
        new RoleExpectations(java.util.UUID.randomUUID(), "rektor", List.of("Leda", "Följa upp"));
    assertEquals(List.of("Leda", "Följa upp"), e.statements());
    e.replace(List.of());
    assertEquals(List.of(), e.statements());
    assertThrows(IllegalArgumentException.class, () -> e.replace(List.of("två\nrader")));
  }

  @Test
  void theCatalogueKnowsItsFrameworkAreas() {
    assertEquals(4, Framework.LIKA.areas().size());
    assertEquals(8, Framework.SELFIE.areas().size());
    assertEquals(6, Framework.DIGCOMPEDU.areas().size());
    assertEquals(3, Framework.NATIONAL.areas().size());
    assertEquals(true, Framework.knows("SELFIE", "H"));
    assertEquals(false, Framework.knows("SELFIE", "I"));
    assertEquals(false, Framework.knows("PISA", "A"));
    assertThrows(IllegalArgumentException.class, () -> new FrameworkRef(Framework.LIKA, "A"));
  }
}
