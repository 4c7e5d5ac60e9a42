package se.styrkedja.tenant.strategy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderingTest {

  private final UUID strategy = UUID.randomUUID();
  private final PriorityArea a = new PriorityArea(strategy, 1, "Källkritik", "");
  private final PriorityArea b = new PriorityArea(strategy, 2, "Pedagogiska resurser", "");
  private final PriorityArea c = new PriorityArea(strategy, 3, "Skapande", "");

  @Test
  void reorderingGivesEveryAreaItsNewPlace() {
    List<PriorityArea> ordered =
        Ordering.reorder(List.of(a, b, c), List.of(c.id(), a.id(), b.id()));

    assertEquals(List.of(c, a, b), ordered);
    assertEquals(1, c.position());
    assertEquals(2, a.position());
    assertEquals(3, b.position());
  }

  @Test
  void anOrderThatLeavesOutAddsOrRepeatsAnAreaChangesNothing() {
    List<PriorityArea> areas = List.of(a, b, c);
    List<List<UUID>> wrong =
        List.of(
            List.of(a.id(), b.id()),
            List.of(a.id(), b.id(), c.id(), UUID.randomUUID()),
            List.of(a.id(), a.id(), b.id()),
            List.of(a.id(), b.id(), UUID.randomUUID()));
    for (List<UUID> order : wrong) {
      assertThrows(OrderMismatch.class, () -> Ordering.reorder(areas, order));
    }
    assertEquals(List.of(1, 2, 3), List.of(a.position(), b.position(), c.position()));
  }
}
