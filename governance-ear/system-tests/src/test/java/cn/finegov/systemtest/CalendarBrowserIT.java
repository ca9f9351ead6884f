package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The working-day calendar screen in headless Chromium, as the system administrator: a month of a
 * region's calendar, editing a day and seeing it change, the calculator with its explanation, and a
 * year file with errors reported line by line. Each test works in a region of its own.
 */
class CalendarBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  private static void openOctober2026(String region) {
    String path = "/kernel/calendar/days.xhtml?year=2026&month=10&region=" + region;
    BROWSER.open(path);
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);
    BROWSER.find(By.cssSelector(".page-title"));
    if (!BROWSER.driver().getCurrentUrl().contains("region=")) {
      BROWSER.open(path);
    }
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("month-title"), "2026年10月"));
  }

  /**
   * Closes the date picker the start field opened, so that it covers no button. The picker ignores
   * outside clicks for a moment after it opened, so a click that comes too early is repeated.
   */
  private static void closeDatePicker() {
    By picker = By.cssSelector(".ui-datepicker-calendar");
    for (int attempt = 0; attempt < 5; attempt++) {
      if (BROWSER.driver().findElements(picker).stream().noneMatch(WebElement::isDisplayed)) {
        return;
      }
      BROWSER.find(By.cssSelector(".page-title")).click();
      try {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(3))
            .until(ExpectedConditions.invisibilityOfElementLocated(picker));
        return;
      } catch (TimeoutException stillOpen) {
        // The click fell into the picker's opening moment: click outside again.
      }
    }
    throw new AssertionError("the date picker does not close");
  }

  private static WebElement cell(String date) {
    return BROWSER.find(By.cssSelector("td[data-date='" + date + "']"));
  }

  @Test
  void theAdministratorEditsADayAndSeesItChange() {
    String region = Codes.unique("CALB");
    openOctober2026(region);

    assertThat(BROWSER.text(By.id("shown-region"))).contains(region);
    assertThat(cell("2026-10-01").getAttribute("data-type")).isEqualTo("HOLIDAY");
    assertThat(cell("2026-10-01").getText()).contains("国庆节");
    assertThat(cell("2026-10-10").getAttribute("data-type")).isEqualTo("ADJUSTED_WORKDAY");
    assertThat(cell("2026-10-08").getAttribute("data-type")).isEqualTo("WORKDAY");
    BROWSER.screenshot("calendar-month");

    cell("2026-10-08").findElement(By.cssSelector("a.cal-pick")).click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("edit-date"), "2026-10-08"));
    BROWSER.choose("editor:type", "节假日");
    BROWSER.byId("editor:name").sendKeys("地方纪念日");
    BROWSER.byId("editor:nameEn").sendKeys("Local Memorial Day");
    BROWSER.byId("editor:save").click();

    BROWSER.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector("td[data-date='2026-10-08']"), "data-type", "HOLIDAY"));
    assertThat(cell("2026-10-08").getText()).contains("地方纪念日", "节假日");
    assertThat(cell("2026-10-08").getAttribute("class")).contains("cal-regional");
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "已设为"));
    assertThat(BROWSER.text(By.id("special:table"))).contains("地方纪念日", "地区调整");
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/days/2026-10-08?region=" + region)
                .json()
                .getString("name"))
        .isEqualTo("地方纪念日");
    assertThat(Api.as("sysadmin").get("/calendar/days/2026-10-08").json().getString("type"))
        .as("the national calendar is untouched")
        .isEqualTo("WORKDAY");
    BROWSER.screenshot("calendar-edited");

    // The start field last: its date picker opens over the fields below it.
    WebElement regionField = BROWSER.byId("calc:region");
    regionField.sendKeys(region);
    WebElement days = BROWSER.byId("calc:days_input");
    days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");
    WebElement start = BROWSER.byId("calc:start_input");
    start.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-09-28", Keys.ESCAPE);
    closeDatePicker();
    assertThat(regionField.getAttribute("value")).isEqualTo(region);
    BROWSER.byId("calc:compute").click();

    BROWSER.until(ExpectedConditions.visibilityOfElementLocated(By.id("calc-explanation")));
    assertThat(BROWSER.text(By.id("calc-due"))).isEqualTo("2026-11-02");
    assertThat(BROWSER.text(By.id("calc-explanation")))
        .isEqualTo(
            "自2026-09-28起20个工作日（截止2026-11-02）：按地区日历"
                + region
                + "，跳过10-01至10-07国庆节，跳过10-08地方纪念日，计入调休工作日10-10");
    BROWSER.screenshot("calendar-calculator");
  }

  @Test
  void theCalculatorShowsWhyInputIsRefused() {
    openOctober2026(Codes.unique("CALB"));

    BROWSER.byId("calc:region").sendKeys("不是代码");
    BROWSER.byId("calc:compute").click();

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("calc:messages"), "地区代码"));
    assertThat(BROWSER.driver().findElements(By.id("calc-explanation"))).isEmpty();
  }

  @Test
  void aYearFileWithErrorsIsReportedLineByLine() throws Exception {
    String region = Codes.unique("CALB");
    openOctober2026(region);
    Path file = Files.createTempFile("calendar-", ".csv");
    Files.writeString(
        file,
        "date,type,name\n2031-05-01,HOLIDAY,劳动节\n2031-05-06,ADJUSTED_WORKDAY,周二\n2031-13-01,HOLIDAY,x\n",
        StandardCharsets.UTF_8);

    BROWSER
        .driver()
        .findElement(By.cssSelector("[id='upload'] input[type='file']"))
        .sendKeys(file.toString());

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("upload:report"), "第 3 行"));
    String report = BROWSER.text(By.id("upload:report"));
    assertThat(report).contains("2 处错误", "第 3 行", "星期二", "第 4 行", "2031-13-01");
    assertThat(
            Api.as("sysadmin")
                .get("/calendar/days?year=2031&region=" + region)
                .json()
                .getBoolean("arranged"))
        .isFalse();
    BROWSER.screenshot("calendar-upload-errors");
  }
}
