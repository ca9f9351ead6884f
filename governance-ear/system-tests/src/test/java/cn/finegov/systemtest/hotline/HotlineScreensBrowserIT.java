package cn.finegov.systemtest.hotline;

import static cn.finegov.systemtest.hotline.HotlineTicketApiIT.MANUAL_CATEGORY;
import static cn.finegov.systemtest.hotline.HotlineTicketApiIT.awaitListed;
import static cn.finegov.systemtest.hotline.HotlineTicketApiIT.masked;
import static cn.finegov.systemtest.hotline.HotlineTicketApiIT.newPhone;
import static cn.finegov.systemtest.hotline.HotlineTicketApiIT.operator;
import static cn.finegov.systemtest.hotline.HotlineTicketApiIT.push;
import static cn.finegov.systemtest.hotline.HotlineTicketApiIT.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import cn.finegov.systemtest.Codes;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hotline screens in headless Chromium: an operator finds a pushed ticket by its number, opens
 * it, sees the caller's number masked and the whole number only in the dialog (audited), and routes
 * it to an immediate task of the planning module led by a street (the ticket shows the task, signed
 * for, and its link opens the task with the request but without the caller); the system
 * administrator edits a line of the category mapping in the table (a wrong case category is refused
 * with a message and the row stays open; the right one is saved).
 */
class HotlineScreensBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  /** 望江街道 of the demo city: leads the immediate task. */
  private static final String DEMO_STREET = "990102001";

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theOperatorFindsATicketSeesTheNumberMaskedAndRevealsIt() throws Exception {
    String phone = newPhone();
    String no = push(ticket(MANUAL_CATEGORY, "ZX", "孙小美", phone, false, false, null));
    awaitListed(no);

    BROWSER.open("/hotline/tickets.xhtml");
    BROWSER.signIn(operator(), Accounts.PASSWORD);
    BROWSER.open("/hotline/tickets.xhtml");
    BROWSER.byId("tickets:number").sendKeys(no);
    BROWSER.click(By.id("tickets:search"));
    By rows = By.cssSelector("[id='tickets:table_data'] > tr:not(.ui-datatable-empty-message)");
    BROWSER.until(d -> d.findElements(rows).size() == 1);
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(rows, no));
    WebElement row = BROWSER.find(rows);
    assertThat(row.getText()).contains(masked(phone)).doesNotContain(phone).contains("待分办");
    assertThat(BROWSER.driver().getPageSource()).doesNotContain(phone);
    BROWSER.screenshot("hotline-tickets");

    // The download of the filtered list carries the masked number only; it is audited.
    Path file = BROWSER.download(BROWSER.byId("tickets:export"), "hotline-tickets.xlsx");
    assertThat(workbookText(file)).contains(no, masked(phone), "待分办").doesNotContain(phone);
    Reply exports =
        Api.as("auditadmin")
            .get("/audit?actor=" + operator() + "&entityType=HotlineTicket&action=EXPORT");
    assertThat(exports.body()).as(exports.toString()).contains(no).doesNotContain(phone);

    BROWSER.click(By.linkText(no));
    BROWSER.until(ExpectedConditions.textToBe(By.id("ticket-no"), no));
    assertThat(BROWSER.text(By.id("ticket-phone"))).isEqualTo(masked(phone));
    assertThat(BROWSER.text(By.id("ticket-caller"))).isEqualTo("孙*美");
    assertThat(BROWSER.text(By.id("ticket-state"))).contains("待分办");
    assertThat(BROWSER.driver().getPageSource()).doesNotContain(phone);
    assertThat(BROWSER.driver().findElements(By.id("actions:makeCase"))).hasSize(1);

    BROWSER.click(By.id("phoneForm:reveal"));
    BROWSER.click(By.id("revealForm:show"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("revealedPhone"), phone));
    assertThat(BROWSER.text(By.id("revealedName"))).isEqualTo("孙小美");
    BROWSER.screenshot("hotline-ticket-revealed");
    BROWSER.click(By.id("revealForm:close"));
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("revealDialogPanel")));
    assertThat(BROWSER.driver().findElements(By.id("revealedPhone"))).isEmpty();

    Reply audit =
        Api.as("auditadmin")
            .get("/audit?entityType=HotlineTicket&entityId=" + no + "&action=VIEW_PHONE&max=10");
    assertThat(audit.json().getInt("total")).as(audit.toString()).isEqualTo(1);
    assertThat(audit.body()).doesNotContain(phone);

    BROWSER.click(By.id("actions:routeToTask"));
    BROWSER.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskForm:taskUnit")));
    BROWSER.byId("taskForm:taskUnit").sendKeys(DEMO_STREET);
    BROWSER.click(By.id("taskForm:confirm"));
    BROWSER.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-task")));
    String task = BROWSER.text(By.id("ticket-task"));
    assertThat(task).matches("\\d{4}-\\d{6,}");
    assertThat(BROWSER.text(By.id("ticket-state"))).contains("已签收");
    assertThat(BROWSER.driver().findElements(By.id("actions:routeToTask"))).isEmpty();
    BROWSER.screenshot("hotline-ticket-task");
    BROWSER.click(By.linkText(task));
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), task));
    assertThat(BROWSER.text(By.tagName("body"))).contains("12345 " + no, "望江街道");
    assertThat(BROWSER.driver().getPageSource()).doesNotContain(phone).doesNotContain("孙小美");
  }

  /** Every text of a workbook's parts (cells, shared strings), character references decoded. */
  private static String workbookText(Path file) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return Pattern.compile("&#x([0-9a-fA-F]+);")
        .matcher(text)
        .replaceAll(
            m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
  }

  @Test
  void theAdministratorEditsAMappingLineAWrongCaseCategoryIsRefused() {
    String code = "B" + Codes.unique("").replace("-", "");
    Reply created =
        Api.as("sysadmin")
            .put("/hotline/mappings/" + code, Api.json("name", "界面测试分类", "disposition", "MANUAL"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    BROWSER.open("/hotline/mapping.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);
    BROWSER.open("/hotline/mapping.xhtml");
    BROWSER.byId("mapping:filterText").sendKeys(code);
    By rows = By.cssSelector("[id='mapping:table_data'] > tr:not(.ui-datatable-empty-message)");
    BROWSER.until(d -> d.findElements(rows).size() == 1);
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(rows, code));
    BROWSER.ajaxDone();

    BROWSER.click(By.cssSelector("[id='mapping:table_data'] > tr a.ui-row-editor-pencil"));
    BROWSER.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("mapping:table:0:gridCategory")));
    BROWSER.choose("mapping:table:0:disposition", "转为案件");
    BROWSER.byId("mapping:table:0:gridCategory").clear();
    BROWSER.byId("mapping:table:0:gridCategory").sendKeys("X9999");
    BROWSER.click(By.cssSelector("[id='mapping:table_data'] > tr a.ui-row-editor-check"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("mapping:messages"), "X9999"));
    BROWSER.ajaxDone();
    JsonObject stored = Api.as("sysadmin").get("/hotline/mappings/" + code).json();
    assertThat(stored.getString("disposition")).as("nothing stored").isEqualTo("MANUAL");
    assertThat(BROWSER.find(By.id("mapping:table:0:gridCategory")).isDisplayed())
        .as("the row stays open")
        .isTrue();
    BROWSER.screenshot("hotline-mapping-refused");

    BROWSER.byId("mapping:table:0:gridCategory").clear();
    BROWSER.byId("mapping:table:0:gridCategory").sendKeys("C0109");
    BROWSER.click(By.cssSelector("[id='mapping:table_data'] > tr a.ui-row-editor-check"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("mapping:messages"), "已保存"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[id='mapping:table_data'] .mapping-grid-category"), "C0109"));
    JsonObject saved = Api.as("sysadmin").get("/hotline/mappings/" + code).json();
    assertThat(saved.getString("disposition")).isEqualTo("CASE");
    assertThat(saved.getString("gridCategory")).isEqualTo("C0109");
    assertThat(saved.getString("updatedBy")).isEqualTo("sysadmin");
    BROWSER.screenshot("hotline-mapping-saved");
  }
}
