package se.styrkedja.tenant.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.styrkedja.tenant.api.TenantStatus;

class TenantTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);

  private static Tenant onboarding() {
    return new Tenant("ystad", "Ystads kommun", "1286", "admin@ystad.se", "org-1", T0, "operator");
  }

  @Test
  void aNewTenantIsOnboardingAndBecomesActiveThenSuspendedAndBack() {
    Tenant t = onboarding();
    assertEquals(TenantStatus.ONBOARDING, t.status());
    t.activate(T0.plusDays(1), "operator");
    assertEquals(TenantStatus.ACTIVE, t.status());
    t.suspend(T0.plusDays(2), "operator");
    assertEquals(TenantStatus.SUSPENDED, t.status());
    assertEquals(T0.plusDays(2), t.statusChangedAt().orElseThrow());
    t.activate(T0.plusDays(3), "operator2");
    assertEquals(TenantStatus.ACTIVE, t.status());
    assertEquals("operator2", t.statusChangedBy().orElseThrow());
  }

  @Test
  void aStepNotInTheLifecycleIsRefusedNamingTheCurrentStatusAndChangesNothing() {
    Tenant t = onboarding();
    InvalidTransition early = assertThrows(InvalidTransition.class, () -> t.suspend(T0, "op"));
    assertTrue(early.detail().contains("is onboarding"), early.detail());
    assertEquals("status", early.errors().get(0).field());
    assertEquals(TenantStatus.ONBOARDING, t.status());

    t.activate(T0, "op");
    InvalidTransition twice = assertThrows(InvalidTransition.class, () -> t.activate(T0, "op"));
    assertTrue(twice.detail().contains("is active"), twice.detail());
  }

  @Test
  void offboardingIsFinalAndRecordsWhen() {
    Tenant t = onboarding();
    t.activate(T0, "op");
    t.offboard(T0.plusDays(30), "lead");
    assertEquals(TenantStatus.OFFBOARDED, t.status());
    assertEquals(T0.plusDays(30), t.offboardedAt().orElseThrow());
    assertThrows(InvalidTransition.class, () -> t.activate(T0.plusDays(31), "op"));
    assertThrows(InvalidTransition.class, () -> t.offboard(T0.plusDays(31), "op"));
    assertThrows(InvalidTransition.class, () -> t.linkIdentityProvider("ystad", "oidc"));
  }
}
