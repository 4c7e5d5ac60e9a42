package se.styrkedja.tenant.unit.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A UUID column that may be null. EclipseLink 4.0's own UUID conversion fails on a null read
 * (UUIDConverter calls toString on it); this one passes null through and leaves the UUID to the
 * JDBC driver. See also {@link NullableUuidColumns} for writing a null.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID value) {
    return value;
  }

  @Override
  public UUID convertToEntityAttribute(Object column) {
    if (column == null || column instanceof UUID) {
      return (UUID) column;
    }
    return UUID.fromString(column.toString());
  }
}
