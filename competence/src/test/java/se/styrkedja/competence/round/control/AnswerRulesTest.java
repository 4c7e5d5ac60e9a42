package se.styrkedja.competence.round.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Item;
import se.styrkedja.competence.instrument.entity.InstrumentContent.ItemType;
import se.styrkedja.competence.instrument.entity.InstrumentContent.LevelStatement;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Scale;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Section;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Texts;
import se.styrkedja.competence.round.entity.Answer;
import se.styrkedja.competence.round.entity.AnswerState;
import se.styrkedja.core.problem.FieldError;

class AnswerRulesTest {

  static final UUID SCALE = UUID.randomUUID();
  static final UUID LEVEL = UUID.randomUUID();
  static final UUID YES_NO = UUID.randomUUID();
  static final UUID COMMENT = UUID.randomUUID();
  static final UUID LEADERS_ONLY = UUID.randomUUID();

  static Item item(UUID key, ItemType type, boolean na, boolean decline, List<String> audience) {
    return new Item(
        key,
        type,
        new Texts("Fråga", "Question"),
        null,
        type == ItemType.SCALE ? new Scale(1, 5, null, null) : null,
        type == ItemType.LEVEL
            ? List.of(
                new LevelStatement(1, "A1", new Texts("N", null), new Texts("a", null)),
                new LevelStatement(2, "A2", new Texts("U", null), new Texts("b", null)))
            : List.of(),
        na,
        decline,
        audience,
        List.of(),
        List.of(),
        List.of());
  }

  static final InstrumentContent CONTENT =
      new InstrumentContent(
          List.of(
              new Section(
                  UUID.randomUUID(),
                  new Texts("Avsnitt", null),
                  null,
                  List.of(
                      item(SCALE, ItemType.SCALE, true, false, List.of()),
                      item(LEVEL, ItemType.LEVEL, false, true, List.of("larare")),
                      item(YES_NO, ItemType.YES_NO, false, false, List.of()),
                      item(COMMENT, ItemType.COMMENT, false, false, List.of()))),
              new Section(
                  UUID.randomUUID(),
                  new Texts("Ledare", null),
                  null,
                  List.of(item(LEADERS_ONLY, ItemType.SCALE, false, false, List.of("rektor"))))));

  static Answer value(UUID key, int v) {
    return new Answer(key, AnswerState.ANSWERED, v, null);
  }

  static List<FieldError> errors(List<Answer> answers) {
    return assertThrows(InvalidAnswers.class, () -> AnswerRules.check(answers, CONTENT, "larare"))
        .errors();
  }

  @Test
  void answersThatFitAreKeptWithCommentsStripped() {
    List<Answer> kept =
        AnswerRules.check(
            List.of(
                value(SCALE, 5),
                new Answer(LEVEL, AnswerState.DECLINED, null, null),
                value(YES_NO, 0),
                new Answer(COMMENT, AnswerState.ANSWERED, null, "  Mer tid för fortbildning. ")),
            CONTENT,
            "larare");
    assertEquals(4, kept.size());
    assertEquals("Mer tid för fortbildning.", kept.get(3).comment());
    assertEquals(List.of(), AnswerRules.check(null, CONTENT, "larare"), "nothing answered yet");
  }

  @Test
  void eachWrongAnswerIsNamedByItsPlaceAndItem() {
    List<FieldError> errors =
        errors(
            List.of(
                value(SCALE, 6),
                value(LEVEL, 3),
                value(YES_NO, 2),
                new Answer(COMMENT, AnswerState.ANSWERED, null, " "),
                value(LEADERS_ONLY, 3),
                value(UUID.randomUUID(), 1)));
    assertEquals(
        List.of(
            "answers[0].value",
            "answers[1].value",
            "answers[2].value",
            "answers[3].comment",
            "answers[4].itemKey",
            "answers[5].itemKey"),
        errors.stream().map(FieldError::field).toList());
    assertEquals("item " + SCALE + ": 6 is not on its scale (1 to 5)", errors.get(0).message());
    assertEquals(
        "item " + LEADERS_ONLY + " is not asked of you in this round", errors.get(4).message());
  }

  @Test
  void notApplicableAndDeclinedOnlyWhereTheItemOffersThem() {
    List<FieldError> errors =
        errors(
            List.of(
                new Answer(SCALE, AnswerState.DECLINED, null, null),
                new Answer(LEVEL, AnswerState.NOT_APPLICABLE, null, null),
                new Answer(YES_NO, AnswerState.NOT_APPLICABLE, 1, null)));
    assertEquals(
        List.of("answers[0].state", "answers[1].state", "answers[2].state"),
        errors.stream().map(FieldError::field).toList());
    AnswerRules.check(
        List.of(new Answer(SCALE, AnswerState.NOT_APPLICABLE, null, null)), CONTENT, "larare");
  }

  @Test
  void valuesAndCommentsGoWhereTheyBelongAndAnItemIsAnsweredOnce() {
    List<FieldError> errors =
        errors(
            List.of(
                new Answer(SCALE, AnswerState.ANSWERED, 3, "och en kommentar"),
                new Answer(COMMENT, AnswerState.ANSWERED, 3, "text"),
                new Answer(YES_NO, null, 1, null),
                value(LEVEL, 2),
                value(LEVEL, 1)));
    assertEquals(
        List.of("answers[0].comment", "answers[1].value", "answers[2].state", "answers[4].itemKey"),
        errors.stream().map(FieldError::field).toList());
    assertEquals(
        List.of("answers[0].comment"),
        errors(List.of(new Answer(COMMENT, AnswerState.ANSWERED, null, "x".repeat(4001)))).stream()
            .map(FieldError::field)
            .toList());
  }

  @Test
  void aRoleLevelIsAskedOnlyItsOwnItemsAndEmptySectionsGo() {
    InstrumentContent teachers = AnswerRules.askedOf(CONTENT, "larare");
    assertEquals(1, teachers.sections().size());
    assertEquals(4, teachers.items().count());
    InstrumentContent principals = AnswerRules.askedOf(CONTENT, "rektor");
    assertEquals(2, principals.sections().size());
    assertEquals(
        List.of(SCALE, YES_NO, COMMENT, LEADERS_ONLY), principals.items().map(Item::key).toList());
  }
}
