package se.styrkedja.competence.instrument.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Item;
import se.styrkedja.competence.instrument.entity.InstrumentContent.ItemType;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Texts;

class InstrumentTemplatesTest {

  final InstrumentTemplates templates = new InstrumentTemplates();

  @Test
  void keysAreFixedForGood() {
    // Copies made in any municipality, now or later, are compared by these keys: they never move.
    var leadership = templates.find(InstrumentTemplates.DIGITAL_LEADERSHIP).content();
    assertEquals(
        UUID.nameUUIDFromBytes(
            "styrkedja/instrument-template/digital-leadership/vision/1"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        leadership.sections().get(0).items().get(0).key());
    assertEquals(
        leadership,
        new InstrumentTemplates().find(InstrumentTemplates.DIGITAL_LEADERSHIP).content());
  }

  @Test
  void theLeadershipTemplateAsksPrincipalsAndPreschoolHeadsOnAFivePointScale() {
    var t = templates.find(InstrumentTemplates.DIGITAL_LEADERSHIP);
    assertEquals(5, t.sectionCount());
    for (var s : t.content().sections()) {
      List<Item> scales = s.items().stream().filter(i -> i.type() == ItemType.SCALE).toList();
      assertTrue(scales.size() >= 4 && scales.size() <= 6, s.title().sv());
      assertEquals(1, s.items().stream().filter(i -> i.type() == ItemType.COMMENT).count());
      for (Item i : scales) {
        assertEquals(1, i.scale().min());
        assertEquals(5, i.scale().max());
        assertTrue(i.notApplicable() && i.decline());
        assertEquals(List.of("rektor", "forskolechef"), i.audience());
        assertFalse(i.frameworks().isEmpty());
      }
    }
  }

  @Test
  void theTeacherTemplateHasALevelPerDigCompEduAreaFromA1ToC2() {
    var t = templates.find(InstrumentTemplates.TEACHER_DIGCOMPEDU);
    List<Item> levels = t.content().items().filter(i -> i.type() == ItemType.LEVEL).toList();
    assertEquals(6, levels.size());
    for (int a = 0; a < 6; a++) {
      Item item = levels.get(a);
      assertEquals(String.valueOf(a + 1), item.frameworks().get(0).area());
      assertEquals("DIGCOMPEDU", item.frameworks().get(0).framework());
      assertEquals(
          List.of("A1", "A2", "B1", "B2", "C1", "C2"),
          item.levels().stream().map(l -> l.code()).toList());
      assertEquals(List.of(1, 2, 3, 4, 5, 6), item.levels().stream().map(l -> l.value()).toList());
      assertEquals(List.of("larare"), item.audience());
    }
    assertTrue(t.content().items().filter(i -> i.type() == ItemType.SCALE).count() >= 2);
  }

  @Test
  void everyTextIsInSwedishAndEnglish() {
    for (var t : templates.list()) {
      bilingual(t.name());
      bilingual(t.description());
      for (var s : t.content().sections()) {
        bilingual(s.title());
        for (Item i : s.items()) {
          bilingual(i.text());
          i.levels().forEach(l -> bilingual(l.statement()));
        }
      }
    }
  }

  @Test
  void anUnknownTemplateIsNotFound() {
    assertThrows(TemplateNotFound.class, () -> templates.find("selfie-students"));
  }

  private static void bilingual(Texts texts) {
    assertFalse(texts.sv().isBlank());
    assertFalse(texts.en().isBlank(), texts.sv());
    assertFalse(texts.sv().equals(texts.en()) && texts.sv().length() > 12, texts.sv());
  }
}
