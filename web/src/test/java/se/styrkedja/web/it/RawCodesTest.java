package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The raw-code check the browser tests use: catches codes, lets Swedish text through. */
class RawCodesTest {

  @Test
  void findsEnumAndFrameworkCodesFieldNamesAndDemoUserNames() {
    assertEquals(
        List.of("DIGITAL_KOMPETENS", "ANVANDNING", "DRAFT", "RETURNED", "FKLASS", "FTH"),
        RawCodes.in(
            "Område: DIGITAL_KOMPETENS. LIKA: ANVANDNING. \"DRAFT\" blev \"RETURNED\"."
                + " Skolformer: FKLASS, FTH, GR"));
    assertEquals(List.of("targetNote", "dueOn"), RawCodes.in("Ändrat: targetNote, dueOn"));
    assertEquals(List.of("rektor.botkyrka"), RawCodes.in("Ansvarig: rektor.botkyrka"));
  }

  @Test
  void letsWordsAndAbbreviationsPeopleWriteThrough() {
    assertEquals(
        List.of(),
        RawCodes.in(
            "Översikt för IKT-pedagoger i Botkyrka kommun (0127). Exportera som PDF eller CSV. LIKA, SELFIE."
                + " Läsåret 2026/27, SS 12000-import, IT-avdelningen, Eva Lindqvist,"
                + " eva.lindqvist@botkyrka.se"));
  }
}
