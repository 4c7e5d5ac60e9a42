package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The home page as a principal and as the board meet it in a real Chromium after a real Keycloak
 * login: their work and their figures, of the current school year (computed from today, as the demo
 * is), checked with axe; a screenshot of each at 1366 px goes to {@code
 * web/target/screenshots/home-<role>.png} (the web app README shows them).
 */
class HomeBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private Browser browser;
  private WebDriver driver;
  private WebDriverWait wait;
  private Path screenshots;

  @RegisterExtension
  final TestExecutionExceptionHandler dumpOnFailure =
      (context, failure) -> {
        if (browser != null) {
          browser.dump(screenshots, "FAILED-" + context.getRequiredTestMethod().getName());
        }
        throw failure;
      };

  @BeforeEach
  void openBrowser() throws IOException {
    TestSystem.get();
    Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
    screenshots = Files.createDirectories(root.resolve("web/target/screenshots"));
    browser = Browser.open(WAIT);
    driver = browser.driver();
    wait = browser.await();
    driver.manage().window().setSize(new Dimension(1366, 960));
  }

  @AfterEach
  void closeBrowser() {
    try {
      if (browser != null) {
        browser.checkPolicyAndClose();
      }
    } finally {
      browser = null;
      driver = null;
    }
  }

  @Test
  void aPrincipalSeesTheSchoolsPlanAndTheNextDeadlinesOfTheCurrentYear() {
    String year = Fixtures.currentSchoolYear();
    signIn("rektor.botkyrka");
    schoolYearShown(year);
    browser.waitForText(By.id("home-unit-plan"), "Lokal handlingsplan " + year + ", Alléskolan");
    assertEquals(
        "Enhetens plan: Alléskolan",
        browser.text(By.id("home-card-unit-plan-heading")),
        "the card names the unit");
    String figures = browser.text(By.id("home-unit-plan-figures-0"));
    for (String label : List.of("Klara", "Pågår enligt plan", "Försenade", "Ej påbörjade")) {
      assertTrue(figures.contains(label), figures);
    }
    List<WebElement> deadlines = driver.findElements(By.cssSelector("#home-deadlines li"));
    assertEquals(3, deadlines.size(), "the next three dates of the annual cycle");
    assertTrue(browser.text(By.id("home-card-waiting")).startsWith("Väntar på dig"));
    // The board's figures are not the principal's, and nothing of another unit shows.
    assertTrue(driver.findElements(By.id("home-card-strategy-progress")).isEmpty());
    assertFalse(browser.text(By.tagName("main")).contains("Alby förskola"));
    Axe.check(driver, "home (sv, principal)");
    browser.screenshot(screenshots.resolve("home-principal.png"));
  }

  @Test
  void theBoardSeesProgressPerPriorityAreaAndPlanCoverageOfTheCurrentYear() {
    // Tall enough for the chart of the seven areas under the first row of cards.
    driver.manage().window().setSize(new Dimension(1366, 1400));
    String year = Fixtures.currentSchoolYear();
    signIn("politiker.botkyrka");
    schoolYearShown(year);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-progress-table")));
    List<WebElement> rows = driver.findElements(By.cssSelector("#home-progress-table tbody tr"));
    assertEquals(7, rows.size(), "Botkyrka's seven priority areas");
    assertTrue(
        browser.text(By.id("home-progress-table")).contains("Källkritik"), "areas by their names");
    String summary = browser.text(By.id("home-progress-summary"));
    assertTrue(summary.startsWith("Läsåret " + year + ":"), summary);
    assertTrue(summary.contains("försenade"), summary);
    // ECharts drew the chart on a canvas, and it has a name for screen readers.
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#home-progress-chart canvas")));
    String label = driver.findElement(By.id("home-progress-chart")).getDomAttribute("aria-label");
    assertTrue(label != null && label.contains("Källkritik"), "chart label: " + label);
    String coverage = browser.text(By.id("home-coverage"));
    assertTrue(
        coverage.matches("\\d+ av \\d+ enheter .*" + year.replace("/", "\\/") + "\\."), coverage);
    Axe.check(driver, "home (sv, board)");
    browser.screenshot(screenshots.resolve("home-board.png"));

    browser.click(By.id("lang-en"));
    browser.waitForText(
        By.id("home-card-strategy-progress-heading"), "Activities per priority area");
    Axe.check(driver, "home (en, board)");
  }

  private void schoolYearShown(String year) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("home-school-year"), "Läsåret " + year));
    browser.waitForText(By.cssSelector("main h1"), "Översikt");
  }

  private void signIn(String username) {
    browser.signIn(username);
  }
}
