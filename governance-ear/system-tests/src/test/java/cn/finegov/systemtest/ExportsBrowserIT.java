package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The exports screen in headless Chromium: each reader sees the downloads his permissions allow,
 * and a download is a real Excel workbook, sent as such, with what was just created in it.
 */
class ExportsBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theSystemAdministratorDownloadsTheOrganisationWithANewUnitInIt() throws Exception {
    String code = Accounts.newUnit("EX", "导出测试科{code}", "DEPARTMENT", "990102");
    BROWSER.open("/kernel/exports.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);

    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("数据导出");
    assertThat(offered()).contains("organisation.xlsx").doesNotContain("users.xlsx", "roles.xlsx");
    assertThat(row("organisation.xlsx").getText()).contains("组织机构", "organisation.xlsx", "下载");
    BROWSER.screenshot("exports-sysadmin");

    Map<?, ?> answer = fetchDownload("organisation.xlsx");
    assertThat(answer.get("status")).isEqualTo(200L);
    assertThat((String) answer.get("type")).startsWith(XLSX);
    assertThat((String) answer.get("disposition")).contains("organisation.xlsx");
    assertThat(answer.get("head")).isEqualTo("PK");

    String sheet = Workbooks.text(download("organisation.xlsx"));
    assertThat(sheet).contains(code, "导出测试科" + code, "990102");
  }

  @Test
  void theSecurityAdministratorDownloadsUsersAndRolesWithTheNewOnesInThem() throws Exception {
    String person = Accounts.ready("exui", "990102", "OBSERVER");
    String role = "EX_" + Codes.unique("R").replace('-', '_');
    Reply roleCreated =
        Api.as("secadmin")
            .post(
                "/roles",
                "{\"code\":\""
                    + role
                    + "\",\"nameZh\":\"导出角色"
                    + role
                    + "\",\"nameEn\":\"Export role\",\"permissions\":[\"kernel.org.read\"]}");
    assertThat(roleCreated.status()).as(roleCreated.toString()).isEqualTo(201);
    try {
      BROWSER.open("/kernel/exports.xhtml");
      BROWSER.signIn("secadmin", Api.DEMO_PASSWORD);

      assertThat(offered()).contains("organisation.xlsx", "users.xlsx", "roles.xlsx");
      assertThat(row("users.xlsx").getText()).contains("用户账号", "users.xlsx");
      assertThat(row("roles.xlsx").getText()).contains("角色权限对照表", "roles.xlsx");
      BROWSER.screenshot("exports-secadmin");

      assertThat(Workbooks.text(download("users.xlsx"))).contains(person, "990102");
      assertThat(Workbooks.text(download("roles.xlsx")))
          .contains("导出角色" + role, "kernel.org.read", "kernel.roles.manage");
      assertThat((String) fetchDownload("roles.xlsx").get("type")).startsWith(XLSX);
    } finally {
      Api.as("secadmin").delete("/roles/" + role);
    }
  }

  /** The file names the exports table offers. */
  private static List<String> offered() {
    BROWSER.find(By.id("exports:table"));
    return BROWSER
        .driver()
        .findElements(By.cssSelector("[id='exports:table_data'] > tr span.mono"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The row of an export, found by the file it offers. */
  private static WebElement row(String fileName) {
    return BROWSER.find(
        By.xpath(
            "//tr[.//span[contains(@class,'mono') and normalize-space()='" + fileName + "']]"));
  }

  /** Clicks an export's download button and waits for the file. */
  private static Path download(String fileName) {
    return BROWSER.download(
        row(fileName).findElement(By.cssSelector("button[id$=':download']")), fileName);
  }

  /**
   * Posts the export's form from the page, as its download button does, with the page's session,
   * and reports what the server answered: status, Content-Type, Content-Disposition and the first
   * two bytes.
   */
  private static Map<?, ?> fetchDownload(String fileName) {
    String button =
        row(fileName).findElement(By.cssSelector("button[id$=':download']")).getAttribute("name");
    Object answer =
        ((JavascriptExecutor) BROWSER.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "var form = document.getElementById('exports');"
                    + "var data = new URLSearchParams(new FormData(form));"
                    + "data.append(arguments[0], '');"
                    + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                    + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                    + "  var bytes = new Uint8Array(b.slice(0, 2));"
                    + "  done({status: r.status, type: r.headers.get('Content-Type'),"
                    + "        disposition: r.headers.get('Content-Disposition'),"
                    + "        head: String.fromCharCode(bytes[0], bytes[1])}); }); })"
                    + ".catch(function (e) { done({error: String(e)}); });",
                button);
    assertThat(answer).isInstanceOf(Map.class);
    return (Map<?, ?>) answer;
  }
}
