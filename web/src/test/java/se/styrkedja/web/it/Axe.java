package se.styrkedja.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility checker, run inside the page that the browser shows: the script comes
 * from the web app's {@code node_modules} (a devDependency, so its version is pinned in
 * package-lock.json) and is checked against WCAG 2.0 and 2.1, levels A and AA.
 */
final class Axe {

  static final String SCRIPT = "web/src/main/frontend/node_modules/axe-core/axe.min.js";
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** Impacts that fail a test; "moderate" and "minor" are reported only. */
  static final Set<String> BLOCKING = Set.of("serious", "critical");

  private static String source;

  /** One broken rule, with the elements that break it. */
  record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

    boolean blocking() {
      return BLOCKING.contains(impact);
    }

    String describe() {
      StringBuilder b =
          new StringBuilder()
              .append("  - ")
              .append(id)
              .append(" [")
              .append(impact)
              .append("] ")
              .append(help)
              .append(" (")
              .append(helpUrl)
              .append(")");
      for (Node n : nodes) {
        b.append("\n      at ").append(n.target());
        if (n.summary() != null && !n.summary().isBlank()) {
          b.append("\n         ").append(n.summary().replace("\n", "\n         "));
        }
      }
      return b.toString();
    }
  }

  /**
   * An element that breaks a rule: its CSS selector (as axe gives it; " >>> " enters a shadow root,
   * " | " a frame) and axe's explanation.
   */
  record Node(String target, String html, String summary) {}

  /**
   * A known violation of one rule on one element that the project cannot fix (for pages it does not
   * make); every use needs a reason where it is declared.
   */
  record Known(String rule, String target) {}

  /** What axe found on one page. */
  record Report(
      String page,
      String url,
      String axeVersion,
      List<Violation> violations,
      List<String> incomplete,
      long passes) {

    /**
     * Rules broken with impact serious or critical, each with only the elements that are not known
     * exceptions.
     */
    List<Violation> blocking(Set<Known> known) {
      List<Violation> blocking = new ArrayList<>();
      for (Violation v : violations) {
        if (!v.blocking()) {
          continue;
        }
        List<Node> left =
            v.nodes().stream().filter(n -> !known.contains(new Known(v.id(), n.target()))).toList();
        if (!left.isEmpty()) {
          blocking.add(new Violation(v.id(), v.impact(), v.help(), v.helpUrl(), left));
        }
      }
      return blocking;
    }

    /** Per impact: how many rules are broken, and on how many elements. */
    String counts() {
      Map<String, int[]> byImpact = new TreeMap<>();
      for (Violation v : violations) {
        int[] c = byImpact.computeIfAbsent(String.valueOf(v.impact()), k -> new int[2]);
        c[0]++;
        c[1] += v.nodes().size();
      }
      if (byImpact.isEmpty()) {
        return "no violations";
      }
      return byImpact.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()[0] + " rules/" + e.getValue()[1] + " elements")
          .collect(Collectors.joining(", "));
    }

    String describe() {
      StringBuilder b =
          new StringBuilder()
              .append("axe ")
              .append(axeVersion)
              .append(" on ")
              .append(page)
              .append(" (")
              .append(url)
              .append("): ")
              .append(counts())
              .append("; ")
              .append(passes)
              .append(" rules passed, ")
              .append(incomplete.size())
              .append(" need manual review")
              .append(incomplete.isEmpty() ? "" : " " + incomplete);
      for (Violation v : violations) {
        b.append('\n').append(v.describe());
      }
      return b.toString();
    }
  }

  private Axe() {}

  /**
   * Runs axe on the current page and fails if it finds a serious or critical violation; the report
   * is printed either way (failsafe keeps it in {@code *-output.txt}).
   */
  static Report check(WebDriver driver, String page) {
    return check(driver, page, Set.of());
  }

  /**
   * As {@link #check(WebDriver, String)}, but the {@code known} violations (one rule on one element
   * each) do not fail the test; any other element breaking the same rule still does. Only for pages
   * the project does not make (Keycloak's own theme).
   */
  static Report check(WebDriver driver, String page, Set<Known> known) {
    Report report = run(driver, page);
    System.out.println(report.describe());
    for (Violation v : report.violations()) {
      for (Node n : v.nodes()) {
        if (known.contains(new Known(v.id(), n.target()))) {
          System.out.println("  (known, not ours, accepted: " + v.id() + " at " + n.target() + ")");
        }
      }
    }
    List<Violation> blocking = report.blocking(known);
    if (!blocking.isEmpty()) {
      throw new AssertionError(
          "axe found "
              + blocking.size()
              + " serious or critical accessibility violation(s) on "
              + page
              + " ("
              + report.url()
              + "):\n"
              + blocking.stream().map(Violation::describe).collect(Collectors.joining("\n")));
    }
    return report;
  }

  /** Injects axe (once per document) and runs it on the whole document. */
  @SuppressWarnings("unchecked")
  static Report run(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(script());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object answer =
        js.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe
              .run(document, {
                runOnly: { type: 'tag', values: arguments[0] },
                resultTypes: ['violations'],
              })
              .then((r) =>
                done({
                  url: r.url,
                  version: r.testEngine.version,
                  passes: r.passes.length,
                  incomplete: r.incomplete.map((v) => v.id),
                  violations: r.violations.map((v) => ({
                    id: v.id,
                    impact: v.impact,
                    help: v.help,
                    helpUrl: v.helpUrl,
                    nodes: v.nodes.map((n) => ({
                      target: n.target.map((t) => [].concat(t).join(' >>> ')).join(' | '),
                      html: n.html,
                      summary: n.failureSummary,
                    })),
                  })),
                }),
              )
              .catch((e) => done({ error: String((e && e.stack) || e) }));
            """,
            TAGS);
    if (!(answer instanceof Map<?, ?> map)) {
      throw new IllegalStateException("axe gave no result on " + page + ": " + answer);
    }
    if (map.get("error") != null) {
      throw new IllegalStateException("axe failed on " + page + ": " + map.get("error"));
    }
    List<Violation> violations = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) map.get("violations")) {
      List<Node> nodes = new ArrayList<>();
      for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
        nodes.add(
            new Node((String) n.get("target"), (String) n.get("html"), (String) n.get("summary")));
      }
      violations.add(
          new Violation(
              (String) v.get("id"),
              (String) v.get("impact"),
              (String) v.get("help"),
              (String) v.get("helpUrl"),
              nodes));
    }
    return new Report(
        page,
        (String) map.get("url"),
        (String) map.get("version"),
        violations,
        List.copyOf((List<String>) map.get("incomplete")),
        ((Number) map.get("passes")).longValue());
  }

  private static synchronized String script() {
    if (source == null) {
      Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
      Path file = root.resolve(SCRIPT);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            file + " is missing: run npm ci in web/src/main/frontend (the Maven build does)");
      }
      try {
        source = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }
}
