package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.styrkedja.web.it.Api.Answer;

/**
 * The system as a user meets it: a real Chromium (headless) opens the web app, is sent to the real
 * Keycloak, signs in there and uses the app against the real backend and PostgreSQL. Every page on
 * the way is checked with axe-core for WCAG 2.1 A and AA; a serious or critical violation fails the
 * test.
 *
 * <p>Chromium and chromedriver come from the operating system ({@code apt-get install chromium
 * chromium-driver}); nothing is downloaded: the driver's path is given explicitly, so Selenium
 * Manager is never started. On a failure, a screenshot, the page source and the browser console go
 * to {@code web/target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final String BOTKYRKA_NOTE_TITLE = "Digital kompetens för förskolechefer";
  private static final String BOTKYRKA_NOTE_BODY = "Åtgärder i årshjulet";

  private static final Set<Axe.Known> KEYCLOAK_THEME_KNOWN = Browser.KEYCLOAK_THEME_KNOWN;

  private static TestSystem system;
  private static Path screenshots;

  private Browser browser;
  private WebDriver driver;
  private WebDriverWait wait;
  private final long started = System.nanoTime();

  /** Before {@code @AfterEach} closes the browser: keep what it showed when the test failed. */
  @RegisterExtension
  final TestExecutionExceptionHandler dumpOnFailure =
      (context, failure) -> {
        dump("FAILED-" + context.getRequiredTestMethod().getName());
        throw failure;
      };

  @BeforeAll
  static void system() throws IOException {
    system = TestSystem.get();
    Path root = Path.of(System.getProperty("styrkedja.root", "..")).toAbsolutePath().normalize();
    screenshots = root.resolve("web/target/screenshots");
    Files.createDirectories(screenshots);
    // What an earlier failed run left must not be taken for this run's.
    try (Stream<Path> old = Files.list(screenshots)) {
      for (Path p : old.filter(p -> p.getFileName().toString().startsWith("FAILED-")).toList()) {
        Files.delete(p);
      }
    }
  }

  @BeforeEach
  void openBrowser() throws IOException {
    open();
  }

  private void open() throws IOException {
    browser = Browser.open(WAIT);
    driver = browser.driver();
    wait = browser.await();
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
      System.out.printf(
          "browser test took %.1f s%n", (System.nanoTime() - started) / 1_000_000_000.0);
    }
  }

  @Test
  @Order(1)
  void aPrincipalSignsInWritesANoteAndSwitchesToEnglish() {
    driver.get(system.appUrl().toString());
    keycloakLoginPage();
    signIn("rektor.botkyrka", true);

    // The app, in Swedish, with who and where the user is.
    waitForText(By.id("user-name"), "Eva Lindqvist");
    waitForText(By.id("tenant-name"), "Botkyrka kommun");
    waitForText(By.id("overview-municipality"), "Botkyrka kommun");
    assertEquals("sv", htmlLang());
    assertEquals("Översikt", text(By.cssSelector("main h1")));
    assertEquals("Anteckningar", text(By.id("nav-notes")));
    Axe.check(driver, "overview (sv)");
    screenshot("overview-sv");

    // A note with Swedish letters, written through the form and shown in the list.
    click(By.id("nav-notes"));
    waitForText(By.cssSelector("main h1"), "Anteckningar");
    waitForNotesLoaded();
    click(By.id("note-new"));
    type(By.id("note-title"), BOTKYRKA_NOTE_TITLE);
    type(By.id("note-body"), BOTKYRKA_NOTE_BODY);
    click(By.id("note-save"));
    WebElement note = wait.until(noteTitled(BOTKYRKA_NOTE_TITLE));
    assertEquals(
        BOTKYRKA_NOTE_BODY,
        note.findElement(By.xpath("./..")).findElement(By.className("note-body")).getText());
    waitForText(By.id("notes-status"), "Anteckningen ”" + BOTKYRKA_NOTE_TITLE + "” sparades.");
    assertTrue(driver.findElements(By.id("note-title")).isEmpty(), "the form closes after saving");
    Axe.check(driver, "notes with a new note (sv)");

    // English: the same page, every visible word in English, and the document says so.
    click(By.id("lang-en"));
    waitForText(By.id("nav-notes"), "Notes");
    wait.until(d -> "en".equals(htmlLang()));
    assertEquals("Notes", text(By.cssSelector("main h1")));
    assertEquals("Overview", text(By.id("nav-overview")));
    assertEquals("Sign out", text(By.id("logout")));
    assertEquals("true", driver.findElement(By.id("lang-en")).getDomAttribute("aria-pressed"));
    wait.until(noteTitled(BOTKYRKA_NOTE_TITLE));
    assertTrue(driver.getTitle().startsWith("Notes"), "document title: " + driver.getTitle());
    Axe.check(driver, "notes (en)");

    click(By.id("nav-overview"));
    waitForText(By.cssSelector("main h1"), "Overview");
    waitForText(By.id("overview-municipality"), "Botkyrka kommun");
    assertTrue(
        text(By.cssSelector("main")).contains("Welcome to Styrkedja, Eva Lindqvist."),
        "the overview greets in English");
    assertEquals("Botkyrka kommun", text(By.id("tenant-name")));
    Axe.check(driver, "overview (en)");
    screenshot("overview-en");
  }

  @Test
  @Order(2)
  void aPrincipalOfAnotherMunicipalityDoesNotSeeBotkyrkasNotes() {
    // Independent of the first test: one note in each municipality, written through the API.
    String botkyrkaTitle = "Botkyrkas handlingsplan " + UUID.randomUUID();
    String hassleholmTitle = "Hässleholms kompetensplan " + UUID.randomUUID();
    assertEquals(
        201,
        Api.as("rektor.botkyrka")
            .post("notes", Map.of("title", botkyrkaTitle, "body", "Endast för Botkyrka"))
            .status());
    Answer own =
        Api.as("rektor.hassleholm")
            .post("notes", Map.of("title", hassleholmTitle, "body", "Endast för Hässleholm"));
    assertEquals(201, own.status());

    driver.get(system.appUrl().toString() + "#/anteckningar");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    signIn("rektor.hassleholm", false);

    waitForText(By.id("tenant-name"), "Hässleholms kommun");
    // Back on the page the user asked for, in the default language.
    waitForText(By.cssSelector("main h1"), "Anteckningar");
    // The list has loaded (the municipality's own note is there) before looking for others'.
    wait.until(noteTitled(hassleholmTitle));
    String page = text(By.tagName("body"));
    assertFalse(page.contains(botkyrkaTitle), "a Botkyrka note is shown in Hässleholm");
    assertFalse(page.contains(BOTKYRKA_NOTE_TITLE), "the Botkyrka note is shown in Hässleholm");
    List<String> titles =
        driver.findElements(By.cssSelector("#note-list .note-title")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(titles.contains(hassleholmTitle), "own notes: " + titles);
    Axe.check(driver, "notes (sv, Hässleholm)");
  }

  @Test
  @Order(3)
  void aMunicipalityAdminFindsTheOrganisationAndTheAdoptedStrategy() {
    driver.get(system.appUrl().toString() + "#/organisation");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    signIn("admin.botkyrka", false);

    waitForText(By.id("tenant-name"), "Botkyrka kommun");
    waitForText(By.cssSelector("main h1"), "Organisation");
    wait.until(d -> text(By.cssSelector("main")).contains("Tumba förskola"));
    assertTrue(text(By.cssSelector("main")).contains("Utbildningsförvaltningen"));
    Axe.check(driver, "organisation (sv, admin)");

    click(By.id("nav-strategy"));
    waitForText(By.cssSelector("main h1"), "Strategi");
    wait.until(
        d ->
            text(By.cssSelector("main"))
                .contains("Strategi för barns och elevers lärande i en digital värld"));
    String strategy = text(By.cssSelector("main"));
    for (String area :
        List.of("Digital litteracitet och didaktik", "Källkritik", "Skapande och medskapande")) {
      assertTrue(strategy.contains(area), "priority area " + area + " is shown");
    }
    Axe.check(driver, "strategy (sv, admin)");

    click(By.id("lang-en"));
    waitForText(By.cssSelector("main h1"), "Strategy");
    Axe.check(driver, "strategy (en, admin)");

    click(By.id("nav-imports"));
    waitForText(By.cssSelector("main h1"), "Import");
    wait.until(d -> text(By.cssSelector("main")).contains("Import from files"));
    wait.until(d -> !text(By.cssSelector("main")).contains("Loading imports"));
    Axe.check(driver, "imports (en, admin)");

    click(By.id("lang-sv"));
    click(By.id("nav-people"));
    waitForText(By.cssSelector("main h1"), "Personal");
    wait.until(d -> !text(By.cssSelector("main")).contains("Hämtar personal"));
    Axe.check(driver, "people (sv, admin)");
  }

  @Test
  @Order(4)
  void aMunicipalityAdminSeesTheChainAndAddsAFunctionBesideIt() {
    driver.get(system.appUrl().toString() + "#/roller");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    signIn("admin.botkyrka", false);

    waitForText(By.cssSelector("main h1"), "Roller");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignments")));
    List<String> steps =
        driver.findElements(By.cssSelector("#chain > li")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(steps.size() >= 4, "the chain has its steps: " + steps);
    assertTrue(steps.get(0).contains("Politiker/nämnd"), "the board at the top: " + steps);
    assertTrue(
        text(By.id("assignments")).contains("rektor.botkyrka"), "the demo principal is listed");
    Axe.check(driver, "roles (sv, admin)");

    // A function beside the chain, so the chain other tests read stays the standard one.
    String key = "stod-" + UUID.randomUUID().toString().substring(0, 8);
    click(By.id("level-new"));
    type(By.id("level-form-key"), key);
    type(By.id("level-form-name"), "Webbläsarstöd " + key);
    new Select(driver.findElement(By.id("level-form-rank"))).selectByValue("-1");
    Axe.check(driver, "roles, adding a level (sv, admin)");
    click(By.id("level-form-save"));
    wait.until(d -> text(By.id("functions")).contains("Webbläsarstöd " + key));
    waitForText(By.id("roles-status"), "Webbläsarstöd " + key + " är tillagd.");

    click(By.id("lang-en"));
    waitForText(By.cssSelector("main h1"), "Roles");
    Axe.check(driver, "roles (en, admin)");
  }

  /**
   * Issue 4's walk along the chain: the principal submits Alléskolan's draft (the demo's), the
   * administration finds it in its inbox and approves it, the principal sees it approved. Every
   * page of the plans module on the way is checked with axe, the overview and the annual cycle in
   * English too.
   */
  @Test
  @Order(5)
  void aPrincipalSubmitsALocalPlanTheAdministrationApprovesIt() throws IOException {
    // The demo is in the current school year, whatever day the test runs.
    String year = Fixtures.currentSchoolYear();
    String title = "Lokal handlingsplan " + year + ", Alléskolan";

    // The principal finds the school's draft among the year's plans and submits it.
    driver.get(system.appUrl().toString() + "#/handlingsplaner");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    signIn("rektor.botkyrka", false);
    waitForText(By.cssSelector("main h1"), "Handlingsplaner");
    // Other ITs write plans for later years; the demo's are in the current one.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plans-year")));
    new Select(driver.findElement(By.id("plans-year"))).selectByValue(year);
    wait.until(d -> !d.findElements(By.linkText(title)).isEmpty());
    Axe.check(driver, "plans (sv, principal)");
    click(By.linkText(title));
    waitForText(By.cssSelector("main h1"), title);
    waitForText(By.cssSelector("#plan-status-value .badge"), "Utkast");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-board")));
    assertTrue(
        text(By.id("activity-board")).contains("Nanolärande om informationssäkerhet"),
        "the draft's activities are on the board");
    assertTrue(
        driver.findElements(By.id("plan-step-approve")).isEmpty(),
        "the principal is not offered to approve their own plan");
    Axe.check(driver, "plan, draft (sv, principal)");
    click(By.id("plan-step-submit"));
    waitForText(By.id("plan-status"), "Planen är inlämnad för godkännande.");
    waitForText(By.cssSelector("#plan-status-value .badge"), "Inlämnad");
    // People by name, not by username.
    assertTrue(text(By.id("plan-transitions")).contains("Eva Lindqvist"));
    Axe.check(driver, "plan, submitted (sv, principal)");

    // The administration sees it waiting in the inbox (the menu counts it) and approves it.
    anotherUser();
    driver.get(system.appUrl().toString() + "#/inkorg");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    signIn("forvaltning.botkyrka", false);
    waitForText(By.cssSelector("main h1"), "Inkorg");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-list")));
    WebElement item =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#inbox-list .inbox-item")).stream()
                    .filter(e -> e.getText().contains(title))
                    .findFirst()
                    .orElse(null));
    assertTrue(item.getText().contains("Väntar på ditt beslut"), item.getText());
    assertTrue(
        Integer.parseInt(text(By.id("inbox-count")).replaceAll("\\D", "")) >= 1,
        "the menu shows the inbox count");
    Axe.check(driver, "inbox (sv, administration)");
    item.findElement(By.linkText(title)).click();
    waitForText(By.cssSelector("main h1"), title);
    waitForText(By.cssSelector("#plan-status-value .badge"), "Inlämnad");
    Axe.check(driver, "plan, to decide (sv, administration)");
    click(By.id("plan-step-approve"));
    waitForText(By.id("plan-status"), "Planen är godkänd.");
    waitForText(By.cssSelector("#plan-status-value .badge"), "Godkänd");
    Axe.check(driver, "plan, approved (sv, administration)");

    // Leadership's overview and the annual cycle, in both languages.
    click(By.id("nav-progress"));
    waitForText(By.cssSelector("main h1"), "Uppföljning");
    new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-year"))))
        .selectByValue(year);
    wait.until(d -> text(By.id("progress-units")).contains("Alléskolan"));
    Axe.check(driver, "progress (sv, administration)");
    click(By.id("nav-cycle"));
    waitForText(By.cssSelector("main h1"), "Årshjul");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-deadlines")));
    Axe.check(driver, "annual cycle (sv, administration)");
    click(By.id("lang-en"));
    waitForText(By.cssSelector("main h1"), "Annual cycle");
    Axe.check(driver, "annual cycle (en, administration)");
    click(By.id("nav-progress"));
    waitForText(By.cssSelector("main h1"), "Progress");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-units")));
    Axe.check(driver, "progress (en, administration)");

    // The principal learns of the decision and sees the plan approved.
    anotherUser();
    driver.get(system.appUrl().toString() + "#/inkorg");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    signIn("rektor.botkyrka", false);
    waitForText(By.cssSelector("main h1"), "Inkorg");
    // Once: approved and ready to start says what "a decision on your plan" would.
    WebElement decided =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#inbox-list .inbox-item")).stream()
                    .filter(e -> e.getText().contains(title))
                    .filter(e -> e.getText().contains("Godkänd, redo att startas"))
                    .findFirst()
                    .orElse(null));
    // Who decided, by name (Karin Sjöberg is forvaltning.botkyrka), not by username.
    assertTrue(decided.getText().contains("Karin Sjöberg"), decided.getText());
    assertFalse(decided.getText().contains("forvaltning.botkyrka"), decided.getText());
    assertEquals(
        1,
        driver.findElements(By.cssSelector("#inbox-list .inbox-item")).stream()
            .filter(e -> e.getText().contains(title))
            .count(),
        "the plan is listed once");
    Axe.check(driver, "inbox (sv, principal)");
    decided.findElement(By.linkText(title)).click();
    waitForText(By.cssSelector("main h1"), title);
    waitForText(By.cssSelector("#plan-status-value .badge"), "Godkänd");
    assertTrue(text(By.id("plan-facts")).contains("Karin Sjöberg"), "decided by, by name");
    assertTrue(
        driver.findElements(By.id("plan-step-activate")).size() == 1,
        "the principal may now start the plan");
    Axe.check(driver, "plan, approved (sv, principal)");
    screenshot("plan-approved-sv");
  }

  /** A fresh browser, so the next user signs in from scratch. */
  private void anotherUser() throws IOException {
    browser.assertNoContentSecurityPolicyViolation();
    browser.close();
    open();
  }

  /** Keycloak's first step, in Swedish: only the user name (organizations are enabled). */
  private void keycloakLoginPage() {
    String login = system.keycloakUrl() + "realms/styrkedja/";
    wait.until(d -> d.getCurrentUrl().startsWith(login));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertEquals("sv", htmlLang(), "Keycloak's login page is in Swedish");
    assertEquals("Logga in", loginButtonText(), "Keycloak's login button");
    // Keycloak's own theme, not ours: only the named known violations are accepted.
    Axe.check(driver, "Keycloak login (sv)", KEYCLOAK_THEME_KNOWN);
  }

  /**
   * The two steps of Keycloak's login: user name, then password (= user name for demo users); with
   * {@code checkPasswordStep} the second page is checked too.
   */
  private void signIn(String username, boolean checkPasswordStep) {
    type(By.id("username"), username);
    click(By.id("kc-login"));
    WebElement password =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    if (checkPasswordStep) {
      assertEquals("sv", htmlLang(), "Keycloak's password page is in Swedish");
      Axe.check(driver, "Keycloak password (sv)", KEYCLOAK_THEME_KNOWN);
    }
    password.sendKeys(username);
    click(By.id("kc-login"));
    String app = system.appUrl().toString();
    wait.until(d -> d.getCurrentUrl().startsWith(app));
  }

  private String loginButtonText() {
    WebElement button = driver.findElement(By.id("kc-login"));
    String text = button.getText();
    return text == null || text.isBlank() ? button.getDomProperty("value") : text.strip();
  }

  private void waitForNotesLoaded() {
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("note-list")),
            ExpectedConditions.presenceOfElementLocated(By.id("notes-empty"))));
  }

  /** The heading of the listed note with exactly this title. */
  private static ExpectedCondition<WebElement> noteTitled(String title) {
    return d ->
        d.findElements(By.cssSelector("#note-list .note-title")).stream()
            .filter(e -> title.equals(e.getText()))
            .findFirst()
            .orElse(null);
  }

  private void waitForText(By locator, String expected) {
    browser.waitForText(locator, expected);
  }

  private String text(By locator) {
    return browser.text(locator);
  }

  private void click(By locator) {
    browser.click(locator);
  }

  private void type(By locator, String value) {
    browser.type(locator, value);
  }

  private String htmlLang() {
    return browser.htmlLang();
  }

  private void screenshot(String name) {
    browser.screenshot(screenshots.resolve(name + ".png"));
  }

  /** Screenshot, page source and browser console of the page as it is; never throws. */
  private void dump(String name) {
    if (browser != null) {
      browser.dump(screenshots, name);
    }
  }
}
