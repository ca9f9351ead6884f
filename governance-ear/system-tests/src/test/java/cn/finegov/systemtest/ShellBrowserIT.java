package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person does in the shell, in headless Chromium: sign in, menu, language, organisation
 * tree, users.
 */
class ShellBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void aWrongPasswordShowsAClearMessage() {
    BROWSER.open("/");
    BROWSER.signIn("sysadmin", "wrong-password");

    WebElement message =
        BROWSER.find(By.cssSelector("[id='login:messages'] .ui-messages-error-summary"));
    assertThat(message.getText()).isEqualTo("用户名或密码错误，或账号已停用。");
    assertThat(BROWSER.driver().getCurrentUrl()).contains("/login.xhtml");
  }

  @Test
  void signingInShowsTheMenuOfTheInstalledModulesAndIsAudited() {
    BROWSER.open("/");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);

    BROWSER.find(By.cssSelector(".page-title"));
    assertThat(BROWSER.driver().getTitle()).startsWith("工作台");
    assertThat(menuText())
        .contains("基础管理", "组织机构", "模块管理", "系统集成", "集成路由", "死信队列", "政务平台对接", "组织机构同步")
        .doesNotContain("用户管理", "审计日志");
    assertThat(BROWSER.text(By.id("current-user"))).contains("王建国");
    assertThat(BROWSER.text(By.id("widget-kernel-organisation"))).contains("个在用单位");
    BROWSER.screenshot("dashboard-sysadmin");
    JsonObject audit = Api.as("auditadmin").get("/audit?action=LOGIN&actor=sysadmin").json();
    assertThat(audit.getInt("total")).isPositive();
  }

  @Test
  void theMenuFollowsTheRoles() {
    BROWSER.open("/");
    BROWSER.signIn("auditadmin", Api.DEMO_PASSWORD);

    BROWSER.find(By.cssSelector(".page-title"));
    assertThat(menuText()).contains("审计日志").doesNotContain("组织机构同步", "用户管理", "模块管理");
  }

  @Test
  void theLanguageSwitchesToEnglishAndBack() {
    BROWSER.open("/");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);
    BROWSER.find(By.cssSelector(".page-title"));

    BROWSER.byId("topbar:lang-en").click();
    BROWSER.until(ExpectedConditions.titleContains("Dashboard"));
    assertThat(menuText()).contains("Organisation", "Directory sync", "Dead letters");
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("Dashboard");
    BROWSER.screenshot("dashboard-english");

    BROWSER.byId("topbar:lang-zh").click();
    BROWSER.until(ExpectedConditions.titleContains("工作台"));
    assertThat(menuText()).contains("组织机构");
  }

  @Test
  void aProtectedScreenSendsToTheLoginPageAndBackAfterSigningIn() {
    BROWSER.open("/kernel/admin/units.xhtml");
    BROWSER.until(ExpectedConditions.urlContains("/login.xhtml"));

    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);

    BROWSER.until(ExpectedConditions.urlContains("/kernel/admin/units.xhtml"));
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("组织机构");
  }

  @Test
  void aUnitEditedInTheOrganisationTreeIsSaved() {
    String code = Accounts.newUnit("UI", "界面测试部门", "DEPARTMENT", "990102");
    BROWSER.open("/kernel/admin/units.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);

    pickUnit(code);
    WebElement name = BROWSER.byId("editor:name");
    assertThat(name.getAttribute("value")).isEqualTo("界面测试部门");
    name.clear();
    name.sendKeys("界面测试部门（已改名）");
    BROWSER.byId("editor:save").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "已保存单位"));

    BROWSER.open("/kernel/admin/units.xhtml");
    pickUnit(code);
    assertThat(BROWSER.byId("editor:name").getAttribute("value")).isEqualTo("界面测试部门（已改名）");
    assertThat(BROWSER.text(By.cssSelector("[data-code='" + code + "']"))).contains("已改名");
    BROWSER.screenshot("organisation-tree");
    assertThat(Api.as("sysadmin").get("/org/units/by-code/" + code).json().getString("name"))
        .isEqualTo("界面测试部门（已改名）");
  }

  @Test
  void anInvalidChangeOnScreenShowsTheReasonAndSavesNothing() {
    BROWSER.open("/kernel/admin/units.xhtml");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);
    pickUnit("990102001");

    BROWSER.byId("editor:name").clear();
    BROWSER.byId("editor:save").click();

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "名称"));
    assertThat(BROWSER.text(By.id("growl_container"))).contains("必填");
    assertThat(Api.as("sysadmin").get("/org/units/by-code/990102001").json().getString("name"))
        .isEqualTo("滨江区望江街道办事处");
  }

  @Test
  void theSecurityAdministratorCreatesAUserWithUnitAndRoles() {
    String username = "ui" + Codes.unique("").toLowerCase();
    BROWSER.open("/kernel/admin/users.xhtml");
    BROWSER.signIn("secadmin", Api.DEMO_PASSWORD);

    BROWSER.byId("users:new").click();
    BROWSER.byId("dialog:username").sendKeys(username);
    BROWSER.byId("dialog:displayName").sendKeys("界面新用户");
    BROWSER.byId("dialog:unit_input").sendKeys("望江社区");
    BROWSER.find(By.cssSelector("li.ui-autocomplete-item")).click();
    BROWSER.find(By.xpath("//label[text()='网格员']")).click();
    BROWSER.byId("dialog:initialPassword").sendKeys("Grid#Worker9");
    BROWSER.click(By.id("dialog:save"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), username));

    JsonObject user =
        Api.as("secadmin")
            .get("/users?q=" + username)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(user.getString("displayName")).isEqualTo("界面新用户");
    assertThat(user.getString("unitCode")).isEqualTo("990102001001");
    assertThat(user.getJsonArray("roles").getString(0)).isEqualTo("GRID_WORKER");
    assertThat(Api.withPassword(username, "Grid#Worker9").get("/me").status()).isEqualTo(200);
  }

  @Test
  void signingOutEndsTheSession() {
    BROWSER.open("/");
    BROWSER.signIn("observer", Api.DEMO_PASSWORD);
    BROWSER.find(By.cssSelector(".page-title"));

    BROWSER.byId("topbar:logout").click();
    BROWSER.until(ExpectedConditions.urlContains("/login.xhtml"));
    BROWSER.open("/index.xhtml");

    BROWSER.until(ExpectedConditions.urlContains("/login.xhtml"));
  }

  private static String menuText() {
    return BROWSER.text(By.id("menuForm:menu"));
  }

  private static void pickUnit(String code) {
    WebElement search = BROWSER.byId("tree:search_input");
    search.sendKeys(code);
    BROWSER.find(By.cssSelector("li.ui-autocomplete-item")).click();
    BROWSER.until(ExpectedConditions.attributeToBe(By.id("editor:code"), "value", code));
  }
}
