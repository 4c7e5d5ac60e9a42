package se.styrkedja.tenant.ss12000.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImportsResourceTest {

  @Test
  void csvCellsAreQuotedAndFormulasDefused() {
    assertEquals(
        "\"dutyRole: unknown duty role Kung\"",
        ImportsResource.cell("dutyRole: unknown duty role Kung"));
    assertEquals("\"say \"\"hi\"\"\"", ImportsResource.cell("say \"hi\""));
    // A spreadsheet would run these; the report shows them as text.
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ImportsResource.cell("=HYPERLINK(\"x\")"));
    assertEquals("\"'-1\"", ImportsResource.cell("-1"));
    assertEquals("", ImportsResource.cell(null));
  }
}
