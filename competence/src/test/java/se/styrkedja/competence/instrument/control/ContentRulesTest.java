package se.styrkedja.competence.instrument.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentContent.FrameworkAreaRef;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Item;
import se.styrkedja.competence.instrument.entity.InstrumentContent.ItemType;
import se.styrkedja.competence.instrument.entity.InstrumentContent.LevelStatement;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Scale;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Section;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Texts;
import se.styrkedja.core.problem.FieldError;

class ContentRulesTest {

  static final UUID AREA = UUID.randomUUID();
  static final UUID GOAL = UUID.randomUUID();
  static final Set<String> FRAMEWORK_AREAS =
      Set.of(
          "LIKA/LEDNING",
          "LIKA/INFRASTRUKTUR",
          "LIKA/KOMPETENS",
          "LIKA/ANVANDNING",
          "SELFIE/A",
          "SELFIE/B",
          "SELFIE/C",
          "SELFIE/D",
          "SELFIE/E",
          "SELFIE/F",
          "DIGCOMPEDU/1",
          "DIGCOMPEDU/2",
          "DIGCOMPEDU/3",
          "DIGCOMPEDU/4",
          "DIGCOMPEDU/5",
          "DIGCOMPEDU/6");

  static final ContentRules.Known KNOWN =
      new ContentRules.Known(
          Set.of("forvaltning", "rektor", "forskolechef", "larare"),
          Set.of(AREA),
          Set.of(GOAL),
          (framework, area) -> FRAMEWORK_AREAS.contains(framework + "/" + area));

  static final Scale ONE_TO_FIVE = new Scale(1, 5, null, null);

  static Item scale(UUID key, Scale scale) {
    return new Item(
        key,
        ItemType.SCALE,
        new Texts("Påstående", "Statement"),
        null,
        scale,
        List.of(),
        true,
        true,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  static Section section(UUID key, Item... items) {
    return new Section(key, new Texts("Avsnitt", "Section"), null, List.of(items));
  }

  static List<String> fields(InstrumentContent content) {
    InvalidInstrument e =
        assertThrows(InvalidInstrument.class, () -> ContentRules.check(content, KNOWN));
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void bothTemplatesAreValidContent() {
    for (var t : new InstrumentTemplates().list()) {
      assertEquals(t.content(), ContentRules.check(t.content(), KNOWN), t.key());
    }
  }

  @Test
  void aSectionOrItemWithoutAKeyGetsOneAndKeysAreKept() {
    UUID kept = UUID.randomUUID();
    InstrumentContent checked =
        ContentRules.check(
            new InstrumentContent(
                List.of(section(null, scale(kept, ONE_TO_FIVE), scale(null, ONE_TO_FIVE)))),
            KNOWN);
    assertNotNull(checked.sections().get(0).key());
    assertEquals(kept, checked.sections().get(0).items().get(0).key());
    assertNotNull(checked.sections().get(0).items().get(1).key());
  }

  @Test
  void aKeyUsedTwiceInAVersionIsNamedWhereItRepeats() {
    UUID key = UUID.randomUUID();
    assertEquals(
        List.of("sections[1].items[0].key"),
        fields(
            new InstrumentContent(
                List.of(
                    section(UUID.randomUUID(), scale(key, ONE_TO_FIVE)),
                    section(UUID.randomUUID(), scale(key, ONE_TO_FIVE))))));
  }

  @Test
  void aScaleNeedsMinBelowMaxAndTwoToElevenPoints() {
    for (Scale wrong :
        new Scale[] {
          null,
          new Scale(5, 5, null, null),
          new Scale(3, 1, null, null),
          new Scale(0, 11, null, null),
          new Scale(-1, 3, null, null)
        }) {
      assertEquals(
          List.of("sections[1].items[0].scale"),
          fields(
              new InstrumentContent(
                  List.of(
                      section(null, scale(null, ONE_TO_FIVE)), section(null, scale(null, wrong))))),
          String.valueOf(wrong));
    }
    ContentRules.check(
        new InstrumentContent(List.of(section(null, scale(null, new Scale(0, 10, null, null))))),
        KNOWN);
  }

  @Test
  void levelStatementsCountFromOneAndNeedASwedishText() {
    Texts s = new Texts("Nivå", null);
    Item oneLevel =
        new Item(
            null,
            ItemType.LEVEL,
            s,
            null,
            null,
            List.of(new LevelStatement(1, "A1", null, s)),
            false,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Item skips =
        new Item(
            null,
            ItemType.LEVEL,
            s,
            null,
            null,
            List.of(
                new LevelStatement(1, "A1", null, s),
                new LevelStatement(3, "B1", null, s),
                new LevelStatement(3, "B2", null, new Texts(" ", "Level"))),
            false,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertEquals(
        List.of(
            "sections[0].items[0].levels",
            "sections[0].items[1].levels[1].value",
            "sections[0].items[1].levels[2].statement.sv"),
        fields(new InstrumentContent(List.of(section(null, oneLevel, skips)))));
  }

  @Test
  void textsInSwedishAreRequiredAndCapped() {
    Item noText =
        new Item(
            null,
            ItemType.YES_NO,
            new Texts("", "Only English"),
            null,
            null,
            List.of(),
            false,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Item tooLong =
        new Item(
            null,
            ItemType.COMMENT,
            new Texts("x".repeat(1001), null),
            null,
            null,
            List.of(),
            false,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Section untitled = new Section(null, null, null, List.of(noText, tooLong));
    assertEquals(
        List.of(
            "sections[0].title.sv", "sections[0].items[0].text.sv", "sections[0].items[1].text.sv"),
        fields(new InstrumentContent(List.of(untitled))));
  }

  @Test
  void audienceAreasGoalsAndFrameworksMustBeTheMunicipalitys() {
    Item item =
        new Item(
            null,
            ItemType.SCALE,
            new Texts("Påstående", null),
            null,
            ONE_TO_FIVE,
            List.of(),
            false,
            false,
            List.of("rektor", "vaktmastare"),
            List.of(AREA, UUID.randomUUID()),
            List.of(UUID.randomUUID(), GOAL),
            List.of(
                new FrameworkAreaRef("DIGCOMPEDU", "2"),
                new FrameworkAreaRef("DIGCOMPEDU", "7"),
                new FrameworkAreaRef("PISA", "1")));
    assertEquals(
        List.of(
            "sections[0].items[0].audience[1]",
            "sections[0].items[0].priorityAreaIds[1]",
            "sections[0].items[0].goalIds[0]",
            "sections[0].items[0].frameworks[1]",
            "sections[0].items[0].frameworks[2]"),
        fields(new InstrumentContent(List.of(section(null, item)))));
  }

  @Test
  void onlyAScaleHasAScaleAndOnlyALevelItemHasLevels() {
    Item yesNoWithScale =
        new Item(
            null,
            ItemType.YES_NO,
            new Texts("Fråga", null),
            null,
            ONE_TO_FIVE,
            List.of(),
            false,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertEquals(
        List.of("sections[0].items[0].scale"),
        fields(new InstrumentContent(List.of(section(null, yesNoWithScale)))));
  }

  @Test
  void aPublishedVersionAsksSomething() {
    InvalidInstrument e =
        assertThrows(
            InvalidInstrument.class,
            () -> ContentRules.requirePublishable(new InstrumentContent(List.of(section(null)))));
    assertEquals("sections", e.errors().get(0).field());
    ContentRules.requirePublishable(
        new InstrumentContent(List.of(section(null, scale(null, ONE_TO_FIVE)))));
  }

  @Test
  void theNameIsRequiredAndBothNameAndDescriptionFitTheirColumns() {
    ContentRules.checkNaming("Digitalt ledarskap", null);
    for (String wrong : new String[] {null, " ", "x".repeat(201)}) {
      InvalidInstrument e =
          assertThrows(InvalidInstrument.class, () -> ContentRules.checkNaming(wrong, ""));
      assertEquals("name", e.errors().get(0).field());
    }
    InvalidInstrument e =
        assertThrows(
            InvalidInstrument.class, () -> ContentRules.checkNaming("Namn", "x".repeat(4001)));
    assertEquals("description", e.errors().get(0).field());
  }
}
