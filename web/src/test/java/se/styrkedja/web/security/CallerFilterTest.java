package se.styrkedja.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.tenant.TenantId;

class CallerFilterTest {

  private static final TenantId BOTKYRKA = new TenantId("botkyrka");
  private static final TenantId HASSLEHOLM = new TenantId("hassleholm");

  @Test
  void withoutAChoiceTheFirstGrantedTenantIsUsed() {
    assertEquals(Optional.of(BOTKYRKA), CallerFilter.choose(null, List.of(BOTKYRKA, HASSLEHOLM)));
    assertEquals(Optional.empty(), CallerFilter.choose("", List.of()));
  }

  @Test
  void theHeaderChoosesAmongGrantedTenants() {
    assertEquals(
        Optional.of(HASSLEHOLM), CallerFilter.choose("hassleholm", List.of(BOTKYRKA, HASSLEHOLM)));
  }

  @Test
  void theHeaderCannotNameATenantTheTokenDoesNotGrant() {
    TenantRefused refused =
        assertThrows(
            TenantRefused.class, () -> CallerFilter.choose("hassleholm", List.of(BOTKYRKA)));
    assertEquals("core.tenant.not-granted", refused.code());
    assertThrows(TenantRefused.class, () -> CallerFilter.choose("../botkyrka", List.of(BOTKYRKA)));
  }
}
