package se.styrkedja.tenant.role.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.tenant.TenantId;

/** What the token grants on its own: the admin and the top of the (tenant's) chain, tenant-wide. */
class AccessTest {

  private static final TenantId BOTKYRKA = new TenantId("botkyrka");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void theTokenGrantsTheAdminAndTheTopOfTheChainOnly() {
    Caller caller =
        new Caller(
            "x.botkyrka",
            null,
            Set.of("admin", "politiker", "rektor", "it"),
            List.of(BOTKYRKA),
            Optional.of(BOTKYRKA));
    assertEquals(
        Set.of("admin", "politiker"),
        Set.copyOf(
            Access.fromToken(caller, Chain.standard(), TODAY).stream()
                .peek(a -> assertEquals(null, a.unit()))
                .map(Assignment::level)
                .toList()));
  }

  @Test
  void theTopIsTheTenantsTopNotTheStandardOne() {
    Chain reordered =
        Chain.standard()
            .reorder(
                List.of(
                    List.of("forvaltning"),
                    List.of("politiker"),
                    List.of("rektor", "forskolechef"),
                    List.of("larare")));
    Caller politiker =
        new Caller(
            "politiker.botkyrka",
            null,
            Set.of("politiker"),
            List.of(BOTKYRKA),
            Optional.of(BOTKYRKA));
    assertEquals(List.of(), Access.fromToken(politiker, reordered, TODAY));
  }
}
