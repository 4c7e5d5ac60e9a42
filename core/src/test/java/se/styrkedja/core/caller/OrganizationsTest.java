package se.styrkedja.core.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.tenant.TenantId;

class OrganizationsTest {

  @Test
  void readsTheListOfAliases() {
    assertEquals(
        List.of(new TenantId("botkyrka"), new TenantId("hassleholm")),
        Organizations.tenantsOf(List.of("botkyrka", "hassleholm")));
  }

  @Test
  void readsTheObjectKeyedByAliasWithIdAndAttributes() {
    Object claim =
        Map.of(
            "botkyrka",
            Map.of(
                "id", "00000000-0000-4000-8000-000000000127", "municipalityCode", List.of("0127")));
    assertEquals(List.of(new TenantId("botkyrka")), Organizations.tenantsOf(claim));
  }

  @Test
  void noClaimGrantsNoTenant() {
    assertEquals(List.of(), Organizations.tenantsOf(null));
  }

  @Test
  void ignoresWhatIsNotAnAliasRatherThanGuessing() {
    assertEquals(
        List.of(new TenantId("botkyrka")),
        Organizations.tenantsOf(List.of("botkyrka", "'; drop table note;--", "Hässleholm", "")));
  }
}
