package se.styrkedja.plans.plan.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * A short list of keys or ids in one column, separated by commas: level keys, priority-area goals.
 * The values never contain commas (keys are [a-z0-9-], ids are UUIDs).
 */
@Converter
public class TextList implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? "" : String.join(",", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
  }
}
