package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.simulators.egov.DirectoryFile;
import cn.finegov.systemtest.Api.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operators' screens in headless Chromium: directory sync with a manual upload, dead letters
 * (inspect, replay), routes, switching a module, and the audit log.
 */
class IntegrationBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void aDirectoryFileUploadedOnScreenIsImported() throws Exception {
    String code = Codes.unique("SC");
    Path file = Files.createTempFile("directory-", ".csv");
    Files.write(
        file,
        new DirectoryFile()
            .unit(code, "界面上传的部门", null, "部门", "990100", 80, "正常")
            .bytes(StandardCharsets.UTF_8));
    BROWSER.open("/egov/orgsync.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);

    BROWSER.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "已接收"));
    BROWSER.until(d -> Api.as("sysadmin").get("/org/units/by-code/" + code).status() == 200);
    // The upload's own update may already list the file: the refresh then replaces the table while
    // it is read, so the row is looked for in one condition that looks the table up again each
    // time.
    BROWSER.click(By.id("imports:refresh"));
    BROWSER.ajaxDone();
    By row =
        By.xpath("//*[@id='imports:table']//tr[td[contains(., '" + file.getFileName() + "')]]");
    BROWSER.until(d -> d.findElement(row).getText().contains("手工提交"));
    BROWSER.screenshot("directory-sync");
  }

  @Test
  void aDeadLetterIsInspectedAndReplayedOnScreen() {
    String parent = Codes.unique("PS");
    String child = Codes.unique("CS");
    String fileName = "screen-orphan-" + Codes.unique("") + ".csv";
    Reply upload =
        Api.as("sysadmin")
            .postBytes(
                "/egov/orgsync/files?name=" + fileName,
                "text/csv",
                new DirectoryFile()
                    .unit(child, "等待上级的部门", null, "部门", parent, 1, "正常")
                    .bytes(StandardCharsets.UTF_8));
    assertThat(upload.status()).isEqualTo(202);
    BROWSER.until(
        d ->
            Api.as("sysadmin").get("/integration/dead-letters?q=" + fileName).json().getInt("total")
                == 1);
    BROWSER.open("/integration/dead-letters.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);

    Api.as("sysadmin")
        .post(
            "/org/units",
            Api.json(
                "code",
                parent,
                "name",
                "补建的上级部门",
                "type",
                "DEPARTMENT",
                "parentId",
                OrganisationApiIT.idOf("990100")));
    WebElement row = BROWSER.find(By.xpath("//tr[td[contains(., '" + fileName + "')]]"));
    assertThat(row.getText()).contains("上级单位 " + parent + " 不存在").contains("第 2 行");
    row.findElement(By.cssSelector("button[title='查看']")).click();
    BROWSER.until(ExpectedConditions.visibilityOfElementLocated(By.id("dead-letter-body")));
    assertThat(BROWSER.text(By.id("dead-letter-body"))).contains("等待上级的部门");
    BROWSER.screenshot("dead-letter");

    BROWSER.find(By.xpath("//form[@id='detail']//button[.//span[text()='重新投递']]")).click();

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "已重新投递"));
    BROWSER.until(d -> Api.as("sysadmin").get("/org/units/by-code/" + child).status() == 200);
  }

  @Test
  void theRoutesScreenShowsTheRunningRoutesWithTheirCounters() {
    BROWSER.open("/integration/routes.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);

    String table = BROWSER.text(By.id("routes:table"));
    assertThat(table)
        .contains("egov-orgsync-file", "egov-orgsync-intake", "egov-orgsync-parse", "Started");
    assertThat(BROWSER.text(By.cssSelector(".page-subtitle"))).contains("Started");
  }

  @Test
  void aModuleSwitchedOffOnScreenLeavesTheMenu() {
    BROWSER.open("/kernel/admin/modules.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);
    try {
      BROWSER.until(ExpectedConditions.elementToBeClickable(moduleButton("egov", "off"))).click();
      BROWSER.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      BROWSER.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "已停用模块"));
      BROWSER.open("/kernel/admin/modules.xhtml");
      assertThat(BROWSER.text(By.id("menuForm:menu"))).doesNotContain("组织机构同步");
      assertThat(BROWSER.text(By.id("state-egov"))).isEqualTo("已停用");

      BROWSER.until(ExpectedConditions.elementToBeClickable(moduleButton("egov", "on"))).click();
      BROWSER.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "已启用模块"));
      BROWSER.open("/kernel/admin/modules.xhtml");
      assertThat(BROWSER.text(By.id("menuForm:menu"))).contains("组织机构同步");
    } finally {
      Api.as("sysadmin").put("/modules/egov", Api.json("enabled", true));
    }
  }

  /** The on or off button in the row of a module (rows move when modules are added). */
  private static By moduleButton(String key, String action) {
    return By.xpath(
        "//tr[.//span[@id='state-"
            + key
            + "']]//button[substring(@id, string-length(@id) - "
            + action.length()
            + ") = ':"
            + action
            + "']");
  }

  @Test
  void theAuditAdministratorSearchesTheAuditLog() {
    String code = Accounts.newUnit("AU", "审计查询部门", "DEPARTMENT", "990100");
    long id =
        Api.as("sysadmin").get("/org/units/by-code/" + code).json().getJsonNumber("id").longValue();
    BROWSER.open("/kernel/audit/entries.xhtml");
    BROWSER.signIn("auditadmin", Api.DEMO_PASSWORD);

    BROWSER.byId("audit:entityType").sendKeys("OrgUnit");
    BROWSER.byId("audit:entityId").sendKeys(String.valueOf(id));
    BROWSER.byId("audit:search").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "CREATE"));
    BROWSER.find(By.cssSelector("#audit\\:table .ui-row-toggler")).click();

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "审计查询部门"));
    assertThat(BROWSER.text(By.id("audit:table"))).contains("sysadmin", "990100-ZW");
    BROWSER.screenshot("audit-log");
  }
}
