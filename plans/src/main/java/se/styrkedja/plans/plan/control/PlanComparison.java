package se.styrkedja.plans.plan.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed between two versions of a plan: its own fields, and its activities added, removed,
 * changed (field by field) or moved. Pure.
 */
public record PlanComparison(
    int fromRevision,
    int toRevision,
    List<FieldChange> plan,
    List<ActivityChange> added,
    List<ActivityChange> removed,
    List<ActivityChange> changed,
    boolean reordered) {

  /** One field, before and after. */
  public record FieldChange(
      String field, @Schema(nullable = true) Object from, @Schema(nullable = true) Object to) {}

  /** An activity and what changed in it (nothing for one added or removed). */
  public record ActivityChange(UUID id, String title, List<FieldChange> fields) {}

  public static PlanComparison between(
      int fromRevision, PlanSnapshot from, int toRevision, PlanSnapshot to) {
    Map<UUID, PlanSnapshot.ActivitySnapshot> before = byId(from);
    Map<UUID, PlanSnapshot.ActivitySnapshot> after = byId(to);
    List<ActivityChange> added = new ArrayList<>();
    List<ActivityChange> removed = new ArrayList<>();
    List<ActivityChange> changed = new ArrayList<>();
    after.forEach(
        (id, a) -> {
          PlanSnapshot.ActivitySnapshot old = before.get(id);
          if (old == null) {
            added.add(new ActivityChange(id, a.title(), List.of()));
          } else {
            List<FieldChange> fields = fields(old.fields(), a.fields());
            if (!fields.isEmpty()) {
              changed.add(new ActivityChange(id, a.title(), fields));
            }
          }
        });
    before.forEach(
        (id, a) -> {
          if (!after.containsKey(id)) {
            removed.add(new ActivityChange(id, a.title(), List.of()));
          }
        });
    List<UUID> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
    List<UUID> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
    return new PlanComparison(
        fromRevision,
        toRevision,
        fields(from.fields(), to.fields()),
        added,
        removed,
        changed,
        !keptBefore.equals(keptAfter));
  }

  private static Map<UUID, PlanSnapshot.ActivitySnapshot> byId(PlanSnapshot plan) {
    Map<UUID, PlanSnapshot.ActivitySnapshot> byId = new LinkedHashMap<>();
    plan.activities().forEach(a -> byId.put(a.id(), a));
    return byId;
  }

  private static List<FieldChange> fields(Map<String, Object> from, Map<String, Object> to) {
    Set<String> names = new LinkedHashSet<>(from.keySet());
    names.addAll(to.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      Object a = from.get(name);
      Object b = to.get(name);
      if (!Objects.equals(normal(a), normal(b))) {
        changes.add(new FieldChange(name, a, b));
      }
    }
    return changes;
  }

  /** A number read back from JSON may be of another class than the one written. */
  private static Object normal(Object value) {
    return value instanceof Number n ? n.longValue() : value;
  }
}
