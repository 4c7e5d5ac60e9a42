package se.styrkedja.competence.round.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A list of answers as the JSON text of a draft or a pending answer (JSON-B's record shape). */
@Converter
public class AnswersJson implements AttributeConverter<List<Answer>, String> {

  private static final class Holder {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  @Override
  public String convertToDatabaseColumn(List<Answer> answers) {
    return Holder.JSONB.toJson(answers == null ? new Answer[0] : answers.toArray(new Answer[0]));
  }

  @Override
  public List<Answer> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return List.copyOf(
        new ArrayList<>(Arrays.asList(Holder.JSONB.fromJson(column, Answer[].class))));
  }
}
