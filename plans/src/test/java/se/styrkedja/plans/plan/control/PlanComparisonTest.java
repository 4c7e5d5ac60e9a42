package se.styrkedja.plans.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a reader of a plan's history sees when comparing two of its versions. */
class PlanComparisonTest {

  private static final UUID IKT = UUID.randomUUID();
  private static final UUID GSUITE = UUID.randomUUID();
  private static final UUID NANO = UUID.randomUUID();

  @Test
  void namesThePlansFieldsAndTheActivitiesAddedRemovedAndChanged() {
    PlanSnapshot before =
        plan(
            "Lokal handlingsplan",
            activity(IKT, "IKT-pedagoger", 0),
            activity(GSUITE, "G Suite", 0));
    PlanSnapshot after =
        plan(
            "Lokal handlingsplan Tumba",
            activity(IKT, "IKT-pedagoger", 40),
            activity(NANO, "Nanolärande om säkerhet", 0));

    PlanComparison c = PlanComparison.between(2, before, 5, after);

    assertEquals(
        List.of(
            new PlanComparison.FieldChange(
                "title", "Lokal handlingsplan", "Lokal handlingsplan Tumba")),
        c.plan());
    assertEquals(
        List.of("Nanolärande om säkerhet"), c.added().stream().map(a -> a.title()).toList());
    assertEquals(List.of("G Suite"), c.removed().stream().map(a -> a.title()).toList());
    assertEquals(1, c.changed().size());
    assertEquals(
        List.of(new PlanComparison.FieldChange("progress", 0, 40)), c.changed().get(0).fields());
    assertFalse(c.reordered());
  }

  @Test
  void aMoveIsAReorderNotAChange() {
    PlanSnapshot before = plan("P", activity(IKT, "A", 0), activity(GSUITE, "B", 0));
    PlanSnapshot after = plan("P", activity(GSUITE, "B", 0), activity(IKT, "A", 0));

    PlanComparison c = PlanComparison.between(1, before, 2, after);

    assertTrue(c.reordered());
    assertTrue(c.changed().isEmpty() && c.added().isEmpty() && c.removed().isEmpty());
  }

  @Test
  void aSnapshotReadsBackAsWrittenSoAVersionComparesEqualToItself() {
    PlanSnapshot plan = plan("Lokal handlingsplan, åäö", activity(IKT, "IKT-pedagoger", 40));

    PlanSnapshot read = SnapshotJson.read(SnapshotJson.write(plan));

    assertEquals(plan.activities().get(0).id(), read.activities().get(0).id());
    assertEquals("Lokal handlingsplan, åäö", read.fields().get("title"));
    assertEquals(
        List.of("larare", "rektor"), read.activities().get(0).fields().get("targetLevels"));
    PlanComparison c = PlanComparison.between(1, plan, 2, read);
    assertTrue(c.plan().isEmpty() && c.changed().isEmpty(), c.toString());
  }

  private static PlanSnapshot plan(String title, PlanSnapshot.ActivitySnapshot... activities) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("status", "DRAFT");
    return new PlanSnapshot(fields, List.of(activities));
  }

  private static PlanSnapshot.ActivitySnapshot activity(UUID id, String title, int progress) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("targetLevels", List.of("larare", "rektor"));
    fields.put("progress", progress);
    return new PlanSnapshot.ActivitySnapshot(id, fields);
  }
}
