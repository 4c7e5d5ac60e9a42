package se.styrkedja.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenantContextTest {

  @Test
  void failsClosedWhenNoTenantIsBound() {
    assertThrows(NoTenant.class, () -> new TenantContext().require());
  }

  @Test
  void aRequestCannotSwitchTenant() {
    TenantContext context = new TenantContext();
    context.bind(new TenantId("botkyrka"));
    context.bind(new TenantId("botkyrka"));
    assertThrows(IllegalStateException.class, () -> context.bind(new TenantId("hassleholm")));
    assertEquals(new TenantId("botkyrka"), context.require());
  }

  @Test
  void onlyWellFormedAliasesAreTenantIds() {
    assertThrows(IllegalArgumentException.class, () -> new TenantId("Botkyrka"));
    assertThrows(IllegalArgumentException.class, () -> new TenantId("-botkyrka"));
    assertThrows(IllegalArgumentException.class, () -> new TenantId(""));
  }
}
