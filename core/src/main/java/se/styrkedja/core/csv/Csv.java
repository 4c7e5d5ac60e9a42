package se.styrkedja.core.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a CSV file row by row, in UTF-8 with CRLF line ends, and makes sure it cannot attack the
 * person who opens it: a text cell that a spreadsheet would take for a formula (it starts with
 * {@code = + - @}, a tab, a carriage return or a line feed, or one of their full-width forms,
 * possibly after spaces) is written with a single quote in front, as OWASP recommends for CSV
 * injection. Excel, LibreOffice and Google Sheets then show the text instead of running it; the
 * quote is visible, which is the price of the defence. Numbers and dates are written as they are:
 * their text can never start a formula.
 *
 * <p>Commons CSV quotes and escapes; it leaves formulas alone on purpose (CSV-199, "out of scope"),
 * so the neutralisation is here, and only here.
 */
public final class Csv implements Flushable {

  /** Swedish Excel splits on semicolons (the comma is its decimal sign) and needs the BOM. */
  private static final CSVFormat SPREADSHEET =
      CSVFormat.Builder.create()
          .setDelimiter(';')
          .setQuote('"')
          .setQuoteMode(QuoteMode.MINIMAL)
          .setRecordSeparator("\r\n")
          .get();

  private static final CSVFormat RFC_4180 =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final CSVPrinter printer;

  private Csv(OutputStream out, CSVFormat format) throws IOException {
    this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
  }

  /**
   * A file for a spreadsheet, as Swedish Excel opens it with a double click: UTF-8 with a
   * byte-order mark, semicolons between cells, quotes only where a cell needs them.
   */
  public static Csv forSpreadsheet(OutputStream out) {
    try {
      out.write(BOM);
      return new Csv(out, SPREADSHEET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plain RFC 4180 file: commas, every cell in quotes, no byte-order mark. */
  public static Csv rfc4180(OutputStream out) {
    try {
      return new Csv(out, RFC_4180);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row; {@code null} is an empty cell. */
  public Csv row(List<?> cells) {
    List<String> values = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      values.add(cell(cell));
    }
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public Csv row(Object... cells) {
    return row(Arrays.asList(cells));
  }

  /** Writes out what is buffered; the stream stays open (it belongs to the caller). */
  @Override
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof TemporalAccessor) {
      return value.toString();
    }
    return neutralise(value.toString());
  }

  /**
   * The text with a single quote in front if a spreadsheet would run it as a formula (OWASP CSV
   * injection), otherwise unchanged. Leading spaces do not hide a formula: spreadsheets skip them.
   */
  public static String neutralise(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    if (i < text.length() && startsFormula(text.charAt(i))) {
      return "'" + text;
    }
    return text;
  }

  private static boolean startsFormula(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
      // full-width forms, which some spreadsheets read as the ASCII ones
      case '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }
}
