package se.styrkedja.tenant.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PersonTest {

  @Test
  void whatIsTypedIsFoldedAsTheDatabaseFoldsNames() {
    assertEquals("andre oberg", Person.fold("  André   ÖBERG "));
    assertEquals("asa hakansson", Person.fold("Åsa Håkansson"));
    assertEquals("", Person.fold(null));
  }

  @Test
  void theDatabaseFoldsEachLetterAsTheApplicationDoes() throws Exception {
    String sql =
        Files.readString(
            Path.of(
                "src/main/resources/db/migration/V2026_12_02_1100__tenant_people_search_key.sql"));
    List<String> literals = new ArrayList<>();
    Matcher m = Pattern.compile("'([^'\\s]+)',\\s*'([^'\\s]+)'\\)\\)").matcher(sql);
    while (m.find()) {
      literals.add(m.group(1));
      literals.add(m.group(2));
    }
    assertEquals(2, literals.size(), "translate(..., from, to)");
    String from = literals.get(0);
    String to = literals.get(1);
    assertEquals(from.length(), to.length());
    for (int i = 0; i < from.length(); i++) {
      assertEquals(
          String.valueOf(to.charAt(i)),
          Person.fold(String.valueOf(from.charAt(i))),
          "the letter " + from.charAt(i));
    }
  }
}
