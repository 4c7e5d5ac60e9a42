package se.styrkedja.competence.instrument.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentContent.FrameworkAreaRef;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Item;
import se.styrkedja.competence.instrument.entity.InstrumentContent.ItemType;
import se.styrkedja.competence.instrument.entity.InstrumentContent.LevelStatement;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Scale;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Section;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Texts;
import se.styrkedja.core.problem.FieldError;

/**
 * An instrument as SurveyJS survey JSON, and back: a page per section; an element per item, of type
 * {@code rating} (a scale), {@code radiogroup} (level statements, values 1..n), {@code boolean}
 * (yes/no) or {@code comment}. The element's {@code name} is the item's key, a page's name the
 * section's. Texts are SurveyJS localisable strings, {@code {"default": sv, "en": en}} (Swedish is
 * the default locale; on import a plain string, {@code sv} or {@code default} is the Swedish text).
 * What SurveyJS has no property for (not applicable, prefer not to say, audience, mappings, level
 * codes) travels in each element's {@code styrkedja} object, which SurveyJS keeps and ignores; a
 * survey made elsewhere simply has none.
 */
public final class SurveyJs {

  static final Set<String> SUPPORTED = Set.of("rating", "radiogroup", "boolean", "comment");
  static final String EXTENSION = "styrkedja";

  private SurveyJs() {}

  /** What an imported survey becomes: the instrument's name, description and first content. */
  public record Imported(String name, String description, InstrumentContent content) {}

  // Export -------------------------------------------------------------------------------------

  public static JsonObject export(String name, String description, InstrumentContent content) {
    JsonObjectBuilder survey = Json.createObjectBuilder().add("title", name);
    if (description != null && !description.isBlank()) {
      survey.add("description", description);
    }
    JsonArrayBuilder pages = Json.createArrayBuilder();
    for (Section s : content.sections()) {
      JsonObjectBuilder page = Json.createObjectBuilder().add("name", s.key().toString());
      text(page, "title", s.title());
      text(page, "description", s.description());
      JsonArrayBuilder elements = Json.createArrayBuilder();
      for (Item i : s.items()) {
        elements.add(element(i));
      }
      pages.add(page.add("elements", elements));
    }
    return survey.add("pages", pages).build();
  }

  private static JsonObject element(Item i) {
    JsonObjectBuilder e = Json.createObjectBuilder();
    e.add(
        "type",
        switch (i.type()) {
          case SCALE -> "rating";
          case LEVEL -> "radiogroup";
          case YES_NO -> "boolean";
          case COMMENT -> "comment";
        });
    e.add("name", i.key().toString());
    text(e, "title", i.text());
    text(e, "description", i.help());
    JsonObjectBuilder ext = Json.createObjectBuilder();
    switch (i.type()) {
      case SCALE -> {
        Scale scale = i.scale();
        e.add("rateMin", scale.min()).add("rateMax", scale.max());
        text(e, "minRateDescription", scale.minLabel());
        text(e, "maxRateDescription", scale.maxLabel());
      }
      case LEVEL -> {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        JsonArrayBuilder levels = Json.createArrayBuilder();
        for (LevelStatement l : i.levels()) {
          JsonObjectBuilder choice = Json.createObjectBuilder().add("value", l.value());
          text(choice, "text", l.statement());
          choices.add(choice);
          JsonObjectBuilder level = Json.createObjectBuilder();
          if (l.code() != null) {
            level.add("code", l.code());
          }
          text(level, "name", l.name());
          levels.add(level);
        }
        e.add("choices", choices);
        ext.add("levels", levels);
      }
      case YES_NO -> {
        e.add("labelTrue", localised(new Texts("Ja", "Yes")));
        e.add("labelFalse", localised(new Texts("Nej", "No")));
      }
      case COMMENT -> {}
    }
    ext.add("notApplicable", i.notApplicable()).add("decline", i.decline());
    ext.add("audience", strings(i.audience()));
    ext.add("priorityAreaIds", strings(i.priorityAreaIds().stream().map(UUID::toString).toList()));
    ext.add("goalIds", strings(i.goalIds().stream().map(UUID::toString).toList()));
    JsonArrayBuilder frameworks = Json.createArrayBuilder();
    for (FrameworkAreaRef f : i.frameworks()) {
      frameworks.add(
          Json.createObjectBuilder().add("framework", f.framework()).add("area", f.area()));
    }
    ext.add("frameworks", frameworks);
    return e.add(EXTENSION, ext).build();
  }

  private static void text(JsonObjectBuilder b, String name, Texts texts) {
    if (texts != null && texts.sv() != null && !texts.sv().isBlank()) {
      b.add(name, localised(texts));
    }
  }

  private static JsonObject localised(Texts texts) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("default", texts.sv());
    if (texts.en() != null && !texts.en().isBlank()) {
      b.add("en", texts.en());
    }
    return b.build();
  }

  private static JsonArray strings(List<String> values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    values.forEach(b::add);
    return b.build();
  }

  // Import -------------------------------------------------------------------------------------

  /**
   * The survey as an instrument, or {@link SurveyJsUnsupported} naming every element it cannot ask.
   * The content is checked against the municipality's rules afterwards, as any content is.
   */
  public static Imported read(JsonObject survey) {
    List<FieldError> errors = new ArrayList<>();
    Texts title = texts(survey.get("title"));
    List<Section> sections = new ArrayList<>();
    JsonArray pages = array(survey, "pages");
    if (pages == null) {
      // A survey may list its questions without pages: one section of them all.
      JsonArray elements = elements(survey);
      if (elements == null) {
        errors.add(new FieldError("pages", "a survey has pages with elements"));
      } else {
        sections.add(section("", survey, elements, title, errors));
      }
    } else {
      for (int p = 0; p < pages.size(); p++) {
        String path = "pages[" + p + "]";
        if (!(pages.get(p) instanceof JsonObject page)) {
          errors.add(new FieldError(path, "a page is an object"));
          continue;
        }
        JsonArray elements = elements(page);
        sections.add(
            section(
                path + ".",
                page,
                elements == null ? JsonValue.EMPTY_JSON_ARRAY : elements,
                new Texts(string(page, "name"), null),
                errors));
      }
    }
    if (title == null || title.sv() == null || title.sv().isBlank()) {
      errors.add(new FieldError("title", "the survey's title is the instrument's name"));
    }
    if (!errors.isEmpty()) {
      throw new SurveyJsUnsupported(errors);
    }
    Texts description = texts(survey.get("description"));
    return new Imported(
        title.sv().strip(),
        description == null || description.sv() == null ? "" : description.sv(),
        new InstrumentContent(sections));
  }

  private static Section section(
      String prefix, JsonObject page, JsonArray elements, Texts fallback, List<FieldError> errors) {
    List<Item> items = new ArrayList<>();
    for (int e = 0; e < elements.size(); e++) {
      String path = prefix + "elements[" + e + "]";
      if (!(elements.get(e) instanceof JsonObject element)) {
        errors.add(new FieldError(path, "an element is an object"));
        continue;
      }
      String type = string(element, "type");
      if (type == null || !SUPPORTED.contains(type)) {
        errors.add(
            new FieldError(
                path + ".type",
                "'"
                    + (type == null ? "" : type)
                    + "' cannot be imported: an instrument asks rating, radiogroup, boolean and"
                    + " comment questions"));
        continue;
      }
      items.add(item(path, type, element, errors));
    }
    Texts title = texts(page.get("title"));
    return new Section(
        key(string(page, "name")),
        title == null ? fallback : title,
        texts(page.get("description")),
        items);
  }

  private static Item item(String path, String type, JsonObject e, List<FieldError> errors) {
    JsonObject ext = e.get(EXTENSION) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    String name = string(e, "name");
    Texts text = texts(e.get("title"));
    if (text == null) {
      text = new Texts(name, null);
    }
    Scale scale = null;
    List<LevelStatement> levels = List.of();
    ItemType itemType =
        switch (type) {
          case "rating" -> ItemType.SCALE;
          case "radiogroup" -> ItemType.LEVEL;
          case "boolean" -> ItemType.YES_NO;
          default -> ItemType.COMMENT;
        };
    if (itemType == ItemType.SCALE) {
      if (e.containsKey("rateValues") || e.containsKey("rateCount")) {
        errors.add(
            new FieldError(
                path + (e.containsKey("rateValues") ? ".rateValues" : ".rateCount"),
                "cannot be imported: give the scale by rateMin and rateMax"));
      }
      if (e.containsKey("rateStep") && integer(e, "rateStep", 1) != 1) {
        errors.add(new FieldError(path + ".rateStep", "cannot be imported: a scale counts by 1"));
      }
      scale =
          new Scale(
              integer(e, "rateMin", 1),
              integer(e, "rateMax", 5),
              texts(e.get("minRateDescription")),
              texts(e.get("maxRateDescription")));
    } else if (itemType == ItemType.LEVEL) {
      JsonArray choices = array(e, "choices");
      JsonArray meta = array(ext, "levels");
      List<LevelStatement> found = new ArrayList<>();
      for (int c = 0; choices != null && c < choices.size(); c++) {
        JsonValue choice = choices.get(c);
        Texts statement;
        if (choice instanceof JsonObject o) {
          statement = texts(o.get("text"));
          if (statement == null) {
            statement = texts(o.get("value"));
          }
        } else {
          statement = texts(choice);
        }
        JsonObject level =
            meta != null && c < meta.size() && meta.get(c) instanceof JsonObject m
                ? m
                : JsonValue.EMPTY_JSON_OBJECT;
        found.add(
            new LevelStatement(c + 1, string(level, "code"), texts(level.get("name")), statement));
      }
      levels = found;
    }
    return new Item(
        key(name),
        itemType,
        text,
        texts(e.get("description")),
        scale,
        levels,
        bool(ext, "notApplicable"),
        bool(ext, "decline"),
        list(ext, "audience"),
        list(ext, "priorityAreaIds").stream().map(SurveyJs::uuid).filter(u -> u != null).toList(),
        list(ext, "goalIds").stream().map(SurveyJs::uuid).filter(u -> u != null).toList(),
        frameworks(ext));
  }

  private static List<FrameworkAreaRef> frameworks(JsonObject ext) {
    JsonArray array = array(ext, "frameworks");
    List<FrameworkAreaRef> out = new ArrayList<>();
    for (int i = 0; array != null && i < array.size(); i++) {
      if (array.get(i) instanceof JsonObject f) {
        out.add(new FrameworkAreaRef(string(f, "framework"), string(f, "area")));
      }
    }
    return out;
  }

  private static JsonArray elements(JsonObject container) {
    JsonArray elements = array(container, "elements");
    return elements != null ? elements : array(container, "questions");
  }

  /** A SurveyJS localisable string: plain, or {"default": .., "sv": .., "en": ..}. */
  static Texts texts(JsonValue value) {
    if (value instanceof JsonString s) {
      return new Texts(s.getString(), null);
    }
    if (value instanceof JsonNumber n) {
      return new Texts(n.toString(), null);
    }
    if (value instanceof JsonObject o) {
      String sv = string(o, "sv");
      if (sv == null) {
        sv = string(o, "default");
      }
      return sv == null && string(o, "en") == null ? null : new Texts(sv, string(o, "en"));
    }
    return null;
  }

  /** The key a name stands for: our own keys come back as they went; any other name gets one. */
  private static UUID key(String name) {
    UUID key = uuid(name);
    return key == null ? UUID.randomUUID() : key;
  }

  private static UUID uuid(String value) {
    if (value == null) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String string(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static int integer(JsonObject o, String name, int fallback) {
    return o.get(name) instanceof JsonNumber n ? n.intValue() : fallback;
  }

  private static boolean bool(JsonObject o, String name) {
    return o.get(name) == JsonValue.TRUE;
  }

  private static JsonArray array(JsonObject o, String name) {
    return o.get(name) instanceof JsonArray a ? a : null;
  }

  private static List<String> list(JsonObject o, String name) {
    JsonArray a = array(o, name);
    List<String> out = new ArrayList<>();
    for (int i = 0; a != null && i < a.size(); i++) {
      if (a.get(i) instanceof JsonString s) {
        out.add(s.getString());
      }
    }
    return out;
  }
}
