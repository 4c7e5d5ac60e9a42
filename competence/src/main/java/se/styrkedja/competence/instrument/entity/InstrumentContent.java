package se.styrkedja.competence.instrument.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one version of an instrument asks: its sections and their items, stored as JSON in {@code
 * instrument_version.content}. Every module that reads answers reads items through this shape:
 * rounds check answers against it, results group them by section, priority area and framework area.
 *
 * <p>The nested records carry OpenAPI names of their own ({@code InstrumentItem}, ...), so that no
 * other module's {@code Item} or {@code Section} merges with them in the API document.
 *
 * @param sections in the order they are asked
 */
public record InstrumentContent(List<Section> sections) {

  public InstrumentContent {
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /** Every item, section by section. */
  public Stream<Item> items() {
    return sections.stream().flatMap(s -> s.items().stream());
  }

  public Optional<Item> item(UUID key) {
    return items().filter(i -> i.key().equals(key)).findFirst();
  }

  /** A text in Swedish and English; Swedish is required, English falls back to it. */
  @Schema(name = "InstrumentTexts")
  public record Texts(String sv, String en) {

    public String in(String language) {
      return "en".equals(language) && en != null && !en.isBlank() ? en : sv;
    }
  }

  /**
   * A section (avsnitt) of items.
   *
   * @param key stays the same across versions
   */
  @Schema(name = "InstrumentSection")
  public record Section(UUID key, Texts title, Texts description, List<Item> items) {

    public Section {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /** How an item is answered. */
  @Schema(name = "InstrumentItemType")
  public enum ItemType {
    /** A point on a scale, e.g. 1-5 agreement. */
    SCALE,
    /** The one statement among level statements (A1-C2 style) that best matches one's practice. */
    LEVEL,
    /** Yes or no. */
    YES_NO,
    /** A free-text comment. */
    COMMENT
  }

  /**
   * One question.
   *
   * @param key stays the same across versions, so a trend follows the item through revisions
   * @param scale for {@link ItemType#SCALE}: its points and end labels
   * @param levels for {@link ItemType#LEVEL}: one statement per level, lowest first
   * @param notApplicable whether "not applicable" (ej aktuellt) may be answered
   * @param decline whether "prefer not to say" (vill inte svara) may be answered
   * @param audience the role levels (chain keys, e.g. rektor, larare) it is asked of; empty: all
   *     the round asks
   * @param priorityAreaIds the tenant's priority areas it bears on
   * @param goalIds the tenant's goals it bears on
   * @param frameworks the framework areas it bears on (LIKA, SELFIE, DigCompEdu as the strategy
   *     knows them)
   */
  @Schema(name = "InstrumentItem")
  public record Item(
      UUID key,
      ItemType type,
      Texts text,
      Texts help,
      Scale scale,
      List<LevelStatement> levels,
      boolean notApplicable,
      boolean decline,
      List<String> audience,
      List<UUID> priorityAreaIds,
      List<UUID> goalIds,
      List<FrameworkAreaRef> frameworks) {

    public Item {
      Objects.requireNonNull(type, "type");
      levels = levels == null ? List.of() : List.copyOf(levels);
      audience = audience == null ? List.of() : List.copyOf(audience);
      priorityAreaIds = priorityAreaIds == null ? List.of() : List.copyOf(priorityAreaIds);
      goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
      frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }

    /** Asked of someone at this role level. */
    public boolean askedOf(String roleLevel) {
      return audience.isEmpty() || audience.contains(roleLevel);
    }
  }

  /**
   * A scale's points, {@code min} to {@code max} (e.g. 1 to 5), and what its ends mean.
   *
   * @param minLabel e.g. "Stämmer inte alls"
   * @param maxLabel e.g. "Stämmer helt"
   */
  @Schema(name = "InstrumentScale")
  public record Scale(int min, int max, Texts minLabel, Texts maxLabel) {}

  /**
   * One level's statement.
   *
   * @param value 1 for the lowest level, counting up: what an answer stores
   * @param code a short name for the level, e.g. A1 (Nykomling) to C2 (Pionjär)
   */
  @Schema(name = "InstrumentLevelStatement")
  public record LevelStatement(int value, String code, Texts name, Texts statement) {}

  /**
   * A framework area, as the strategy module knows it.
   *
   * @param framework e.g. DIGCOMPEDU
   * @param area the area's code within it, e.g. 2
   */
  @Schema(name = "InstrumentFrameworkAreaRef")
  public record FrameworkAreaRef(String framework, String area) {}
}
