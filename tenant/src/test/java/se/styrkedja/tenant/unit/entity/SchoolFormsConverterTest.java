package se.styrkedja.tenant.unit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styrkedja.tenant.api.SchoolType;

class SchoolFormsConverterTest {

  private final SchoolFormsConverter converter = new SchoolFormsConverter();

  @Test
  void schoolFormsAreOneColumnInTheStandardsOrder() {
    String column = converter.convertToDatabaseColumn(Set.of(SchoolType.GR, SchoolType.FKLASS));
    assertEquals("FKLASS,GR", column);
    assertEquals(
        Set.of(SchoolType.GR, SchoolType.FKLASS), converter.convertToEntityAttribute(column));
    assertEquals("", converter.convertToDatabaseColumn(Set.of()));
    assertEquals(Set.of(), converter.convertToEntityAttribute(""));
  }
}
