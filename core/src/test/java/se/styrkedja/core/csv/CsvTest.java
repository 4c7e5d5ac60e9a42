package se.styrkedja.core.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What a spreadsheet shows when it opens a file the project wrote: text, never a formula. */
class CsvTest {

  @Test
  void everyCellThatWouldStartAFormulaGetsAQuoteInFront() {
    for (String formula :
        new String[] {
          "=HYPERLINK(\"https://evil.example\",\"Klicka\")",
          "+1",
          "-1",
          "@SUM(A1:A9)",
          "\tx",
          "\rx",
          "\nx",
          "  =1+1",
          "\u00A0=1+1",
          "\uFF1D1+1",
          "\uFF20SUM(A1)"
        }) {
      assertEquals("'" + formula, Csv.neutralise(formula), formula);
    }
  }

  @Test
  void ordinaryTextIsLeftAsItIs() {
    for (String text :
        new String[] {"", "Två IKT-pedagoger", "a=b", "1+1", "e-post@skola.se", " x", "'citat'"}) {
      assertEquals(text, Csv.neutralise(text), text);
    }
  }

  @Test
  void aSpreadsheetFileHasTheBomSemicolonsAndQuotesOnlyWhereNeeded() {
    String csv =
        spreadsheet(
            new Object[] {"Nr", "Insats", "Beskrivning"},
            new Object[] {1, "Källkritik i åk 4", "Träffar \"IKT\"; en gång i månaden"},
            new Object[] {2, "=HYPERLINK(\"x\")", null},
            new Object[] {-3, LocalDate.of(2025, 9, 1), "-1"});

    assertEquals(
        "Nr;Insats;Beskrivning\r\n"
            + "1;Källkritik i åk 4;\"Träffar \"\"IKT\"\"; en gång i månaden\"\r\n"
            + "2;\"'=HYPERLINK(\"\"x\"\")\";\r\n"
            + "-3;2025-09-01;'-1\r\n",
        csv);
  }

  @Test
  void anRfc4180FileQuotesEveryCellAndHasNoBom() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Csv.rfc4180(out)
        .row("recordType", "id", "reason")
        .row("Duty", "d-1", "say \"hi\"")
        .row("Person", "@p", null)
        .flush();

    assertEquals(
        "\"recordType\",\"id\",\"reason\"\r\n"
            + "\"Duty\",\"d-1\",\"say \"\"hi\"\"\"\r\n"
            + "\"Person\",\"'@p\",\"\"\r\n",
        out.toString(StandardCharsets.UTF_8));
  }

  private static String spreadsheet(Object[]... rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Csv csv = Csv.forSpreadsheet(out);
    for (Object[] row : rows) {
      csv.row(Arrays.asList(row));
    }
    csv.flush();
    byte[] bytes = out.toByteArray();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3),
        "UTF-8 byte-order mark");
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }
}
