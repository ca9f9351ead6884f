package cn.finegov.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver, fully offline (Selenium
 * Manager never runs). Register as a JUnit extension to get a screenshot in {@code
 * target/screenshots} of every failed test.
 */
public final class Browser implements AfterEachCallback, AfterAllCallback, AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final Path profile;
  private final ChromeDriver driver;

  public Browser() {
    try {
      profile = Files.createTempDirectory("governance-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1440,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the web application, e.g. {@code /kernel/admin/units.xhtml}. */
  public void open(String path) {
    driver.get(Api.server() + "/governance" + path);
  }

  public WebElement find(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * The text of the visible element, read again when an AJAX update replaced the element between
   * its lookup and the read (a stale reference; {@code find(by).getText()} would fail then).
   */
  public String text(By by) {
    return until(
        d -> {
          WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
          return element == null ? null : element.getText();
        });
  }

  /**
   * Clicks an element that an AJAX update may replace just then (a filter's delayed request) or
   * that something covers (the fixed top bar): the click is tried again on the new element, or once
   * the element is scrolled to the middle of the window.
   */
  public void click(By by) {
    until(
        d -> {
          WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
          if (element == null) {
            return false;
          }
          try {
            element.click();
            return true;
          } catch (StaleElementReferenceException replaced) {
            return false;
          } catch (ElementClickInterceptedException covered) {
            // Under the fixed top bar or a closing overlay: bring it to the middle, try again.
            ((JavascriptExecutor) d)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            return false;
          }
        });
  }

  /**
   * Clicks a point of an element, given as an offset from its centre, until {@code effect} holds
   * (checked for 5 s after each click, three clicks at most). The element is first brought to the
   * middle of the window, so that the point is never under the fixed top bar. A click that had no
   * effect prints what was under the point, for the failure's diagnosis.
   */
  public void clickPoint(
      WebElement element,
      int xOffset,
      int yOffset,
      org.openqa.selenium.support.ui.ExpectedCondition<Boolean> effect) {
    for (int attempt = 1; ; attempt++) {
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      new Actions(driver).moveToElement(element, xOffset, yOffset).click().perform();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(effect);
        return;
      } catch (TimeoutException missed) {
        Object under =
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var r = arguments[0].getBoundingClientRect();"
                        + " var e = document.elementFromPoint(r.left + r.width / 2 + arguments[1],"
                        + " r.top + r.height / 2 + arguments[2]);"
                        + " return e ? e.tagName + '#' + e.id + '.' + e.className : 'nothing';",
                    element,
                    xOffset,
                    yOffset);
        System.err.println(
            "Click "
                + attempt
                + " at "
                + xOffset
                + ","
                + yOffset
                + " had no effect; under it: "
                + under);
        if (attempt == 3) {
          throw missed;
        }
      }
    }
  }

  /** The element with this JSF client id ({@code form:field}). */
  public WebElement byId(String clientId) {
    return find(By.id(clientId));
  }

  /**
   * Waits up to 30 s for the condition; an element that an AJAX update replaced while the condition
   * looked at it is looked up again at the next try (Chromium reports that as a stale reference or,
   * when the node went between the lookup and the read, as an inspector error).
   */
  public <T> T until(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              try {
                return condition.apply(d);
              } catch (WebDriverException e) {
                if (e instanceof StaleElementReferenceException || !replacedMeanwhile(e)) {
                  throw e;
                }
                return null;
              }
            });
  }

  /** Chromium's inspector error for a node that left the document while it was read. */
  static boolean replacedMeanwhile(WebDriverException e) {
    return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
  }

  /** Signs in through the login page. */
  public void signIn(String username, String password) {
    if (!driver.getCurrentUrl().contains("/login.xhtml")) {
      open("/login.xhtml");
    }
    byId("login:username").clear();
    byId("login:username").sendKeys(username);
    byId("login:password").sendKeys(password);
    WebElement page = driver.findElement(By.tagName("html"));
    byId("login:submit").click();
    // The form posts the whole page: wait until it is replaced, so that a page opened next is
    // not overtaken by the redirect that ends the sign-in. (Chromium reports the replaced page
    // either as stale or as a node that no longer belongs to the document.)
    until(
        d -> {
          try {
            page.isEnabled();
            return false;
          } catch (WebDriverException replaced) {
            return true;
          }
        });
  }

  /**
   * Clicks a download button and waits until Chromium has written {@code fileName} completely into
   * a directory of its own.
   */
  public Path download(WebElement button, String fileName) {
    try {
      Path directory = Files.createTempDirectory("downloads-");
      ((ChromeDriver) driver)
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", directory.toString()));
      button.click();
      Path file = directory.resolve(fileName);
      until(d -> Files.isRegularFile(file) && !partial(directory));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean partial(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Puts a day into a PrimeFaces date picker's field without opening its calendar: typed keys can
   * open the overlay, which then keeps the focus and swallows what is typed into the next field.
   */
  public void typeDate(String pickerId, java.time.LocalDate day) {
    WebElement input = byId(pickerId + "_input");
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", input, day.toString());
  }

  /**
   * Picks an option of a PrimeFaces select menu and waits until the menu shows it (a click while
   * the panel is still opening can miss, so it is tried up to three times).
   */
  public void choose(String menuId, String label) {
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    By shown = By.id(menuId + "_label");
    for (int attempt = 0; attempt < 3; attempt++) {
      byId(menuId).click();
      until(
          d ->
              Boolean.TRUE.equals(
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "var p = $(PrimeFaces.escapeClientId(arguments[0]));"
                              + " return p.is(':visible') && !p.is(':animated');",
                          menuId + "_panel")));
      try {
        until(ExpectedConditions.elementToBeClickable(item)).click();
        until(ExpectedConditions.textToBe(shown, label));
        return;
      } catch (WebDriverException missed) {
        // The panel moved or closed under the click: try again.
      }
    }
    throw new AssertionError("the menu " + menuId + " does not show " + label);
  }

  /** Waits until no PrimeFaces AJAX request is under way. */
  public void ajaxDone() {
    until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  public void screenshot(String name) {
    try {
      Path directory =
          Path.of(System.getProperty("governance.test.screenshots", "target/screenshots"));
      Files.createDirectories(directory);
      Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      System.err.println("No screenshot " + name + ": " + e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      screenshot(
          context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A left-over temporary profile does no harm.
    }
  }
}
