package se.styrkedja.tenant.unit.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.styrkedja.tenant.api.SchoolType;

/**
 * School forms as one column ({@code FS,GR}) rather than a collection table: a collection table
 * would have no {@code tenant_id} of its own for EclipseLink to fill and row-level security to
 * check, and the set is small, read with its unit and never queried on its own.
 */
@Converter
public class SchoolFormsConverter implements AttributeConverter<Set<SchoolType>, String> {

  @Override
  public String convertToDatabaseColumn(Set<SchoolType> forms) {
    if (forms == null || forms.isEmpty()) {
      return "";
    }
    return EnumSet.copyOf(forms).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<SchoolType> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return Collections.unmodifiableSet(EnumSet.noneOf(SchoolType.class));
    }
    EnumSet<SchoolType> forms = EnumSet.noneOf(SchoolType.class);
    Arrays.stream(column.split(",")).map(String::trim).map(SchoolType::valueOf).forEach(forms::add);
    return Collections.unmodifiableSet(forms);
  }
}
