package se.styrkedja.plans.plan.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.styrkedja.core.csv.Csv;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.Plan;

/**
 * A plan as a document to print (PDF) or to work on in a spreadsheet (XLSX, CSV), in Swedish or
 * English. Swedish letters come through in all three: the PDF's standard fonts encode å, ä and ö
 * (WinAnsi); the CSV is UTF-8 with a byte-order mark and semicolons, as Swedish Excel expects, and
 * a cell that would start a formula there is neutralised ({@link Csv}).
 */
public final class PlanExport {

  /** Everything a document of the plan says, names resolved. */
  public record Document(
      Plan plan,
      List<Activity> activities,
      String unitName,
      Map<UUID, String> areaTitles,
      Map<UUID, String> goalTitles,
      Map<String, String> levelNames,
      LocalDate today) {}

  private final Document doc;
  private final Labels labels;

  public PlanExport(Document doc, String language) {
    this.doc = doc;
    this.labels = "en".equals(language) ? Labels.EN : Labels.SV;
  }

  /** The file name, without extension: "Lokal handlingsplan 2025-26 Alléskolan". */
  public String fileName() {
    return (labels.kind(doc.plan())
            + " "
            + doc.plan().schoolYear().replace('/', '-')
            + " "
            + doc.unitName())
        .replaceAll("[\\\\/:*?\"<>|]", "")
        .strip();
  }

  // ---- rows, shared by XLSX and CSV

  List<String> header() {
    return labels.columns;
  }

  List<List<Object>> rows() {
    List<List<Object>> rows = new ArrayList<>();
    for (Activity a : doc.activities()) {
      Activity.Content c = a.content();
      rows.add(
          List.of(
              a.place(),
              c.title(),
              doc.areaTitles().getOrDefault(c.priorityAreaId(), ""),
              c.goalIds().stream()
                  .map(g -> doc.goalTitles().getOrDefault(g, ""))
                  .collect(Collectors.joining("; ")),
              target(c),
              c.owner(),
              c.startsOn(),
              c.dueOn(),
              labels.status(a),
              a.isDelayed(doc.today()) ? labels.yes : labels.no,
              a.progress(),
              c.successCriteria(),
              c.description()));
    }
    return rows;
  }

  private String target(Activity.Content c) {
    // The municipality's own name of a level (as the web app shows it), else the standard one.
    List<String> parts =
        new ArrayList<>(
            c.targetLevels().stream()
                .map(l -> doc.levelNames().getOrDefault(l, labels.level(l)))
                .toList());
    if (!c.targetNote().isBlank()) {
      parts.add(c.targetNote());
    }
    return String.join(", ", parts);
  }

  // ---- CSV

  /** Through the project's one CSV writer, which neutralises cells that would start a formula. */
  public void csv(OutputStream out) {
    Csv csv = Csv.forSpreadsheet(out).row(header());
    for (List<Object> row : rows()) {
      csv.row(row);
    }
    csv.flush();
  }

  // ---- XLSX

  public void xlsx(OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "Styrkedja", "1.0");
      Worksheet plan = wb.newWorksheet(labels.planSheet);
      int r = 0;
      for (String[] kv : facts()) {
        plan.value(r, 0, kv[0]);
        plan.style(r, 0).bold().set();
        plan.value(r, 1, kv[1]);
        r++;
      }
      plan.width(0, 22);
      plan.width(1, 80);
      Worksheet ws = wb.newWorksheet(labels.activitiesSheet);
      List<String> header = header();
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
        ws.style(0, c).bold().fillColor("D9E2F3").set();
      }
      int row = 1;
      for (List<Object> values : rows()) {
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Number n) {
            ws.value(row, c, n);
          } else if (v instanceof LocalDate d) {
            ws.value(row, c, d);
            ws.style(row, c).format("yyyy-mm-dd").set();
          } else {
            ws.value(row, c, v == null ? "" : v.toString());
          }
        }
        row++;
      }
      ws.freezePane(0, 1);
      ws.width(1, 40);
      ws.width(2, 30);
      ws.width(11, 40);
      ws.width(12, 60);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String[]> facts() {
    Plan p = doc.plan();
    return List.of(
        new String[] {labels.title, p.title()},
        new String[] {labels.kindLabel, labels.kind(p)},
        new String[] {labels.unit, doc.unitName()},
        new String[] {labels.schoolYear, p.schoolYear()},
        new String[] {labels.statusLabel, labels.planStatus(p)},
        new String[] {labels.summary, p.summary()});
  }

  // ---- PDF

  private static final float MARGIN = 50;
  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  public byte[] pdf() {
    try (PDDocument pdf = new PDDocument()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(doc.plan().title());
      info.setCreator("Styrkedja");
      Pages pages = new Pages(pdf);
      pages.paragraph(BOLD, 16, doc.plan().title(), 6);
      pages.paragraph(
          REGULAR,
          10,
          labels.kind(doc.plan())
              + " · "
              + doc.unitName()
              + " · "
              + labels.schoolYear
              + " "
              + doc.plan().schoolYear()
              + " · "
              + labels.statusLabel
              + ": "
              + labels.planStatus(doc.plan()),
          10);
      if (!doc.plan().summary().isBlank()) {
        pages.paragraph(REGULAR, 11, doc.plan().summary(), 12);
      }
      pages.paragraph(BOLD, 13, labels.activitiesSheet, 6);
      if (doc.activities().isEmpty()) {
        pages.paragraph(REGULAR, 11, labels.noActivities, 6);
      }
      for (Activity a : doc.activities()) {
        Activity.Content c = a.content();
        pages.paragraph(BOLD, 11, a.place() + ". " + c.title(), 2);
        pages.paragraph(
            REGULAR,
            10,
            labels.area + ": " + doc.areaTitles().getOrDefault(c.priorityAreaId(), ""),
            1);
        pages.paragraph(
            REGULAR,
            10,
            labels.owner
                + ": "
                + c.owner()
                + " · "
                + c.startsOn()
                + " – "
                + c.dueOn()
                + " · "
                + labels.status(a)
                + (a.isDelayed(doc.today()) ? " (" + labels.delayed + ")" : "")
                + " · "
                + a.progress()
                + " %",
            1);
        if (!target(c).isBlank()) {
          pages.paragraph(REGULAR, 10, labels.target + ": " + target(c), 1);
        }
        if (!c.successCriteria().isBlank()) {
          pages.paragraph(REGULAR, 10, labels.criteria + ": " + c.successCriteria(), 1);
        }
        if (!c.description().isBlank()) {
          pages.paragraph(REGULAR, 10, c.description(), 1);
        }
        pages.space(8);
      }
      pages.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes wrapped paragraphs down the page, starting a new page when one is full. */
  private static final class Pages {
    private final PDDocument pdf;
    private PDPageContentStream content;
    private float y;

    Pages(PDDocument pdf) throws IOException {
      this.pdf = pdf;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      content = new PDPageContentStream(pdf, page);
      y = page.getMediaBox().getHeight() - MARGIN;
    }

    void paragraph(PDType1Font font, float size, String text, float after) throws IOException {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      float leading = size * 1.35f;
      for (String line : wrap(font, size, printable(font, text), width)) {
        if (y - leading < MARGIN) {
          newPage();
        }
        y -= leading;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(line);
        content.endText();
      }
      y -= after;
    }

    void space(float points) {
      y -= points;
    }

    void close() throws IOException {
      content.close();
    }
  }

  /** What the standard fonts cannot draw (outside WinAnsi) becomes '?', never a failed export. */
  static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.replace('\t', ' ')
        .codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (ch.equals("\n") || ch.equals("\r")) {
                out.append(ch);
                return;
              }
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  static List<String> wrap(PDType1Font font, float size, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\r?\\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
          line.setLength(0);
          line.append(candidate);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The document's words in Swedish or English, from the module's message bundle ({@code
   * se/styrkedja/plans/messages_sv.properties}), whose names of statuses, kinds and role levels are
   * the web app's.
   */
  private static final class Labels {
    static final Labels SV = new Labels(Locale.forLanguageTag("sv"));
    static final Labels EN = new Labels(Locale.ENGLISH);

    private final ResourceBundle words;
    final List<String> columns;
    final String planSheet;
    final String activitiesSheet;
    final String title;
    final String kindLabel;
    final String unit;
    final String schoolYear;
    final String statusLabel;
    final String summary;
    final String area;
    final String owner;
    final String target;
    final String criteria;
    final String delayed;
    final String yes;
    final String no;
    final String noActivities;

    Labels(Locale locale) {
      words =
          ResourceBundle.getBundle(
              "se.styrkedja.plans.messages",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      columns =
          Stream.of(
                  "place",
                  "title",
                  "area",
                  "goals",
                  "target",
                  "owner",
                  "start",
                  "due",
                  "status",
                  "delayed",
                  "progress",
                  "criteria",
                  "description")
              .map(c -> words.getString("export.column." + c))
              .toList();
      planSheet = words.getString("export.sheet.plan");
      activitiesSheet = words.getString("export.sheet.activities");
      title = words.getString("export.title");
      kindLabel = words.getString("export.kind");
      unit = words.getString("export.unit");
      schoolYear = words.getString("export.schoolYear");
      statusLabel = words.getString("export.status");
      summary = words.getString("export.summary");
      area = words.getString("export.area");
      owner = words.getString("export.owner");
      target = words.getString("export.target");
      criteria = words.getString("export.criteria");
      delayed = words.getString("export.delayed");
      yes = words.getString("export.yes");
      no = words.getString("export.no");
      noActivities = words.getString("export.noActivities");
    }

    String kind(Plan p) {
      return words.getString("plans.kind." + p.kind().name());
    }

    String planStatus(Plan p) {
      return words.getString("plans.status." + p.status().name());
    }

    String status(Activity a) {
      return words.getString("plans.activityStatus." + a.status().name());
    }

    /** A role level's standard name, or its key for a level the municipality added itself. */
    String level(String key) {
      return words.containsKey("role." + key) ? words.getString("role." + key) : key;
    }
  }
}
