package cn.finegov.systemtest.grid;

import static cn.finegov.systemtest.grid.GridCases.CITY_MANAGEMENT;
import static cn.finegov.systemtest.grid.GridCases.dispatchedToHandler;
import static cn.finegov.systemtest.grid.GridCases.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case screens in headless Chromium with the demo users: a grid worker reports a street lamp on
 * the report form with a click on the map; the supervision centre's clerk files it from the inbox
 * (bulk), the dispatcher dispatches it from the inbox (bulk, to 滨江区城管局); the handler signs, starts
 * and reports back on the case screen; the grid worker verifies and closes it. A return with
 * arbitration (a plain re-dispatch to the unit that returned it is refused in the dialog) and a
 * rework (no reason: refused; with a reason: back to the unit, which starts again). Each user sees
 * only the buttons of the steps he may take, and the timeline records every step.
 */
class GridCaseBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  private static final By GROWL = By.id("growl_container");
  private static final By STATE = By.id("case-state");

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void aStreetLampGoesFromTheMapToClosedThroughTheScreens() {
    // The grid worker reports it on the form, the place picked on the map.
    as("gridworker", "/grid/report.xhtml");
    BROWSER.find(By.cssSelector("#reportMap.case-map-ready"));
    BROWSER.choose("report:category", "C0109 公用设施 / 路灯");
    BROWSER.byId("report:description").sendKeys("路灯不亮，浏览器测试");
    BROWSER.byId("report:address").sendKeys("望江路18号旁");
    BROWSER.clickPoint(
        BROWSER.byId("reportMap"),
        -60 + (int) (System.nanoTime() % 20),
        -30,
        d -> !BROWSER.byId("report:latitude").getAttribute("value").isBlank());
    double latitude = Double.parseDouble(BROWSER.byId("report:latitude").getAttribute("value"));
    double longitude = Double.parseDouble(BROWSER.byId("report:longitude").getAttribute("value"));
    assertThat(latitude).isBetween(30.20, 30.35);
    assertThat(longitude).isBetween(120.05, 120.25);
    assertThat(BROWSER.byId("reportMap").getAttribute("data-picked")).isNotBlank();
    BROWSER.byId("report:submit").click();
    String done = BROWSER.text(By.id("report-done"));
    String number = done.replaceAll(".*?([0-9]{6}-20[0-9]{2}-[0-9]+).*", "$1");
    assertThat(number).matches("[0-9]{6}-20[0-9]{2}-[0-9]{6,}");
    JsonObject stored = Api.as("gridworker").get("/grid/cases/" + number).json();
    assertThat(stored.getJsonObject("summary").getString("category")).isEqualTo("C0109");
    assertThat(stored.getJsonObject("summary").getJsonNumber("latitude").doubleValue())
        .isCloseTo(latitude, org.assertj.core.data.Offset.offset(0.000002));
    BROWSER.screenshot("grid-case-reported");
    BROWSER.byId("done:open").click();
    assertState("已上报");
    assertThat(BROWSER.text(By.id("case-deadline-explanation"))).contains("工作");
    assertThat(actions()).as("the reporter of a case that is not simple takes no step").isEmpty();
    assertThat(BROWSER.text(By.id("actions:no-steps"))).isEqualTo("当前没有您可以办理的操作。");
    assertThat(BROWSER.driver().findElements(By.cssSelector(".attachment-panel"))).hasSize(2);

    // The clerk files it from his inbox.
    as("clerk", "/grid/inbox.xhtml");
    findInInbox(number);
    selectRow(number);
    BROWSER.byId("inbox:bulkFile").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("inbox:messages"), "立案：办理1件，未办理0件。"));
    assertThat(GridCases.state(Api.as("clerk").get("/grid/cases/" + number).json()))
        .isEqualTo("FILED");
    openCase(number);
    assertState("已立案");
    assertThat(actions()).as("the clerk may merge, never dispatch").doesNotContain("DISPATCH");
    assertThat(BROWSER.driver().findElements(By.id("actions:supervise"))).isEmpty();

    // The dispatcher dispatches it from his inbox to the city management bureau.
    as("dispatcher", "/grid/inbox.xhtml");
    assertThat(BROWSER.driver().findElements(By.id("inbox:bulkFile"))).isEmpty();
    findInInbox(number);
    selectRow(number);
    pickUnit("inbox:bulkUnit", CITY_MANAGEMENT);
    BROWSER.byId("inbox:bulkDispatch").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("inbox:messages"), "派遣：办理1件，未办理0件。"));
    openCase(number);
    assertState("已派遣");
    assertThat(BROWSER.text(By.id("case-unit"))).contains("城市管理局");
    assertThat(actions()).doesNotContain("SIGN", "FILE");

    // The handler signs, starts and reports back.
    as("handler", "/grid/case.xhtml?number=" + number);
    assertState("已派遣");
    assertThat(actions()).containsExactlyInAnyOrder("SIGN", "RETURN");
    take("SIGN", "已签收");
    assertThat(actions()).containsExactlyInAnyOrder("RETURN", "START");
    take("START", "处置中");
    assertThat(actions()).containsExactlyInAnyOrder("REQUEST_POSTPONEMENT", "REPORT_BACK");
    take("REPORT_BACK", "已反馈");
    assertThat(actions()).isEmpty();

    // The grid worker verifies on site and closes it.
    as("gridworker", "/grid/case.xhtml?number=" + number);
    assertThat(actions()).containsExactly("START_VERIFICATION");
    take("START_VERIFICATION", "核查中");
    assertThat(actions()).containsExactlyInAnyOrder("CLOSE", "SEND_BACK");
    take("CLOSE", "已结案");
    assertThat(actions()).isEmpty();
    assertThat(BROWSER.find(By.id("case-no-deadline")).isDisplayed()).isTrue();
    assertThat(timeline())
        .containsExactly(
            null,
            "FILE",
            "DISPATCH",
            "SIGN",
            "START",
            "REPORT_BACK",
            "START_VERIFICATION",
            "CLOSE");
    assertThat(BROWSER.text(By.id("timeline")))
        .contains("上报", "立案", "派遣", "签收", "开始处置", "处置反馈", "开始核查", "核查通过并结案", "clerk", "handler");
    BROWSER.screenshot("grid-case-closed");
  }

  @Test
  void aReturnedCaseIsArbitratedOnScreenAfterAPlainReDispatchIsRefused() {
    String number = dispatchedToHandler();

    as("handler", "/grid/case.xhtml?number=" + number);
    dialog("RETURN");
    BROWSER.byId("step:reason").sendKeys("该路灯属供电公司维护，非本局管辖");
    BROWSER.byId("step:confirm").click();
    // The case left the handler's unit: he is taken back to his inbox with the outcome.
    BROWSER.until(ExpectedConditions.urlContains("/grid/inbox.xhtml"));
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "已回退"));
    assertThat(GridCases.state(Api.as("dispatcher").get("/grid/cases/" + number).json()))
        .isEqualTo("RETURNED");

    as("dispatcher", "/grid/case.xhtml?number=" + number);
    assertThat(actions()).containsExactlyInAnyOrder("DISPATCH", "ARBITRATE");
    dialog("DISPATCH");
    assertThat(BROWSER.driver().findElements(By.id("step:reason"))).isEmpty();
    pickUnit("step:unit", CITY_MANAGEMENT);
    BROWSER.byId("step:confirm").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("step:messages"), "仲裁派遣"));
    assertThat(GridCases.state(Api.as("dispatcher").get("/grid/cases/" + number).json()))
        .isEqualTo("RETURNED");
    BROWSER.find(By.cssSelector("[id='stepDialogPanel'] .ui-dialog-titlebar-close")).click();
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialogPanel")));

    dialog("ARBITRATE");
    pickUnit("step:unit", CITY_MANAGEMENT);
    BROWSER.byId("step:reason").sendKeys("路灯由城管局统一管养，仲裁由其处置");
    BROWSER.byId("step:confirm").click();
    assertState("已派遣");
    assertThat(BROWSER.text(By.id("case-summary"))).contains("回退1次");
    assertThat(timeline()).endsWith("RETURN", "ARBITRATE");
    assertThat(BROWSER.text(By.id("timeline"))).contains("该路灯属供电公司维护，非本局管辖", "路灯由城管局统一管养，仲裁由其处置");

    as("handler", "/grid/case.xhtml?number=" + number);
    assertThat(actions()).containsExactlyInAnyOrder("SIGN", "RETURN");
  }

  @Test
  void aFailedVerificationNeedsAReasonAndSendsTheCaseBackForRework() {
    String number = dispatchedToHandler();
    step("handler", number, "SIGN");
    step("handler", number, "START");
    step("handler", number, "REPORT_BACK");

    as("gridworker", "/grid/case.xhtml?number=" + number);
    take("START_VERIFICATION", "核查中");
    dialog("SEND_BACK");
    BROWSER.byId("step:confirm").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("step:messages"), "需要填写理由"));
    assertThat(GridCases.state(Api.as("gridworker").get("/grid/cases/" + number).json()))
        .isEqualTo("VERIFYING");
    BROWSER.byId("step:reason").sendKeys("复核时路灯仍不亮");
    BROWSER.byId("step:confirm").click();
    assertState("返工");
    assertThat(actions()).isEmpty();

    as("handler", "/grid/case.xhtml?number=" + number);
    assertThat(actions()).containsExactly("START");
    take("START", "处置中");
    assertThat(BROWSER.text(By.id("case-summary"))).contains("返工1次");
    assertThat(timeline()).endsWith("START_VERIFICATION", "SEND_BACK", "START");
    assertThat(BROWSER.text(By.id("timeline"))).contains("复核时路灯仍不亮");
  }

  @Test
  void theInboxExportsTheFilteredCasesAndTheExportIsAudited() throws Exception {
    String number = GridCases.reportAs("gridworker");
    as("clerk", "/grid/inbox.xhtml");
    findInInbox(number);
    Path file = BROWSER.download(BROWSER.byId("inbox:export"), "cases.xlsx");
    assertThat(workbookText(file)).contains("案件编号", "环节时限", number, "已上报");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        Api.as("auditadmin")
                            .get("/audit?actor=clerk&entityType=GridCase&action=EXPORT")
                            .body())
                    .contains(number, "\\\"entries\\\":1"));
  }

  /** Every text of a workbook's parts (cells, shared strings), for assertions. */
  private static String workbookText(Path file) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    // Characters may be written as numeric references (&#26696;).
    return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);")
        .matcher(text)
        .replaceAll(
            m ->
                new String(
                    Character.toChars(
                        Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
  }

  // --- helpers ------------------------------------------------------------------------------

  /** Signs in as {@code user} (signing out whoever was in) and opens {@code path}. */
  private static void as(String user, String path) {
    BROWSER.driver().manage().deleteAllCookies();
    BROWSER.open(path);
    BROWSER.signIn(user, Api.DEMO_PASSWORD);
    BROWSER.find(By.cssSelector(".page-title"));
    if (!BROWSER.driver().getCurrentUrl().endsWith(path)) {
      BROWSER.open(path);
      BROWSER.find(By.cssSelector(".page-title"));
    }
  }

  private static void openCase(String number) {
    BROWSER.open("/grid/case.xhtml?number=" + number);
    BROWSER.find(STATE);
  }

  private static void assertState(String label) {
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(STATE, label));
  }

  /** The steps the screen offers (their action names). */
  private static List<String> actions() {
    BROWSER.find(By.id("case-actions"));
    return BROWSER
        .driver()
        .findElements(By.cssSelector("#case-actions button[data-action]"))
        .stream()
        .map(b -> b.getAttribute("data-action"))
        .toList();
  }

  /** The timeline's actions, oldest first ({@code null} for the report). */
  private static List<String> timeline() {
    return BROWSER.driver().findElements(By.cssSelector("[id='timeline'] .case-step")).stream()
        .map(
            e -> {
              String action = e.getAttribute("data-action");
              return action == null || action.isBlank() ? null : action;
            })
        .toList();
  }

  /** Takes a step without input and waits for the case to show its new state. */
  private static void take(String action, String stateLabel) {
    BROWSER.find(By.cssSelector("#case-actions button[data-action='" + action + "']")).click();
    assertState(stateLabel);
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, stateLabel));
  }

  /** Opens the dialog of a step that needs input. */
  private static void dialog(String action) {
    BROWSER.find(By.cssSelector("#case-actions button[data-action='" + action + "']")).click();
    BROWSER.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialogPanel")));
    BROWSER.until(ExpectedConditions.visibilityOfElementLocated(By.id("step:confirm")));
    BROWSER.ajaxDone();
  }

  private static void pickUnit(String autoCompleteId, String code) {
    BROWSER.byId(autoCompleteId + "_input").clear();
    BROWSER.byId(autoCompleteId + "_input").sendKeys(code);
    BROWSER
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//li[contains(@class,'ui-autocomplete-item') and contains(.,'("
                        + code
                        + ")')]")))
        .click();
    BROWSER.ajaxDone();
  }

  /** Filters the inbox by the case number and waits for its row. */
  private static void findInInbox(String number) {
    BROWSER.byId("inbox:number").clear();
    BROWSER.byId("inbox:number").sendKeys(number);
    BROWSER.byId("inbox:search").click();
    BROWSER.find(By.cssSelector("[id='inbox:table'] tr[data-rk='" + number + "']"));
    BROWSER.ajaxDone();
  }

  private static void selectRow(String number) {
    BROWSER
        .find(
            By.cssSelector(
                "[id='inbox:table'] tr[data-rk='"
                    + number
                    + "'] .ui-selection-column .ui-chkbox-box"))
        .click();
    BROWSER.until(
        ExpectedConditions.attributeContains(
            By.cssSelector("[id='inbox:table'] tr[data-rk='" + number + "']"),
            "class",
            "ui-state-highlight"));
  }
}
