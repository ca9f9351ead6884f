package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The audit administrator's screen in headless Chromium: verify the chain now, search by actor and
 * time, open an entry's values, export the result to Excel.
 */
class AuditBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theAuditAdministratorVerifiesTheChainOnScreen() {
    BROWSER.open("/kernel/audit/entries.xhtml");
    BROWSER.signIn("auditadmin", Api.DEMO_PASSWORD);

    BROWSER.byId("chain:verify").click();

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "校验完成"));
    assertThat(BROWSER.text(By.id("chain-outcome-text"))).startsWith("哈希链完整");
    assertThat(BROWSER.text(By.id("chain:history"))).contains("auditadmin", "手动");
    assertThat(BROWSER.text(By.id("chain-unsealed"))).matches("\\d+");
    BROWSER.screenshot("audit-chain");
  }

  @Test
  void theAuditAdministratorSearchesByActorAndTimeAndExports() throws Exception {
    String code = Accounts.newUnit("AB", "审计界面部门{code}", "DEPARTMENT", "990100");
    String name = "审计界面部门" + code;
    LocalDateTime since = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10);
    BROWSER.open("/kernel/audit/entries.xhtml");
    BROWSER.signIn("auditadmin", Api.DEMO_PASSWORD);

    BROWSER.byId("audit:actor").sendKeys("sysadmin");
    BROWSER.byId("audit:entityType").sendKeys("OrgUnit");
    // The date goes last: the picker may take the focus back while its panel closes, and keys
    // typed into another field meanwhile would land in the date instead.
    WebElement from = BROWSER.byId("audit:from_input");
    from.sendKeys(since.format(MINUTE));
    from.sendKeys(Keys.ESCAPE);
    assertThat(BROWSER.byId("audit:entityType").getAttribute("value")).isEqualTo("OrgUnit");
    BROWSER.byId("audit:search").click();
    BROWSER.ajaxDone();

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "CREATE"));
    String table = BROWSER.text(By.id("audit:table"));
    assertThat(table).contains("sysadmin", "王建国", "OrgUnit").doesNotContain("auditadmin");
    BROWSER.find(By.cssSelector("#audit\\:table .ui-row-toggler")).click();
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), name));
    BROWSER.screenshot("audit-search");

    Path file = BROWSER.download(BROWSER.byId("audit:export"), "audit.xlsx");
    String sheet = Workbooks.text(file);
    assertThat(sheet).contains("sysadmin", code, "CREATE").doesNotContain("auditadmin");

    // The export is itself audited: who took it, with which filter, how many entries.
    JsonObject exports =
        Api.as("auditadmin")
            .get("/audit?actor=auditadmin&entityType=AuditLog&action=EXPORT")
            .json();
    assertThat(exports.getJsonArray("items").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            entry -> {
              assertThat(entry.getString("before")).contains("OrgUnit", "sysadmin");
              assertThat(entry.getString("after")).contains("\"entries\"");
            });
  }
}
