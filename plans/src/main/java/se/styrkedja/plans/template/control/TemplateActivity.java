package se.styrkedja.plans.template.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.plans.plan.entity.Activity;

/** An activity as a template keeps it: what and for whom, not who or when. */
public record TemplateActivity(
    UUID priorityAreaId,
    List<UUID> goalIds,
    String title,
    @Schema(nullable = true) String description,
    List<String> targetLevels,
    @Schema(nullable = true) String targetNote,
    @Schema(nullable = true) String successCriteria) {

  public TemplateActivity {
    goalIds = List.copyOf(goalIds);
    targetLevels = List.copyOf(targetLevels);
  }

  public static TemplateActivity of(Activity.Content c) {
    return new TemplateActivity(
        c.priorityAreaId(),
        c.goalIds(),
        c.title(),
        c.description(),
        c.targetLevels(),
        c.targetNote(),
        c.successCriteria());
  }

  static String toJson(List<TemplateActivity> activities) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (TemplateActivity a : activities) {
      JsonArrayBuilder goals = Json.createArrayBuilder();
      a.goalIds().forEach(g -> goals.add(g.toString()));
      JsonArrayBuilder levels = Json.createArrayBuilder();
      a.targetLevels().forEach(levels::add);
      array.add(
          Json.createObjectBuilder()
              .add("priorityAreaId", a.priorityAreaId().toString())
              .add("goalIds", goals)
              .add("title", a.title())
              .add("description", a.description())
              .add("targetLevels", levels)
              .add("targetNote", a.targetNote())
              .add("successCriteria", a.successCriteria()));
    }
    return array.build().toString();
  }

  static List<TemplateActivity> fromJson(String json) {
    List<TemplateActivity> activities = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      for (JsonValue v : reader.readArray()) {
        JsonObject o = v.asJsonObject();
        activities.add(
            new TemplateActivity(
                UUID.fromString(o.getString("priorityAreaId")),
                o.getJsonArray("goalIds").stream()
                    .map(g -> UUID.fromString(((JsonString) g).getString()))
                    .toList(),
                o.getString("title"),
                o.getString("description"),
                o.getJsonArray("targetLevels").stream()
                    .map(l -> ((JsonString) l).getString())
                    .toList(),
                o.getString("targetNote"),
                o.getString("successCriteria")));
      }
    }
    return activities;
  }
}
