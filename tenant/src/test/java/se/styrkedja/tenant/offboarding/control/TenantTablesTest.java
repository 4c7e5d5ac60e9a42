package se.styrkedja.tenant.offboarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The purge must never trip over a foreign key, whatever tables later modules add. */
class TenantTablesTest {

  @Test
  void deletesEveryTableBeforeTheTablesItReferences() {
    TenantTables tables =
        new TenantTables(
            Map.of(
                "unit", Set.of(),
                "unit_change", Set.of("unit"),
                "role_assignment", Set.of("unit", "role_level"),
                "role_level", Set.of(),
                "note", Set.of()));

    List<String> order = tables.deletionOrder();

    assertEquals(
        Set.of("unit", "unit_change", "role_assignment", "role_level", "note"), Set.copyOf(order));
    assertEquals(5, order.size());
    assertTrue(order.indexOf("unit_change") < order.indexOf("unit"));
    assertTrue(order.indexOf("role_assignment") < order.indexOf("unit"));
    assertTrue(order.indexOf("role_assignment") < order.indexOf("role_level"));
  }

  @Test
  void theOrderIsTheSameOnEveryRun() {
    TenantTables tables = new TenantTables(Map.of("b", Set.of(), "a", Set.of(), "c", Set.of("a")));

    assertEquals(List.of("b", "c", "a"), tables.deletionOrder());
  }

  @Test
  void aCycleIsRefusedRatherThanPurgedHalfway() {
    TenantTables tables =
        new TenantTables(Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of()));

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, tables::deletionOrder);
    assertTrue(refused.getMessage().contains("cycle"));
  }
}
