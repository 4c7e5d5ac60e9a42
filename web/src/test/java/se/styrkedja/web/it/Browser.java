package se.styrkedja.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with its own throw-away profile, driven through Debian's
 * chromedriver (nothing is downloaded), and the few moves every browser test makes: wait for a
 * text, click, type, and keep what the page showed when something failed.
 */
final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER_DEFAULT = "/usr/bin/chromedriver";

  /**
   * WCAG violations of Keycloak's own login theme (keycloak.v2, Keycloak 26.7.3) that this project
   * cannot fix short of writing its own Keycloak theme. Each is one rule on one element, so
   * anything else on Keycloak's pages still fails a test; our own pages have no exceptions at all.
   */
  static final Set<Axe.Known> KEYCLOAK_THEME_KNOWN =
      Set.of(
          // Password step of the identity-first login: the read-only field showing the user name
          // typed in step one has id "kc-attempted-username", but its <label> says for="username"
          // (keycloak.v2/login/template.ftl, macro username: field.group name="username"), so the
          // field has no accessible name (WCAG 1.3.1, 4.1.2; axe rule "label", critical).
          new Axe.Known("label", "#kc-attempted-username"));

  private final Path profile;
  private final Duration timeout;
  private final List<String> console = new ArrayList<>();
  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(Path profile, Duration timeout, WebDriver driver) {
    this.profile = profile;
    this.timeout = timeout;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, timeout);
  }

  /** A new browser that waits up to {@code timeout} for what a test expects to see. */
  static Browser open(Duration timeout) throws IOException {
    Path profile = Files.createTempDirectory("styrkedja-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("webdriver.chrome.driver", CHROMEDRIVER_DEFAULT)))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        // The browser prefers English: Swedish must come from the app and the realm, not from it.
        "--lang=en-US",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    try {
      return new Browser(profile, timeout, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
  }

  WebDriver driver() {
    return driver;
  }

  WebDriverWait await() {
    return wait;
  }

  /** Waits until the element shows exactly {@code expected}; says what it showed instead. */
  void waitForText(By locator, String expected) {
    try {
      wait.until(ExpectedConditions.textToBe(locator, expected));
    } catch (RuntimeException e) {
      List<WebElement> found = driver.findElements(locator);
      throw new AssertionError(
          "expected "
              + locator
              + " to show \""
              + expected
              + "\" within "
              + timeout.toSeconds()
              + " s, but it shows "
              + (found.isEmpty()
                  ? "nothing (no such element)"
                  : "\"" + found.get(0).getText() + "\"")
              + " at "
              + driver.getCurrentUrl(),
          e);
    }
  }

  String text(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText().strip();
  }

  void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  /** Types into a field and waits until the page has taken it (React re-renders as one types). */
  void type(By locator, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(locator));
    field.clear();
    field.sendKeys(value);
    wait.until(d -> value.equals(field.getDomProperty("value")));
  }

  /**
   * Opens the web app and signs in through Keycloak's two-step form (username, then password, which
   * is the username for the demo users), back in the app when it returns.
   */
  void signIn(String username) {
    TestSystem system = TestSystem.get();
    driver.get(system.appUrl().toString());
    String login = system.keycloakUrl() + "realms/styrkedja/";
    wait.until(d -> d.getCurrentUrl().startsWith(login));
    type(By.id("username"), username);
    click(By.id("kc-login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(username);
    click(By.id("kc-login"));
    wait.until(d -> d.getCurrentUrl().startsWith(system.appUrl().toString()));
  }

  String htmlLang() {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;");
  }

  void screenshot(Path file) {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      shot.delete();
    }
  }

  /** Everything the browser's console said so far (Chromium hands each line out only once). */
  List<String> console() {
    driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(e -> e.getLevel() + " " + e.getMessage())
        .forEach(console::add);
    return List.copyOf(console);
  }

  /**
   * Fails if the browser refused anything for the Content-Security-Policy: the app must work under
   * the strict policy the server sends (security.SecurityHeaders), not around it.
   */
  void assertNoContentSecurityPolicyViolation() {
    List<String> refused =
        console().stream().filter(line -> line.contains("Content Security Policy")).toList();
    if (!refused.isEmpty()) {
      throw new AssertionError(
          "the browser refused something for the Content-Security-Policy:\n"
              + String.join("\n", refused));
    }
  }

  /**
   * Screenshot, page source and browser console of the page as it is, into {@code dir}; never
   * throws.
   */
  void dump(Path dir, String name) {
    try {
      Files.createDirectories(dir);
      screenshot(dir.resolve(name + ".png"));
    } catch (IOException | RuntimeException e) {
      System.out.println("no screenshot: " + e);
    }
    try {
      Files.writeString(
          dir.resolve(name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.out.println("no page source: " + e);
    }
    try {
      Files.writeString(
          dir.resolve(name + ".console.txt"), String.join("\n", console()), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.out.println("no browser console: " + e);
    }
  }

  /** Fails the test on any Content-Security-Policy violation the page met, and closes. */
  void checkPolicyAndClose() {
    try {
      assertNoContentSecurityPolicyViolation();
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary profile; the OS cleans /tmp eventually
    }
  }
}
