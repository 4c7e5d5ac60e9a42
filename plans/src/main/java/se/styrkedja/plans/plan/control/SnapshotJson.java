package se.styrkedja.plans.plan.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A revision's snapshot as JSON text, and back. Values are text, numbers and lists of text. */
final class SnapshotJson {

  private SnapshotJson() {}

  static String write(PlanSnapshot snapshot) {
    JsonArrayBuilder activities = Json.createArrayBuilder();
    for (PlanSnapshot.ActivitySnapshot a : snapshot.activities()) {
      activities.add(object(a.fields()).add("id", a.id().toString()));
    }
    return object(snapshot.fields()).add("activities", activities).build().toString();
  }

  static PlanSnapshot read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject plan = reader.readObject();
      List<PlanSnapshot.ActivitySnapshot> activities = new ArrayList<>();
      for (JsonValue v : plan.getJsonArray("activities")) {
        JsonObject a = v.asJsonObject();
        Map<String, Object> fields = fields(a);
        fields.remove("id");
        activities.add(
            new PlanSnapshot.ActivitySnapshot(UUID.fromString(a.getString("id")), fields));
      }
      Map<String, Object> fields = fields(plan);
      fields.remove("activities");
      return new PlanSnapshot(fields, activities);
    }
  }

  private static JsonObjectBuilder object(Map<String, Object> fields) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(e -> array.add(String.valueOf(e)));
            o.add(name, array);
          } else if (value instanceof Number n) {
            o.add(name, n.longValue());
          } else {
            o.add(name, String.valueOf(value));
          }
        });
    return o;
  }

  private static Map<String, Object> fields(JsonObject o) {
    Map<String, Object> fields = new LinkedHashMap<>();
    o.forEach(
        (name, value) -> {
          if (name.equals("activities")) {
            return; // read on their own
          }
          switch (value.getValueType()) {
            case STRING -> fields.put(name, ((JsonString) value).getString());
            case NUMBER -> fields.put(name, ((JsonNumber) value).longValue());
            case ARRAY ->
                fields.put(
                    name,
                    ((JsonArray) value).stream().map(e -> ((JsonString) e).getString()).toList());
            default -> fields.put(name, value.toString());
          }
        });
    return fields;
  }
}
