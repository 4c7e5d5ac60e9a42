package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page the menu offers, as each demo role of Botkyrka and the platform operator: it renders
 * (one h1, no error), passes axe with no serious or critical violation, shows no raw code, and is
 * saved as {@code web/target/screenshots/<role>/<page>.png}; so is an instrument's own page for
 * those whose menu has Självskattningar. The menu offers nothing the role's capabilities exclude; a
 * plan, an activity and a unit keep their addresses through a reload; and at 320 CSS pixels no page
 * scrolls sideways (WCAG 1.4.10).
 */
class PageWalkIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LOADING = Pattern.compile("(Hämtar|startar)[^\\n]*…");
  private static final Pattern UUID_ID =
      Pattern.compile("unit-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static Path screenshots;

  private Browser browser;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void system() throws IOException {
    TestSystem.get();
    Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
    screenshots = root.resolve("web/target/screenshots");
    // An instrument to open, for the roles whose menu has Självskattningar.
    Api admin = Api.as("admin.botkyrka");
    if (admin.get("instruments").body().isEmpty()) {
      assertEquals(
          201, admin.post("instruments", Map.of("template", "digital-leadership")).status());
    }
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.checkPolicyAndClose();
      browser = null;
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "admin.botkyrka",
        "politiker.botkyrka",
        "forvaltning.botkyrka",
        "rektor.botkyrka",
        "forskolechef.botkyrka",
        "larare.botkyrka",
        "it.botkyrka",
        "operator"
      })
  void everyPageTheMenuOffersRendersPassesAxeAndShowsNoRawCode(String username) throws IOException {
    signIn(username);
    Map<String, String> menu = menu();
    assertFalse(menu.isEmpty(), "a menu");
    String role = username.replaceAll("\\..*", "");
    Path dir = Files.createDirectories(screenshots.resolve(role));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> entry : menu.entrySet()) {
      String page = entry.getKey();
      browser.click(By.id("nav-" + page));
      wait.until(d -> d.getCurrentUrl().endsWith(entry.getValue()));
      settled();
      browser.screenshot(dir.resolve(page + ".png"));
      // Every check of every page, so one run names all that is wrong, not only the first.
      check(failures, role + " " + page, () -> rendered());
      check(failures, role + " " + page, () -> Axe.check(driver, role + " " + page));
      check(failures, role + " " + page, () -> RawCodes.assertNone(driver, role + " " + page));
    }
    if (menu.containsKey("instruments")) {
      // An instrument's own page, with its versions, content and preview.
      browser.click(By.id("nav-instruments"));
      browser.click(By.cssSelector("#instrument-list a"));
      wait.until(d -> d.getCurrentUrl().contains("#/sjalvskattningar/"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
      settled();
      browser.screenshot(dir.resolve("instrument.png"));
      check(failures, role + " instrument", () -> rendered());
      check(failures, role + " instrument", () -> Axe.check(driver, role + " instrument"));
      check(
          failures, role + " instrument", () -> RawCodes.assertNone(driver, role + " instrument"));
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " failures:\n" + String.join("\n", failures));
    }
  }

  @Test
  void theMenuOffersTeacherPoliticianAndOperatorOnlyWhatTheyMayUse() throws IOException {
    Set<String> notForTeacher = Set.of("inbox", "roles", "imports", "tenants");
    signIn("larare.botkyrka");
    assertTrue(
        menu().keySet().stream().noneMatch(notForTeacher::contains),
        "teacher's menu: " + menu().keySet());
    assertTrue(menu().containsKey("plans"));
    reopen();

    signIn("politiker.botkyrka");
    Set<String> notForPolitician = Set.of("roles", "imports", "tenants");
    assertTrue(
        menu().keySet().stream().noneMatch(notForPolitician::contains),
        "politician's menu: " + menu().keySet());
    assertTrue(menu().containsKey("inbox"), "the board decides on the administration's plan");
    reopen();

    signIn("operator");
    assertEquals(List.of("overview", "tenants"), List.copyOf(menu().keySet()));
    // A municipality page by its address: a clear page, not a blank one.
    for (String address : List.of("#/organisation", "#/anteckningar", "#/handlingsplaner")) {
      driver.get(TestSystem.get().appUrl() + address);
      settled();
      rendered();
      assertTrue(
          browser.text(By.id("municipality-only")).startsWith("Den här sidan hör till en kommun"));
    }
  }

  @Test
  void aPlanItsActivityAndAUnitKeepTheirAddressesThroughAReload() throws IOException {
    signIn("rektor.botkyrka");
    String app = TestSystem.get().appUrl().toString();

    browser.click(By.id("nav-plans"));
    WebElement first =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#plan-list a")));
    String planAddress = first.getDomAttribute("href");
    String planTitle = first.getText().strip();
    driver.get(app + planAddress);
    settled();
    driver.navigate().refresh();
    settled();
    rendered();
    assertEquals(planTitle, currentCrumb());
    assertEquals(planTitle + " – Styrkedja", driver.getTitle());
    assertEquals(
        "page", browser.driver().findElement(By.id("nav-plans")).getDomAttribute("aria-current"));

    // Its first activity: the card is scrolled to and focused, also after a reload.
    String cardId =
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#activity-board [id^='activity-']")))
            .getDomAttribute("id");
    String activityAddress = planAddress + "/aktiviteter/" + cardId.substring("activity-".length());
    driver.get(app + activityAddress);
    driver.navigate().refresh();
    settled();
    wait.until(d -> cardId.equals(activeId()));
    browser.screenshot(
        Files.createDirectories(screenshots.resolve("rektor")).resolve("activity.png"));
    Axe.check(driver, "rektor activity address");
    // At 1366 px a card shows its values whole (they wrap rather than being cut off).
    assertEquals(List.of(), clippedInCards(), "clipped in activity cards");

    // A unit by its address: selected in the tree, named in the breadcrumb, after a reload.
    browser.click(By.id("nav-organisation"));
    settled();
    String unitId =
        driver.findElements(By.cssSelector(".unit-tree button[id^='unit-']")).stream()
            .map(e -> e.getDomAttribute("id"))
            .filter(id -> UUID_ID.matcher(id).matches())
            .reduce((a, b) -> b)
            .orElseThrow();
    String unitName = driver.findElement(By.id(unitId)).getText().strip();
    driver.get(app + "#/organisation/" + unitId.substring("unit-".length()));
    driver.navigate().refresh();
    settled();
    rendered();
    wait.until(d -> "true".equals(d.findElement(By.id(unitId)).getDomAttribute("aria-current")));
    wait.until(d -> currentCrumb().equals(unitName) || unitName.startsWith(currentCrumb()));
    browser.screenshot(screenshots.resolve("rektor").resolve("organisation-unit.png"));
    Axe.check(driver, "rektor unit address");
  }

  @Test
  void atThreeHundredTwentyPixelsNoPageScrollsSideways() throws IOException {
    signIn("admin.botkyrka");
    Map<String, String> menu = menu();
    String app = TestSystem.get().appUrl().toString();
    driver.manage().window().setSize(new Dimension(320, 800));
    wait.until(d -> width() <= 340);
    List<String> wide = new ArrayList<>();
    Path dir = Files.createDirectories(screenshots.resolve("admin-320"));
    for (Map.Entry<String, String> entry : menu.entrySet()) {
      driver.get(app + entry.getValue());
      settled();
      browser.screenshot(dir.resolve(entry.getKey() + ".png"));
      long scroll = scrollWidth();
      if (scroll > width()) {
        wide.add(entry.getKey() + " (" + scroll + " px wide in " + width() + ")");
      }
    }
    // The menu is behind its button and opens.
    browser.click(By.id("nav-toggle"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-plans")));
    Axe.check(driver, "admin menu open at 320 px");
    assertEquals(List.of(), wide, "pages that scroll sideways at 320 px");
  }

  // --- helpers ---

  private void signIn(String username) throws IOException {
    browser = Browser.open(WAIT);
    driver = browser.driver();
    wait = browser.await();
    driver.manage().window().setSize(new Dimension(1366, 900));
    browser.signIn(username);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-overview")));
    settled();
  }

  private void reopen() {
    browser.checkPolicyAndClose();
    browser = null;
  }

  /** The menu's pages, by id (nav-<id>), with their addresses, in menu order. */
  private Map<String, String> menu() {
    Map<String, String> pages = new LinkedHashMap<>();
    for (WebElement link : driver.findElements(By.cssSelector("nav.site-nav a[id^='nav-']"))) {
      pages.put(
          link.getDomAttribute("id").substring("nav-".length()), link.getDomAttribute("href"));
    }
    return pages;
  }

  /** Waits until the page has an h1 and says it is fetching nothing more. */
  private void settled() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    wait.until(d -> !LOADING.matcher(RawCodes.visibleText(d)).find());
  }

  /** One h1, with text, and no error shown. */
  private void rendered() {
    List<WebElement> headings = driver.findElements(By.cssSelector("h1"));
    assertEquals(1, headings.size(), "one h1 at " + driver.getCurrentUrl());
    assertFalse(headings.get(0).getText().isBlank(), "the h1 says something");
    List<WebElement> errors =
        driver.findElements(By.cssSelector("main .alert-error, main [role='alert']"));
    assertTrue(
        errors.stream().noneMatch(WebElement::isDisplayed),
        () ->
            "an error at "
                + driver.getCurrentUrl()
                + ": "
                + errors.stream().map(WebElement::getText).toList());
  }

  private String currentCrumb() {
    return driver
        .findElement(By.cssSelector("nav.breadcrumb [aria-current='page']"))
        .getText()
        .strip();
  }

  private String activeId() {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return document.activeElement.id;");
  }

  /** Texts inside activity cards cut off by their box (wider than it, with overflow hidden). */
  @SuppressWarnings("unchecked")
  private List<String> clippedInCards() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('.card *')]"
                    + ".filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0"
                    + " && getComputedStyle(e).overflowX !== 'visible'"
                    + " || e.getBoundingClientRect().right >"
                    + " e.closest('.card').getBoundingClientRect().right + 1)"
                    + ".map(e => e.tagName + ': ' + e.textContent.slice(0, 40));");
  }

  private long scrollWidth() {
    return (Long)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
  }

  private long width() {
    return (Long)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
  }

  private static void check(List<String> failures, String page, Runnable check) {
    try {
      check.run();
    } catch (AssertionError | RuntimeException e) {
      failures.add("- " + page + ": " + e.getMessage());
    }
  }
}
