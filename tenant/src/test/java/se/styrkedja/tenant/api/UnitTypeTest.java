package se.styrkedja.tenant.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitTypeTest {

  @Test
  void thePatternForValidationNamesEveryType() {
    assertEquals(
        Arrays.stream(UnitType.values()).map(Enum::name).collect(Collectors.joining("|")),
        UnitType.NAMES);
  }
}
