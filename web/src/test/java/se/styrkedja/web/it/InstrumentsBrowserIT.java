package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.styrkedja.web.it.Api.Answer;

/**
 * Självskattningar in a real Chromium after a real Keycloak login: the municipality admin copies
 * the digital-leadership template, edits a question, previews it as a principal and as a teacher
 * and publishes it through the confirming dialog (and the server has it so); a teacher reads the
 * list and a draft and is offered no write. Every page and the dialog pass axe.
 */
class InstrumentsBrowserIT {

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
  void theAdminCopiesATemplateEditsPreviewsAndPublishes() {
    String name = "Digitalt ledarskap, prövad i webbläsaren " + System.nanoTime();
    String question = "Vi har en gemensam bild av vad det digitala ska ge våra elever.";
    browser.signIn("admin.botkyrka");
    browser.click(By.id("nav-instruments"));
    browser.waitForText(By.cssSelector("main h1"), "Självskattningar");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-heading")));
    Axe.check(driver, "instruments list (admin)");

    // The first template is chosen; a name of our own.
    assertTrue(driver.findElement(By.id("create-from-digital-leadership")).isSelected());
    browser.type(By.id("create-name"), name);
    browser.click(By.id("create-submit"));
    wait.until(d -> d.getCurrentUrl().contains("#/sjalvskattningar/"));
    browser.waitForText(By.cssSelector("main h1"), name);
    browser.waitForText(By.cssSelector("nav.breadcrumb [aria-current='page']"), name);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
    String instrumentId =
        driver.getCurrentUrl().replaceAll(".*#/sjalvskattningar/", "").replaceAll("[/?].*", "");
    Axe.check(driver, "instrument draft (admin)");

    // Edit the first question's Swedish text and save.
    browser.click(By.id("draft-sections-0-items-0-toggle"));
    browser.type(By.id("draft-sections-0-items-0-text-sv"), question);
    Axe.check(driver, "instrument draft, a question open (admin)");
    browser.click(By.id("save-draft"));
    browser.waitForText(By.id("instrument-status"), "Utkastet är sparat.");

    // The preview: a principal is asked the question, a teacher nothing of this template.
    new Select(driver.findElement(By.id("preview-level"))).selectByValue("rektor");
    assertTrue(
        browser.text(By.id("preview-heading")).equals("Förhandsgranskning")
            && driver
                .findElement(By.cssSelector(".instrument-preview"))
                .getText()
                .contains(question),
        "the principal's preview asks the edited question");
    assertTrue(browser.text(By.id("preview-count")).endsWith("ställs till Rektor."));
    new Select(driver.findElement(By.id("preview-level"))).selectByValue("larare");
    browser.waitForText(By.id("preview-count"), "Inga frågor ställs till Lärare.");
    Axe.check(driver, "instrument preview (admin)");
    browser.screenshot(screenshots.resolve("instrument-admin.png"));

    // Publish, through the dialog that says what it means.
    browser.click(By.id("publish"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-dialog")));
    assertEquals(
        "Publicera version 1?", browser.text(By.cssSelector("#publish-dialog .dialog-title")));
    Axe.check(driver, "publish dialog (admin)");
    browser.click(By.id("publish-confirm"));
    browser.waitForText(By.id("instrument-status"), "Version 1 är publicerad.");
    browser.waitForText(By.cssSelector("#version-heading .badge"), "Publicerad");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("new-version")));
    assertTrue(driver.findElements(By.id("save-draft")).isEmpty(), "a published version is read");
    Axe.check(driver, "instrument published (admin)");

    JsonNode published =
        Api.as("admin.botkyrka").get("instruments/" + instrumentId + "/versions/1").body();
    assertEquals("FROZEN", published.get("status").asText());
    assertEquals(
        question,
        published
            .get("content")
            .get("sections")
            .get(0)
            .get("items")
            .get(0)
            .get("text")
            .get("sv")
            .asText());
  }

  @Test
  void aTeacherReadsInstrumentsAndIsOfferedNoWrite() {
    Answer created =
        Api.as("forvaltning.botkyrka")
            .post("instruments", Map.of("template", "teacher-digcompedu"));
    assertEquals(201, created.status(), created.raw());
    String id = created.body().get("id").asText();

    browser.signIn("larare.botkyrka");
    browser.click(By.id("nav-instruments"));
    browser.waitForText(By.cssSelector("main h1"), "Självskattningar");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("instrument-" + id)));
    for (String write : List.of("create-heading", "import-heading", "create-submit")) {
      assertTrue(driver.findElements(By.id(write)).isEmpty(), "no " + write + " for a teacher");
    }
    Axe.check(driver, "instruments list (teacher)");

    browser.click(By.id("instrument-" + id));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-heading")));
    browser.waitForText(By.cssSelector("#version-heading .badge"), "Utkast");
    for (String write :
        List.of(
            "save-draft",
            "publish",
            "discard",
            "new-version",
            "draft-sections-0-items-0-toggle",
            "draft-sections")) {
      assertTrue(driver.findElements(By.id(write)).isEmpty(), "no " + write + " for a teacher");
    }
    // The teacher's own level is asked the DigCompEdu items.
    new Select(driver.findElement(By.id("preview-level"))).selectByValue("larare");
    assertTrue(
        browser.text(By.id("preview-count")).endsWith("ställs till Lärare."),
        browser.text(By.id("preview-count")));
    assertTrue(!browser.text(By.id("preview-count")).startsWith("Inga"));
    Axe.check(driver, "instrument draft (teacher)");
    browser.screenshot(screenshots.resolve("instrument-teacher.png"));
  }
}
