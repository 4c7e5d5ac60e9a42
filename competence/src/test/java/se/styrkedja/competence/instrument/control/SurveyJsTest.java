package se.styrkedja.competence.instrument.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentContent.ItemType;
import se.styrkedja.core.problem.FieldError;

class SurveyJsTest {

  static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
      return reader.readObject();
    }
  }

  @Test
  void exportThenImportGivesTheSameItemsForBothTemplates() {
    for (var t : new InstrumentTemplates().list()) {
      JsonObject exported = SurveyJs.export(t.name().sv(), t.description().sv(), t.content());
      // Through text, as a file would go.
      SurveyJs.Imported back;
      try (var reader = Json.createReader(new StringReader(exported.toString()))) {
        back = SurveyJs.read(reader.readObject());
      }
      assertEquals(t.name().sv(), back.name());
      assertEquals(t.description().sv(), back.description());
      assertEquals(t.content(), back.content(), t.key());
    }
  }

  @Test
  void itemsBecomeElementsOfSurveyJsTypesNamedByTheirKeys() {
    var template = new InstrumentTemplates().find(InstrumentTemplates.TEACHER_DIGCOMPEDU);
    JsonObject survey = SurveyJs.export("Lärare", "", template.content());
    JsonObject page = survey.getJsonArray("pages").getJsonObject(0);
    assertEquals(template.content().sections().get(0).key().toString(), page.getString("name"));
    JsonObject level = page.getJsonArray("elements").getJsonObject(0);
    assertEquals("radiogroup", level.getString("type"));
    assertEquals(
        template.content().sections().get(0).items().get(0).key().toString(),
        level.getString("name"));
    assertEquals(6, level.getJsonArray("choices").size());
    assertEquals(1, level.getJsonArray("choices").getJsonObject(0).getInt("value"));
    assertEquals("Professionellt engagemang", page.getJsonObject("title").getString("default"));
    assertEquals("Professional engagement", page.getJsonObject("title").getString("en"));
    JsonObject rating =
        survey.getJsonArray("pages").getJsonObject(6).getJsonArray("elements").getJsonObject(0);
    assertEquals("rating", rating.getString("type"));
    assertEquals(1, rating.getInt("rateMin"));
    assertEquals(5, rating.getInt("rateMax"));
    assertEquals("Stämmer helt", rating.getJsonObject("maxRateDescription").getString("default"));
  }

  @Test
  void aSurveyMadeElsewhereIsImportedWithNewKeysAndPlainTexts() {
    SurveyJs.Imported imported =
        SurveyJs.read(
            json(
                "{'title': 'Digital mognad', 'pages': [{'name': 'page1', 'title': 'Ledning',"
                    + " 'elements': ["
                    + "{'type': 'rating', 'name': 'q1', 'title': {'default': 'Vi har en plan',"
                    + " 'en': 'We have a plan'}, 'rateMax': 4},"
                    + "{'type': 'radiogroup', 'name': 'q2', 'choices': ['Sällan', 'Ofta',"
                    + " {'value': 'x', 'text': 'Alltid'}]},"
                    + "{'type': 'boolean', 'name': 'q3', 'title': 'Finns en IT-pedagog?'},"
                    + "{'type': 'comment', 'name': 'q4', 'title': 'Något mer?'}]}]}"));
    assertEquals("Digital mognad", imported.name());
    InstrumentContent content = imported.content();
    assertEquals("Ledning", content.sections().get(0).title().sv());
    var items = content.sections().get(0).items();
    assertEquals(
        List.of(ItemType.SCALE, ItemType.LEVEL, ItemType.YES_NO, ItemType.COMMENT),
        items.stream().map(i -> i.type()).toList());
    assertEquals("We have a plan", items.get(0).text().en());
    assertEquals(1, items.get(0).scale().min());
    assertEquals(4, items.get(0).scale().max());
    assertEquals(List.of(1, 2, 3), items.get(1).levels().stream().map(l -> l.value()).toList());
    assertEquals("Alltid", items.get(1).levels().get(2).statement().sv());
    // A question without a title is asked by its name, as SurveyJS shows it.
    assertEquals("q2", items.get(1).text().sv());
    ContentRules.check(content, ContentRulesTest.KNOWN);
  }

  @Test
  void everyUnsupportedElementIsNamedAndNothingIsImported() {
    SurveyJsUnsupported e =
        assertThrows(
            SurveyJsUnsupported.class,
            () ->
                SurveyJs.read(
                    json(
                        "{'title': 'Blandat', 'pages': [{'name': 'p', 'elements': ["
                            + "{'type': 'rating', 'name': 'ok'},"
                            + "{'type': 'matrix', 'name': 'm'}]},"
                            + "{'name': 'p2', 'elements': [{'type': 'comment', 'name': 'c'},"
                            + "{'type': 'file', 'name': 'f'}, {'type': 'text', 'name': 't'},"
                            + "{'type': 'rating', 'name': 'r', 'rateValues': [1, 3, 9]}]}]}")));
    assertEquals(
        List.of(
            "pages[0].elements[1].type",
            "pages[1].elements[1].type",
            "pages[1].elements[2].type",
            "pages[1].elements[3].rateValues"),
        e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void aSurveyWithoutATitleNamesIt() {
    SurveyJsUnsupported e =
        assertThrows(
            SurveyJsUnsupported.class,
            () -> SurveyJs.read(json("{'elements': [{'type': 'comment', 'name': 'c'}]}")));
    assertEquals(List.of("title"), e.errors().stream().map(FieldError::field).toList());
  }
}
