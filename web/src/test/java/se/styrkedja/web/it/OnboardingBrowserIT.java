package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The issue's story in a real browser: the operator onboards a municipality through the web app and
 * links its own identity provider (a second Keycloak realm acting as the municipality's IdP); the
 * municipality's admin signs in there, is brokered into Styrkedja, lands in the new municipality
 * and builds its first unit on the Organisation page. axe-core checks every page on the way;
 * Keycloak's own pages with the same excusal as {@link BrowserIT}.
 */
class OnboardingBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final Set<Axe.Known> KEYCLOAK_THEME_KNOWN = Browser.KEYCLOAK_THEME_KNOWN;

  private Browser browser;
  private WebDriver driver;
  private WebDriverWait wait;

  @RegisterExtension
  final TestExecutionExceptionHandler dumpOnFailure =
      (context, failure) -> {
        dump("FAILED-" + context.getRequiredTestMethod().getName());
        throw failure;
      };

  @BeforeEach
  void openBrowser() throws IOException {
    TestSystem.get();
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
    }
  }

  @Test
  void theOperatorOnboardsAMunicipalityWhoseAdminSignsInThroughItsOwnIdpAndBuildsAUnit() {
    TestSystem system = TestSystem.get();
    String slug = "ystad-" + UUID.randomUUID().toString().substring(0, 6);
    String name = "Ystads kommun " + slug.substring(6);
    String code = String.valueOf(3000 + (int) (System.nanoTime() % 1000));
    String email = "it-chef@" + slug + ".example.org";
    String idpRealm = "idp-" + slug;
    String secret = UUID.randomUUID().toString();
    // The municipality's own identity provider, with its admin's account.
    Keycloaks.createMunicipalityIdp(idpRealm, slug, secret, "kerstin.ek", email);

    // The operator signs in and finds the municipalities in the menu.
    driver.get(system.appUrl().toString());
    signInWithPassword("operator");
    waitForText(By.id("nav-tenants"), "Kommuner");
    click(By.id("nav-tenants"));
    waitForText(By.cssSelector("main h1"), "Kommuner på plattformen");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tenant-table")));
    Axe.check(driver, "tenants (sv, operator)");

    // A mistake first: the form says what is wrong, next to the field.
    click(By.id("tenant-new"));
    type(By.id("tenant-form-name"), name);
    type(By.id("tenant-form-slug"), slug);
    type(By.id("tenant-form-municipalityCode"), "12");
    type(By.id("tenant-form-adminEmail"), email);
    click(By.id("tenant-form-save"));
    waitForText(By.id("tenant-form-municipalityCode-error"), "Kommunkod ska vara fyra siffror.");
    Axe.check(driver, "tenant form with an error (sv)");
    type(By.id("tenant-form-municipalityCode"), code);
    click(By.id("tenant-form-save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tenants-status"), name + " har skapats"));
    waitForText(By.id("tenant-status-" + slug), "Införs");

    // Its own sign-in, linked through the form.
    click(By.id("tenant-idp-" + slug));
    new Select(driver.findElement(By.id("idp-form-type"))).selectByValue("oidc");
    type(
        By.id("idp-form-discoveryUrl"),
        system.keycloakUrl() + "realms/" + idpRealm + "/.well-known/openid-configuration");
    type(By.id("idp-form-clientId"), "styrkedja-broker");
    type(By.id("idp-form-clientSecret"), secret);
    Axe.check(driver, "identity provider form (sv)");
    click(By.id("idp-form-save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tenants-status"), "Inloggningen för " + name + " är kopplad."));
    String statusLine = text(By.id("tenants-status"));
    click(By.id("tenant-activate-" + slug));
    waitForText(By.id("tenant-status-" + slug), "Aktiv");
    Axe.check(driver, "tenants after onboarding (sv)");
    click(By.id("logout"));

    // The municipality's admin follows the staff's sign-in link the operator was shown: straight
    // to the municipality's own identity provider, then brokered back and linked by e-mail.
    String link = statusLine.replaceAll("(?s).*(http\\S+).*", "$1");
    assertEquals(system.appUrl() + "?idp=" + slug, link);
    String login = system.keycloakUrl() + "realms/styrkedja/";
    wait.until(d -> d.getCurrentUrl().startsWith(login));
    driver.get(link + "#/organisation");
    String idpLogin = system.keycloakUrl() + "realms/" + idpRealm + "/";
    wait.until(d -> d.getCurrentUrl().startsWith(idpLogin));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    Axe.check(driver, "the municipality's own login page", KEYCLOAK_THEME_KNOWN);
    type(By.id("username"), "kerstin.ek");
    type(By.id("password"), "kerstin.ek");
    click(By.id("kc-login"));
    completeProfileIfAsked();
    wait.until(d -> d.getCurrentUrl().startsWith(system.appUrl().toString()));

    waitForText(By.id("tenant-name"), name);
    waitForText(By.cssSelector("main h1"), "Organisation");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("org-empty")));
    Axe.check(driver, "organisation of the new municipality, empty (sv, admin)");

    click(By.id("org-new"));
    new Select(driver.findElement(By.id("unit-type"))).selectByValue("ADMINISTRATION");
    type(By.id("unit-name"), "Barn- och utbildningsförvaltningen");
    click(By.id("unit-save"));
    waitForText(By.id("org-status"), "Enheten ”Barn- och utbildningsförvaltningen” skapades.");
    assertTrue(text(By.cssSelector("main")).contains("Barn- och utbildningsförvaltningen"));
    Axe.check(driver, "organisation with its first unit (sv, admin)");

    // The admin is not the operator: no municipalities in the menu.
    assertTrue(driver.findElements(By.id("nav-tenants")).isEmpty());
    assertEquals("active", Api.as("operator").get("tenants/" + slug).body().get("status").asText());
  }

  /** Keycloak may ask the brokered user to confirm their profile on the very first sign-in. */
  private void completeProfileIfAsked() {
    String app = TestSystem.get().appUrl().toString();
    wait.until(
        d -> d.getCurrentUrl().startsWith(app) || !d.findElements(By.id("firstName")).isEmpty());
    if (!driver.getCurrentUrl().startsWith(app)) {
      Axe.check(driver, "Keycloak profile (sv)", KEYCLOAK_THEME_KNOWN);
      click(By.cssSelector("input[type=submit], button[type=submit]"));
    }
  }

  private void signInWithPassword(String username) {
    String login = TestSystem.get().keycloakUrl() + "realms/styrkedja/";
    wait.until(d -> d.getCurrentUrl().startsWith(login));
    Axe.check(driver, "Keycloak login (sv)", KEYCLOAK_THEME_KNOWN);
    type(By.id("username"), username);
    click(By.id("kc-login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(username);
    click(By.id("kc-login"));
    wait.until(d -> d.getCurrentUrl().startsWith(TestSystem.get().appUrl().toString()));
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

  private void dump(String name) {
    if (browser != null) {
      browser.dump(
          Path.of(System.getProperty("styrkedja.root", ".."))
              .toAbsolutePath()
              .normalize()
              .resolve("web/target/screenshots"),
          name);
    }
  }
}
