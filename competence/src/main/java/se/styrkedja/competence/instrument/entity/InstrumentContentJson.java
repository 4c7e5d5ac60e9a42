package se.styrkedja.competence.instrument.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A version's content as the JSON text of {@code instrument_version.content}: the records of {@link
 * InstrumentContent} as JSON-B writes them (property names are the record components'), the same
 * shape the API sends.
 */
@Converter
public class InstrumentContentJson implements AttributeConverter<InstrumentContent, String> {

  /** Created on first use: a JSON-B provider is there at run time, not needed to load the class. */
  private static final class Holder {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  @Override
  public String convertToDatabaseColumn(InstrumentContent content) {
    return Holder.JSONB.toJson(content == null ? new InstrumentContent(null) : content);
  }

  @Override
  public InstrumentContent convertToEntityAttribute(String column) {
    return column == null || column.isBlank()
        ? new InstrumentContent(null)
        : Holder.JSONB.fromJson(column, InstrumentContent.class);
  }
}
