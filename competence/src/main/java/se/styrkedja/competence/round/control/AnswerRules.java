package se.styrkedja.competence.round.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentContent.Item;
import se.styrkedja.competence.round.entity.Answer;
import se.styrkedja.competence.round.entity.AnswerState;
import se.styrkedja.core.problem.FieldError;

/**
 * Whether answers fit what a round asks of a person at a role level: each answers an item of the
 * round's version that is asked of their level, once; a value on the item's scale or among its
 * levels (1 or 0 for yes or no); a comment only to a comment item; "not applicable" and "prefer not
 * to say" only where the item offers them. An item left out is simply not answered. Pure.
 */
public final class AnswerRules {

  /** The longest comment kept (answer_value.comment). */
  public static final int MAX_COMMENT = 4000;

  private AnswerRules() {}

  /**
   * The answers as they are kept (comments stripped), or {@link InvalidAnswers} naming each wrong
   * one by its place ({@code answers[2].value}) and its item.
   */
  public static List<Answer> check(
      List<Answer> answers, InstrumentContent content, String roleLevel) {
    List<Answer> given = answers == null ? List.of() : answers;
    List<FieldError> errors = new ArrayList<>();
    List<Answer> kept = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String at = "answers[" + i + "]";
      Answer a = given.get(i);
      if (a == null || a.itemKey() == null) {
        errors.add(new FieldError(at + ".itemKey", "is required"));
        continue;
      }
      Optional<Item> item = content.item(a.itemKey()).filter(it -> it.askedOf(roleLevel));
      if (item.isEmpty()) {
        errors.add(
            new FieldError(
                at + ".itemKey", "item " + a.itemKey() + " is not asked of you in this round"));
        continue;
      }
      if (!seen.add(a.itemKey())) {
        errors.add(new FieldError(at + ".itemKey", "item " + a.itemKey() + " is answered twice"));
        continue;
      }
      Optional<FieldError> wrong = wrong(at, item.get(), a);
      if (wrong.isPresent()) {
        errors.add(wrong.get());
      } else {
        String comment = a.comment() == null ? null : a.comment().strip();
        kept.add(new Answer(a.itemKey(), a.state(), a.value(), comment));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidAnswers(errors);
    }
    return List.copyOf(kept);
  }

  private static Optional<FieldError> wrong(String at, Item item, Answer a) {
    String of = "item " + item.key();
    if (a.state() == null) {
      return error(at + ".state", "is required (ANSWERED, NOT_APPLICABLE or DECLINED)");
    }
    if (a.state() != AnswerState.ANSWERED) {
      if (a.state() == AnswerState.NOT_APPLICABLE && !item.notApplicable()) {
        return error(at + ".state", of + " does not offer 'not applicable'");
      }
      if (a.state() == AnswerState.DECLINED && !item.decline()) {
        return error(at + ".state", of + " does not offer 'prefer not to say'");
      }
      if (a.value() != null || a.comment() != null) {
        return error(
            at + ".value", of + ": an answer of " + a.state() + " has no value or comment");
      }
      return Optional.empty();
    }
    if (item.type() == InstrumentContent.ItemType.COMMENT) {
      if (a.value() != null) {
        return error(at + ".value", of + " is a comment: it takes a comment, not a value");
      }
      if (a.comment() == null || a.comment().isBlank()) {
        return error(at + ".comment", of + ": the comment is empty");
      }
      if (a.comment().strip().length() > MAX_COMMENT) {
        return error(at + ".comment", of + ": at most " + MAX_COMMENT + " characters");
      }
      return Optional.empty();
    }
    if (a.comment() != null) {
      return error(at + ".comment", of + " takes a value, not a comment");
    }
    if (a.value() == null) {
      return error(at + ".value", of + ": a value is required");
    }
    int v = a.value();
    boolean fits =
        switch (item.type()) {
          case SCALE -> item.scale() != null && v >= item.scale().min() && v <= item.scale().max();
          case LEVEL -> item.levels().stream().anyMatch(l -> l.value() == v);
          case YES_NO -> v == 0 || v == 1;
          case COMMENT -> false;
        };
    if (!fits) {
      return error(at + ".value", of + ": " + v + " is not " + allowed(item));
    }
    return Optional.empty();
  }

  private static String allowed(Item item) {
    return switch (item.type()) {
      case SCALE ->
          item.scale() == null
              ? "on its scale"
              : "on its scale (" + item.scale().min() + " to " + item.scale().max() + ")";
      case LEVEL ->
          "one of its levels "
              + item.levels().stream().map(l -> String.valueOf(l.value())).toList();
      case YES_NO -> "1 (yes) or 0 (no)";
      case COMMENT -> "a value it takes";
    };
  }

  private static Optional<FieldError> error(String field, String message) {
    return Optional.of(new FieldError(field, message));
  }

  /** What the round asks of someone at {@code roleLevel}: its sections with their items only. */
  public static InstrumentContent askedOf(InstrumentContent content, String roleLevel) {
    return new InstrumentContent(
        content.sections().stream()
            .map(
                s ->
                    new InstrumentContent.Section(
                        s.key(),
                        s.title(),
                        s.description(),
                        s.items().stream().filter(i -> i.askedOf(roleLevel)).toList()))
            .filter(s -> !s.items().isEmpty())
            .toList());
  }
}
