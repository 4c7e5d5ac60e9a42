package se.styrkedja.web.it;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Machine words on a page, where a person should read words: enum and framework codes ({@code
 * DIGITAL_KOMPETENS}, {@code DRAFT}, {@code FKLASS}), field names ({@code targetNote}, {@code
 * dueOn}) and demo user names ({@code rektor.botkyrka}) in the visible text. For any browser test
 * that wants to say "no raw code is shown": {@link #assertNone}.
 */
final class RawCodes {

  /** UPPER_SNAKE, or a word of three or more capitals (an enum value such as DRAFT, FKLASS). */
  private static final Pattern CAPITALS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_-])[A-ZÅÄÖ][A-ZÅÄÖ0-9]*(?:_[A-ZÅÄÖ0-9]+)*(?![\\p{L}\\p{N}_])");

  /** lowerCamelCase: a field name of the API (dueOn, targetNote). */
  private static final Pattern CAMEL =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])[a-z]+(?:[A-Z][a-z0-9]+)+(?![\\p{L}\\p{N}_])");

  /** A demo user's name (the realm's test users), which a person would see as their name. */
  private static final Pattern DEMO_USERNAME =
      Pattern.compile(
          "\\b(?:admin|politiker|forvaltning|rektor|forskolechef|larare|it)\\.(?:botkyrka|hassleholm)\\b");

  /**
   * Abbreviations and names Swedish users write in capitals themselves (LIKA is SKR's tool, SELFIE
   * the EU's); anything else in capitals is taken for a code. Add one here only when it is a word
   * people use, never to let a code through.
   */
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "IKT", "ICT", "PDF", "CSV", "XLSX", "SSO", "OIDC", "SAML", "URL", "API", "GDPR", "HTTP",
          "HTTPS", "SS", "IT", "AI", "ID", "OK", "KPI", "SCB", "SKR", "BUN", "UBN", "UF", "LGR",
          "GY", "JSON", "XML", "UTC", "CET", "CEST", "LIKA", "SELFIE");

  private RawCodes() {}

  /** The raw codes in a text, each once, in order of appearance. */
  static List<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher caps = CAPITALS.matcher(text);
    while (caps.find()) {
      String word = caps.group();
      long letters = word.chars().filter(Character::isLetter).count();
      if ((word.contains("_") || letters >= 3) && !ABBREVIATIONS.contains(word)) {
        found.add(word);
      }
    }
    Matcher camel = CAMEL.matcher(text);
    while (camel.find()) {
      found.add(camel.group());
    }
    Matcher user = DEMO_USERNAME.matcher(text);
    while (user.find()) {
      found.add(user.group());
    }
    return List.copyOf(found);
  }

  /**
   * The page's visible text (as rendered: what is hidden is not read), without the usernames a page
   * shows on purpose beside a person's name for the admin who needs them (marked {@code
   * data-username}).
   */
  static String visibleText(WebDriver driver) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const marked = [...document.querySelectorAll('[data-username]')];"
                    + " const shown = marked.map(e => e.style.display);"
                    + " marked.forEach(e => e.style.display = 'none');"
                    + " try { return document.body.innerText || ''; }"
                    + " finally { marked.forEach((e, i) => e.style.display = shown[i]); }");
  }

  /** Fails naming every raw code the page shows, and where. */
  static void assertNone(WebDriver driver, String page) {
    List<String> codes = in(visibleText(driver));
    if (!codes.isEmpty()) {
      throw new AssertionError(
          page + " shows raw codes where words belong: " + String.join(", ", codes));
    }
  }
}
