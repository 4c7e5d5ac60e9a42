package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.web.it.Api.Answer;

/**
 * Nobody is offered what the server refuses: as a teacher, a politician and the platform operator,
 * on every page they reach, every enabled button and link in the page is clicked (a form that opens
 * is filled in and sent, a dialog that asks is confirmed), and no answer of the API may be a 403.
 * "Ny plan" is not offered to a teacher or a politician. Each page is checked with axe-core.
 */
class ActionsBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int MAX_CLICKS_PER_PAGE = 80;
  private static final int SAME_KIND = 3;
  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** Counts the API's answers by status in the page, whoever asks (the app's client uses fetch). */
  private static final String HOOK =
      "if (!window.__answers) {"
          + "  window.__answers = {refused: [], pending: 0};"
          + "  const original = window.fetch;"
          + "  window.fetch = async function (input, init) {"
          + "    window.__answers.pending++;"
          + "    try {"
          + "      const r = await original.call(this, input, init);"
          + "      if (r.status === 403) window.__answers.refused.push("
          + "          ((init && init.method) || 'GET') + ' ' + (input.url || input));"
          + "      return r;"
          + "    } finally { window.__answers.pending--; }"
          + "  };"
          + "}";

  private static TestSystem system;
  private static Path screenshots;
  private static String planId;

  private Browser browser;
  private WebDriver driver;
  private WebDriverWait wait;

  @RegisterExtension
  final TestExecutionExceptionHandler dumpOnFailure =
      (context, failure) -> {
        if (browser != null) {
          browser.dump(screenshots, "FAILED-" + context.getRequiredTestMethod().getName());
        }
        throw failure;
      };

  @BeforeAll
  static void aRunningPlanOfTheTeachersSchoolAndNotesOfOthers() throws IOException {
    system = TestSystem.get();
    Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
    screenshots = root.resolve("web/target/screenshots");
    Files.createDirectories(screenshots);

    Api admin = Api.as("admin.botkyrka");
    Api rektor = Api.as("rektor.botkyrka");
    String school = Fixtures.unitOf(admin, "rektor.botkyrka");
    String area = rektor.get("strategies/adopted").body().get("areas").get(0).get("id").asText();
    Map<String, Object> plan = new HashMap<>();
    plan.put("kind", "LOCAL");
    plan.put("schoolYear", "2095/96");
    plan.put("unitId", school);
    plan.put("title", "Plan att klicka igenom");
    plan.put("summary", "");
    Answer created = rektor.post("plans", plan);
    assertEquals(201, created.status(), created.raw());
    planId = created.body().get("id").asText();
    for (String owner : List.of("rektor.botkyrka", "larare.botkyrka")) {
      Map<String, Object> a = new HashMap<>();
      a.put("priorityAreaId", area);
      a.put("title", "Insats för " + owner);
      a.put("goalIds", List.of());
      a.put("description", "");
      a.put("targetLevels", List.of());
      a.put("targetUnitIds", List.of());
      a.put("targetNote", "");
      a.put("successCriteria", "");
      a.put("owner", owner);
      a.put("startsOn", LocalDate.now(Clocks.SWEDEN).toString());
      a.put("dueOn", LocalDate.now(Clocks.SWEDEN).plusMonths(3).toString());
      assertEquals(201, rektor.post("plans/" + planId + "/activities", a).status());
    }
    step(rektor, "SUBMIT");
    step(Api.as("forvaltning.botkyrka"), "APPROVE");
    step(rektor, "ACTIVATE");
    // The admin's note nobody else may change, beside the teacher's own.
    assertEquals(201, admin.post("notes", Map.of("title", "Admins klickanteckning")).status());
    assertEquals(
        201, Api.as("larare.botkyrka").post("notes", Map.of("title", "Lärarens klick")).status());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.checkPolicyAndClose();
      browser = null;
    }
  }

  @Test
  void theTeacherIsOfferedNothingTheServerRefuses() throws IOException {
    everyPageAs("larare.botkyrka", true);
  }

  @Test
  void thePoliticianIsOfferedNothingTheServerRefuses() throws IOException {
    everyPageAs("politiker.botkyrka", true);
  }

  @Test
  void theOperatorIsOfferedNothingTheServerRefuses() throws IOException {
    everyPageAs("operator", false);
  }

  /**
   * The pages of the issue the menu offers the user (one it does not offer, the user cannot reach:
   * the operator belongs to no municipality), and for a user of Botkyrka the plan of the teacher's
   * school.
   */
  private void everyPageAs(String username, boolean botkyrka) throws IOException {
    signIn(username);
    String who = username.replace(".botkyrka", "");
    for (String page : List.of("notes", "plans", "strategy", "roles", "organisation")) {
      if (!openFromMenu(page)) {
        System.out.println(who + " has no " + page + " in the menu");
        continue;
      }
      if (page.equals("plans")) {
        assertTrue(
            driver.findElements(By.id("plan-new")).isEmpty(),
            "\"Ny plan\" is not offered to " + who);
      }
      clickEverythingOn(page, who);
      if (page.equals("plans") && botkyrka) {
        openFromMenu("plans");
        new Select(driver.findElement(By.id("plans-year"))).selectByValue("2095/96");
        browser.click(By.cssSelector("a[href$='" + planId + "']"));
        wait.until(d -> d.getCurrentUrl().endsWith(planId));
        hook();
        clickEverythingOn("plan", who);
      }
    }
  }

  /**
   * Opens the page and clicks, one by one, every enabled button and link in its main part (not the
   * menu, the language or signing out), filling in and sending a form that opens and confirming a
   * dialog that asks, each time on the page as it then is; fails at the first 403.
   */
  private void clickEverythingOn(String name, String who) throws IOException {
    String here = driver.getCurrentUrl();
    Axe.check(driver, name + " (" + who + ", every action)");
    Set<String> clicked = new LinkedHashSet<>();
    Map<String, Integer> kinds = new HashMap<>();
    for (int i = 0; i < MAX_CLICKS_PER_PAGE; i++) {
      WebElement next = null;
      String key = null;
      for (WebElement e : offered()) {
        String k = describe(e);
        // Elements of one kind (the tree's units, a list's rows: ids that differ only in a uuid)
        // offer the same: a few of each are clicked, not all 50 units of the tree.
        String kind = k.replaceAll(UUID_PATTERN, "*");
        if (!clicked.contains(k) && kinds.getOrDefault(kind, 0) < SAME_KIND) {
          kinds.merge(kind, 1, Integer::sum);
          next = e;
          key = k;
          break;
        }
      }
      if (next == null) {
        break;
      }
      clicked.add(key);
      int formsBefore = driver.findElements(By.cssSelector("main form")).size();
      try {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", next);
        next.click();
      } catch (StaleElementReferenceException
          | org.openqa.selenium.ElementNotInteractableException e) {
        continue;
      }
      settled();
      assertNotRefused(who + " on " + name + ", after " + key);
      confirmDialog(who + " on " + name + ", confirming " + key);
      List<WebElement> forms = driver.findElements(By.cssSelector("main form"));
      if (forms.size() > formsBefore) {
        fillAndSend(forms.get(forms.size() - 1));
        settled();
        assertNotRefused(who + " on " + name + ", sending the form of " + key);
        confirmDialog(who + " on " + name + ", confirming the form of " + key);
      }
      if (!driver.getCurrentUrl().equals(here)) {
        backTo(here);
      }
    }
    browser.screenshot(screenshots.resolve("actions-" + who + "-" + name + ".png"));
    System.out.println(who + " on " + name + " clicked " + clicked);
  }

  /** Every enabled, visible button and link of the page's main part. */
  private List<WebElement> offered() {
    List<WebElement> out = new ArrayList<>();
    for (WebElement e : driver.findElements(By.cssSelector("main button, main a[href]"))) {
      try {
        String href = e.getDomAttribute("href");
        boolean inApp = href == null || !href.matches("^[a-z]+:.*");
        if (e.isDisplayed()
            && e.isEnabled()
            && inApp
            && !"true".equals(e.getDomAttribute("aria-disabled"))) {
          out.add(e);
        }
      } catch (StaleElementReferenceException ignored) {
        // Redrawn meanwhile: the next round finds it again.
      }
    }
    return out;
  }

  private static String describe(WebElement e) {
    String id = e.getDomAttribute("id");
    if (id != null && !id.isBlank()) {
      return "#" + id;
    }
    String label = e.getDomAttribute("aria-label");
    return e.getTagName() + " \"" + (label != null ? label : e.getText().strip()) + "\"";
  }

  /** A dialog that asks (react-aria's alertdialog) is answered yes. */
  private void confirmDialog(String what) {
    List<WebElement> dialogs = driver.findElements(By.cssSelector("[role=alertdialog]"));
    if (dialogs.isEmpty()) {
      return;
    }
    dialogs.get(0).findElements(By.cssSelector("button")).get(0).click();
    settled();
    assertNotRefused(what);
  }

  /** Fills what is empty with valid data (text, a date of today, the first real choice), sends. */
  private void fillAndSend(WebElement form) {
    for (WebElement field : form.findElements(By.cssSelector("input, textarea, select"))) {
      if (!field.isDisplayed() || !field.isEnabled()) {
        continue;
      }
      String type = field.getDomAttribute("type");
      String value = field.getDomProperty("value");
      if (field.getTagName().equals("select")) {
        Select select = new Select(field);
        if (value == null || value.isEmpty()) {
          select.getOptions().stream()
              .filter(o -> !o.getDomProperty("value").isEmpty())
              .findFirst()
              .ifPresent(o -> select.selectByValue(o.getDomProperty("value")));
        }
      } else if ("checkbox".equals(type) || "radio".equals(type) || "file".equals(type)) {
        continue;
      } else if (value == null || value.isEmpty()) {
        field.sendKeys(
            switch (type == null ? "text" : type) {
              case "date" -> LocalDate.now(Clocks.SWEDEN).toString();
              case "number" -> "50";
              default -> "Klickad " + System.nanoTime() % 10_000;
            });
      }
    }
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private void assertNotRefused(String what) {
    Object refused =
        ((JavascriptExecutor) driver)
            .executeScript("return window.__answers ? window.__answers.refused.slice() : [];");
    assertEquals(List.of(), refused, "the server refused " + what);
    assertTrue(
        driver.findElements(By.cssSelector("[role=alert]")).stream()
            .noneMatch(a -> a.getText().contains("403")),
        what);
  }

  /**
   * Until the page has no request under way, twice with a moment between: a click's requests start
   * only once React has drawn what it changed.
   */
  private void settled() {
    for (int round = 0; round < 2; round++) {
      pause();
      wait.until(
          d ->
              Long.valueOf(0)
                  .equals(
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "return window.__answers ? window.__answers.pending : 0;")));
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Opens a page from the menu, as a user would; false when the menu does not offer it. */
  private boolean openFromMenu(String page) {
    List<WebElement> link = driver.findElements(By.id("nav-" + page));
    if (link.isEmpty()) {
      return false;
    }
    // A menu group may be folded; the link is there all the same.
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", link.get(0));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    hook();
    settled();
    return true;
  }

  private void backTo(String url) {
    ((JavascriptExecutor) driver).executeScript("window.location.assign(arguments[0])", url);
    wait.until(d -> d.getCurrentUrl().equals(url));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    hook();
    settled();
  }

  private void hook() {
    ((JavascriptExecutor) driver).executeScript(HOOK);
  }

  private void signIn(String username) throws IOException {
    browser = Browser.open(WAIT);
    driver = browser.driver();
    wait = browser.await();
    browser.signIn(username);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
    hook();
  }

  private static void step(Api api, String step) {
    long version = api.get("plans/" + planId).body().get("version").asLong();
    Answer a = api.post("plans/" + planId + "/steps", Map.of("step", step, "version", version));
    assertEquals(200, a.status(), a.raw());
  }
}
