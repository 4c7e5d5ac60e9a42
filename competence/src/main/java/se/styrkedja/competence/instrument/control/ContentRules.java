package se.styrkedja.competence.instrument.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Item;
import se.styrkedja.competence.instrument.entity.InstrumentContent.ItemType;
import se.styrkedja.competence.instrument.entity.InstrumentContent.LevelStatement;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Scale;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Section;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Texts;
import se.styrkedja.core.problem.FieldError;

/**
 * What a version's content must be, checked before it is stored: every wrong field named by its
 * path, all at once. Keys are unique within the version; a section or item sent without a key gets
 * a new random one (an item keeps its key for good, so a trend can follow it).
 */
public final class ContentRules {

  static final int MAX_SECTIONS = 50;
  static final int MAX_ITEMS = 100;
  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 1000;
  static final int MAX_HELP = 2000;
  static final int MAX_LABEL = 100;
  static final int MAX_LEVELS = 10;
  static final int MAX_CODE = 10;

  /** The most points a scale has (0 to 10). */
  static final int MAX_POINTS = 11;

  /**
   * What the municipality knows, to check the references of items against.
   *
   * @param levels the keys of the levels of its chain of governance
   * @param priorityAreas the ids of its adopted strategy's priority areas
   * @param goals the ids of their goals
   * @param frameworkAreas whether a framework (e.g. DIGCOMPEDU) has an area of this code
   */
  public record Known(
      Set<String> levels,
      Set<UUID> priorityAreas,
      Set<UUID> goals,
      BiPredicate<String, String> frameworkAreas) {}

  private final Known known;
  private final List<FieldError> errors = new ArrayList<>();
  private final Set<UUID> keys = new HashSet<>();

  private ContentRules(Known known) {
    this.known = known;
  }

  /**
   * The content with a key for every section and item, or {@link InvalidInstrument} naming every
   * field that is wrong.
   */
  public static InstrumentContent check(InstrumentContent content, Known known) {
    ContentRules rules = new ContentRules(known);
    InstrumentContent checked =
        rules.content(content == null ? new InstrumentContent(null) : content);
    if (!rules.errors.isEmpty()) {
      throw new InvalidInstrument(rules.errors);
    }
    return checked;
  }

  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 4000;

  /**
   * An instrument's name and description, however they came (a request, a template, a SurveyJS
   * title): the name required, both within their columns.
   */
  public static void checkNaming(String name, String description) {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "is required"));
    } else if (name.strip().length() > MAX_NAME) {
      errors.add(new FieldError("name", "at most " + MAX_NAME + " characters"));
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      errors.add(new FieldError("description", "at most " + MAX_DESCRIPTION + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInstrument(errors);
    }
  }

  /** A published version asks something: at least one item. */
  public static void requirePublishable(InstrumentContent content) {
    if (content.items().findAny().isEmpty()) {
      throw new InvalidInstrument("sections", "a published version asks at least one question");
    }
  }

  private InstrumentContent content(InstrumentContent content) {
    if (content.sections().size() > MAX_SECTIONS) {
      error("sections", "at most " + MAX_SECTIONS + " sections");
    }
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < content.sections().size(); s++) {
      sections.add(section("sections[" + s + "]", content.sections().get(s)));
    }
    return new InstrumentContent(sections);
  }

  private Section section(String path, Section section) {
    if (section == null) {
      error(path, "a section is required here");
      return new Section(UUID.randomUUID(), null, null, List.of());
    }
    UUID key = key(path, section.key());
    texts(path + ".title", section.title(), true, MAX_TITLE);
    texts(path + ".description", section.description(), false, MAX_HELP);
    if (section.items().size() > MAX_ITEMS) {
      error(path + ".items", "at most " + MAX_ITEMS + " items in a section");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < section.items().size(); i++) {
      Item item = section.items().get(i);
      String at = path + ".items[" + i + "]";
      if (item == null) {
        error(at, "an item is required here");
      } else {
        items.add(item(at, item));
      }
    }
    return new Section(key, section.title(), section.description(), items);
  }

  private Item item(String path, Item item) {
    UUID key = key(path, item.key());
    texts(path + ".text", item.text(), true, MAX_TEXT);
    texts(path + ".help", item.help(), false, MAX_HELP);
    if (item.type() == ItemType.SCALE) {
      scale(path + ".scale", item.scale());
    } else if (item.scale() != null) {
      error(path + ".scale", "only a SCALE item has a scale");
    }
    if (item.type() == ItemType.LEVEL) {
      levels(path + ".levels", item.levels());
    } else if (!item.levels().isEmpty()) {
      error(path + ".levels", "only a LEVEL item has level statements");
    }
    if (item.type() == ItemType.COMMENT && item.notApplicable()) {
      error(path + ".notApplicable", "a comment is simply left empty; it has no 'not applicable'");
    }
    for (int a = 0; a < item.audience().size(); a++) {
      if (!known.levels().contains(item.audience().get(a))) {
        error(
            path + ".audience[" + a + "]",
            "'" + item.audience().get(a) + "' is not a level of the municipality's chain");
      }
    }
    distinct(path + ".audience", item.audience());
    for (int p = 0; p < item.priorityAreaIds().size(); p++) {
      if (!known.priorityAreas().contains(item.priorityAreaIds().get(p))) {
        error(
            path + ".priorityAreaIds[" + p + "]",
            "is not a priority area of the municipality's adopted strategy");
      }
    }
    distinct(path + ".priorityAreaIds", item.priorityAreaIds());
    for (int g = 0; g < item.goalIds().size(); g++) {
      if (!known.goals().contains(item.goalIds().get(g))) {
        error(path + ".goalIds[" + g + "]", "is not a goal of the municipality's adopted strategy");
      }
    }
    distinct(path + ".goalIds", item.goalIds());
    for (int f = 0; f < item.frameworks().size(); f++) {
      var ref = item.frameworks().get(f);
      if (ref == null || !known.frameworkAreas().test(ref.framework(), ref.area())) {
        error(
            path + ".frameworks[" + f + "]",
            "is not an area of a known framework (see GET /api/strategies/frameworks)");
      }
    }
    distinct(path + ".frameworks", item.frameworks());
    return new Item(
        key,
        item.type(),
        item.text(),
        item.help(),
        item.scale(),
        item.levels(),
        item.notApplicable(),
        item.decline(),
        item.audience(),
        item.priorityAreaIds(),
        item.goalIds(),
        item.frameworks());
  }

  private void scale(String path, Scale scale) {
    if (scale == null) {
      error(path, "a SCALE item needs its scale: min, max and what the ends mean");
      return;
    }
    if (scale.min() < 0 || scale.max() <= scale.min()) {
      error(path, "min must be 0 or more and below max");
    } else if (scale.max() - scale.min() + 1 > MAX_POINTS) {
      error(path, "a scale has 2 to " + MAX_POINTS + " points");
    }
    texts(path + ".minLabel", scale.minLabel(), false, MAX_LABEL);
    texts(path + ".maxLabel", scale.maxLabel(), false, MAX_LABEL);
  }

  private void levels(String path, List<LevelStatement> levels) {
    if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
      error(path, "a LEVEL item has 2 to " + MAX_LEVELS + " level statements");
      return;
    }
    for (int l = 0; l < levels.size(); l++) {
      LevelStatement level = levels.get(l);
      String at = path + "[" + l + "]";
      if (level == null) {
        error(at, "a level statement is required here");
        continue;
      }
      if (level.value() != l + 1) {
        error(at + ".value", "levels count 1, 2, 3, ... from the lowest: this one is " + (l + 1));
      }
      if (level.code() != null && level.code().length() > MAX_CODE) {
        error(at + ".code", "at most " + MAX_CODE + " characters");
      }
      texts(at + ".name", level.name(), false, MAX_LABEL);
      texts(at + ".statement", level.statement(), true, MAX_TEXT);
    }
  }

  private UUID key(String path, UUID key) {
    if (key == null) {
      key = UUID.randomUUID();
    }
    if (!keys.add(key)) {
      error(path + ".key", "is used twice in this version; every section and item has its own");
    }
    return key;
  }

  private void texts(String path, Texts texts, boolean required, int max) {
    if (texts == null || texts.sv() == null || texts.sv().isBlank()) {
      if (required) {
        error(path + ".sv", "is required (Swedish)");
      } else if (texts != null && texts.en() != null && !texts.en().isBlank()) {
        error(path + ".sv", "is required when there is an English text");
      }
      return;
    }
    if (texts.sv().length() > max) {
      error(path + ".sv", "at most " + max + " characters");
    }
    if (texts.en() != null && texts.en().length() > max) {
      error(path + ".en", "at most " + max + " characters");
    }
  }

  private void distinct(String path, List<?> values) {
    if (new HashSet<>(values).size() != values.size()) {
      error(path, "lists a value twice");
    }
  }

  private void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
