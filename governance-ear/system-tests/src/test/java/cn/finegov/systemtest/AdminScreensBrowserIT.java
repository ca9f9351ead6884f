package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrators' screens in headless Chromium: roles (the security administrator makes, edits
 * and deletes a role; the separation of duties refuses a mixed one; the system administrator is
 * refused the page), API keys (issued on screen, the secret shown once, working until revoked on
 * screen), settings (a policy value changed on screen takes effect, an out-of-range value is
 * refused and stores nothing, reset brings the default back) and the delivery monitor (a notice
 * sent on screen fails against a dead mail server, shows up with its reason under the filter, and
 * is delivered after a retry on screen once the server is up).
 */
class AdminScreensBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  private static final By GROWL = By.id("growl_container");

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  // ---- roles ------------------------------------------------------------------------------

  @Test
  void theSecurityAdministratorCreatesEditsAndDeletesARoleOnScreen() {
    String code = "UI_" + Codes.unique("R").replace('-', '_');
    BROWSER.open("/kernel/admin/roles.xhtml");
    BROWSER.signIn("secadmin", Api.DEMO_PASSWORD);
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("角色权限");
    assertThat(BROWSER.text(By.id("roles:table"))).contains("SECURITY_ADMIN", "内置");

    BROWSER.byId("actions:new").click();
    dialogShown("roleDialog");
    type("dialog:code", code);
    type("dialog:nameZh", "界面角色" + code);
    type("dialog:nameEn", "Screen role " + code);
    type("dialog:description", "浏览器测试建立的角色");
    tick("dialog", "kernel.org.read", true);
    BROWSER.byId("dialog:save").click();

    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "已保存角色 " + code));
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("roleDialogPanel")));
    BROWSER.until(ExpectedConditions.textToBe(By.id("count-" + code), "1"));
    assertThat(rolePermissions(code)).containsExactly("kernel.org.read");
    assertThat(Api.as("secadmin").get("/roles/" + code).json().getString("nameZh"))
        .isEqualTo("界面角色" + code);

    // A business permission more: saved, the count follows.
    roleButton(code, "edit").click();
    dialogShown("roleDialog");
    assertThat(BROWSER.byId("dialog:code").getAttribute("value")).isEqualTo(code);
    assertThat(checkbox("dialog", "kernel.org.read").isSelected()).isTrue();
    tick("dialog", "kernel.lineage.read", true);
    BROWSER.byId("dialog:save").click();
    BROWSER.until(ExpectedConditions.textToBe(By.id("count-" + code), "2"));
    assertThat(rolePermissions(code))
        .containsExactlyInAnyOrder("kernel.org.read", "kernel.lineage.read");
    BROWSER.screenshot("roles");

    // System and security duties in one role: refused in the dialog, nothing stored.
    roleButton(code, "edit").click();
    dialogShown("roleDialog");
    tick("dialog", "kernel.org.manage", true);
    tick("dialog", "kernel.users.manage", true);
    BROWSER.byId("dialog:save").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("dialog:messages"), "三员分立"));
    assertThat(BROWSER.text(By.id("dialog:messages"))).contains("系统管理", "安全管理");
    assertThat(BROWSER.find(By.id("roleDialogPanel")).isDisplayed()).isTrue();
    BROWSER.screenshot("roles-separation-refused");
    assertThat(rolePermissions(code))
        .containsExactlyInAnyOrder("kernel.org.read", "kernel.lineage.read");
    BROWSER.find(By.cssSelector("[id='roleDialogPanel'] .ui-dialog-titlebar-close")).click();
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("roleDialogPanel")));

    // Deleted after confirming.
    roleButton(code, "delete").click();
    confirm();
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "已删除角色 " + code));
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("count-" + code)));
    assertThat(Api.as("secadmin").get("/roles/" + code).status()).isEqualTo(404);
  }

  @Test
  void theSystemAdministratorIsRefusedTheRolesAndKeysScreens() {
    BROWSER.open("/");
    BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);
    BROWSER.find(By.cssSelector(".page-title"));
    assertThat(BROWSER.text(By.id("menuForm:menu")))
        .doesNotContain("角色权限", "接口密钥")
        .contains("参数设置", "消息投递监控", "数据导出");

    for (String screen : List.of("/kernel/admin/roles.xhtml", "/kernel/admin/api-keys.xhtml")) {
      BROWSER.open(screen);
      assertThat(BROWSER.text(By.cssSelector(".error-code"))).as(screen).isEqualTo("403");
      assertThat(BROWSER.text(By.cssSelector(".error-text"))).isEqualTo("您没有权限访问该页面。");
      assertThat(BROWSER.driver().getPageSource()).doesNotContain("roles:table", "keys:table");
    }
    BROWSER.screenshot("roles-refused");
    assertThat(
            Api.as("sysadmin")
                .post(
                    "/roles",
                    Api.json("code", "UI_NOT_ALLOWED", "nameZh", "越权", "nameEn", "Not allowed"))
                .status())
        .isEqualTo(403);
  }

  // ---- API keys ---------------------------------------------------------------------------

  @Test
  void aKeyIssuedOnScreenIsShownOnceWorksAndStopsWorkingWhenRevokedOnScreen() {
    String system = "界面系统" + Codes.unique("K");
    long streetA = Accounts.unitId("990102001");
    long streetB = Accounts.unitId("990102002");
    BROWSER.open("/kernel/admin/api-keys.xhtml");
    BROWSER.signIn("secadmin", Api.DEMO_PASSWORD);
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("接口密钥");

    BROWSER.byId("actions:new").click();
    dialogShown("keyDialog");
    assertThat(
            BROWSER
                .driver()
                .findElements(By.cssSelector("[id='dialog'] input[value='kernel.users.manage']")))
        .as("security permissions are not offered")
        .isEmpty();
    type("dialog:systemName", system);
    BROWSER.byId("dialog:issue").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("dialog:messages"), "权限: 必填"));

    type("dialog:description", "浏览器测试签发");
    BROWSER.byId("dialog:unit_input").sendKeys("990102001");
    BROWSER
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//li[contains(@class,'ui-autocomplete-item') and contains(.,'(990102001)')]")))
        .click();
    tick("dialog", "kernel.org.read", true);
    BROWSER.byId("dialog:issue").click();

    dialogShown("secretDialog");
    WebElement shown = BROWSER.find(By.id("issued-secret"));
    BROWSER.until(d -> shown.getText().startsWith("fgk_"));
    String secret = shown.getText().strip();
    String prefix = secret.substring(4, 14);
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            GROWL, "已为 " + system + " 签发密钥 " + prefix));
    BROWSER.screenshot("api-keys-secret");
    BROWSER.byId("secret:close").click();
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretDialogPanel")));
    assertThat(BROWSER.driver().getPageSource()).doesNotContain(secret);
    assertThat(BROWSER.text(By.id("state-" + prefix))).isEqualTo("有效");
    assertThat(keyRow(prefix).getText()).contains(system, "滨江区望江街道办事处", "kernel.org.read");

    // The key works within its unit and permission.
    Api external = Api.withApiKey(secret);
    assertThat(external.get("/org/units/" + streetA).status()).isEqualTo(200);
    assertThat(external.get("/org/units/" + streetB).status()).isEqualTo(404);
    assertThat(external.get("/users").status()).isEqualTo(403);

    BROWSER.driver().navigate().refresh();
    assertThat(BROWSER.driver().getPageSource()).doesNotContain(secret);
    keyButton(prefix, "revoke").click();
    confirm();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            GROWL, "已吊销 " + system + " 的密钥 " + prefix));
    BROWSER.until(ExpectedConditions.textToBe(By.id("state-" + prefix), "已吊销"));
    assertThat(keyRow(prefix).findElements(By.cssSelector("button[id$=':revoke']"))).isEmpty();
    BROWSER.screenshot("api-keys-revoked");

    Reply refused = external.get("/org/units/" + streetA);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().getString("code")).isEqualTo("error.bad-api-key");
    JsonObject listed =
        Api.as("secadmin").get("/api-keys").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(k -> k.getString("prefix").equals(prefix))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getBoolean("usable")).isFalse();
    assertThat(listed.toString()).doesNotContain(secret.substring(15));
  }

  // ---- settings ---------------------------------------------------------------------------

  @Test
  void aPolicySettingChangedOnScreenTakesEffectAndABadValueIsRefused() {
    String key = "security.password.min-length";
    String auditQuery = "/audit?entityType=Setting&entityId=kernel." + key;
    try {
      long audited = auditTotal(auditQuery);
      BROWSER.open("/kernel/admin/settings.xhtml");
      BROWSER.signIn("secadmin", Api.DEMO_PASSWORD);
      assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("参数设置");
      assertThat(BROWSER.byId("settings:module_label").getText()).isEqualTo("基础管理");
      assertThat(settingRow(key).getText()).contains("密码最小长度", "8–64");
      assertThat(BROWSER.driver().findElements(settingRowLocator("notifications.mail.host")))
          .as("the system administrator's settings are not listed")
          .isEmpty();

      setOnScreen(key, "10");
      BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "已保存参数 " + key));
      BROWSER.until(d -> settingRow(key).getText().contains("界面修改"));
      assertThat(settingRow(key).getText()).contains("secadmin");
      JsonObject stored = setting(key);
      assertThat(stored.getString("value")).isEqualTo("10");
      assertThat(stored.getString("origin")).isEqualTo("SCREEN");
      assertThat(auditTotal(auditQuery)).isEqualTo(audited + 1);

      setOnScreen(key, "7");
      BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "值: 7 超出允许范围 8–64"));
      BROWSER.screenshot("settings-refused");
      assertThat(setting(key).getString("value")).isEqualTo("10");
      assertThat(auditTotal(auditQuery)).isEqualTo(audited + 1);

      // The password page states the new policy.
      BROWSER.open("/kernel/account/password.xhtml");
      assertThat(BROWSER.text(By.id("policy-hint"))).startsWith("密码至少 10 位");

      BROWSER.open("/kernel/admin/settings.xhtml");
      assertThat(settingValue(key).getAttribute("value")).isEqualTo("10");
      settingRow(key).findElement(By.cssSelector("button[id$=':reset']")).click();
      BROWSER.until(
          ExpectedConditions.textToBePresentInElementLocated(GROWL, "参数 " + key + " 已恢复为配置或默认值"));
      BROWSER.until(d -> settingRow(key).getText().contains("默认值"));
      assertThat(settingValue(key).getAttribute("value")).isEqualTo("8");
      assertThat(settingRow(key).findElements(By.cssSelector("button[id$=':reset']"))).isEmpty();
      BROWSER.screenshot("settings");
      assertThat(setting(key).getString("origin")).isEqualTo("DEFAULT");
      assertThat(auditTotal(auditQuery)).isEqualTo(audited + 2);
      BROWSER.open("/kernel/account/password.xhtml");
      assertThat(BROWSER.text(By.id("policy-hint"))).startsWith("密码至少 8 位");
    } finally {
      Api.as("secadmin").delete("/settings/kernel/" + key);
    }
  }

  // ---- delivery monitor ---------------------------------------------------------------------

  @Test
  void aFailedDeliveryIsShownWithItsReasonAndDeliveredAfterARetryOnScreen() throws Exception {
    int port = TestEnvironment.freePort();
    List<String> keys =
        List.of(
            "notifications.mail.enabled",
            "notifications.mail.host",
            "notifications.mail.port",
            "notifications.delivery.max-attempts");
    GreenMail mail = null;
    try {
      Api.as("sysadmin").kernelSetting("notifications.mail.enabled", "true");
      Api.as("sysadmin").kernelSetting("notifications.mail.host", "127.0.0.1");
      Api.as("sysadmin").kernelSetting("notifications.mail.port", String.valueOf(port));
      Api.as("sysadmin").kernelSetting("notifications.delivery.max-attempts", "1");
      String person = Accounts.ready("dlvui", "990102", "OBSERVER");
      Reply chosen =
          Accounts.as(person)
              .put(
                  "/notifications/preferences",
                  "{\"email\":\""
                      + person
                      + "@jiangcheng.test\",\"channels\":{\"kernel.notice\":[\"IN_APP\",\"EMAIL\"]}}");
      assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
      String subject = "界面投递 " + Codes.unique("D");

      BROWSER.open("/kernel/admin/deliveries.xhtml");
      BROWSER.signIn("sysadmin", Api.DEMO_PASSWORD);
      assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("消息投递监控");
      BROWSER.byId("actions:notice").click();
      dialogShown("noticeDialog");
      type("notice:usernames", person);
      type("notice:subject", subject);
      type("notice:body", "请核对邮件服务器。");
      BROWSER.byId("notice:send").click();
      BROWSER.until(
          ExpectedConditions.textToBePresentInElementLocated(GROWL, "已发送给 1 人，外部投递 1 条。"));
      BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("noticeDialogPanel")));

      // Only the failed one of this person: it fails at its only attempt.
      BROWSER.choose("deliveries:status", "失败");
      type("deliveries:recipient", person);
      String failed = searchUntil(text -> text.contains(subject), Duration.ofSeconds(90));
      assertThat(failed).contains(person, "电子邮件", "失败");
      assertThat(rows()).hasSize(1);
      String reason = BROWSER.text(By.cssSelector("[id='deliveries:table'] .delivery-reason"));
      assertThat(reason).containsIgnoringCase("connect").doesNotContain(person + "@");
      assertThat(BROWSER.text(By.id("count-FAILED"))).matches("失败 [1-9][0-9]*");
      BROWSER.screenshot("deliveries-failed");
      JsonObject delivery =
          Api.as("sysadmin")
              .get("/notifications/deliveries?status=FAILED&channel=EMAIL&recipient=" + person)
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      long id = delivery.getJsonNumber("id").longValue();
      assertThat(delivery.getString("subject")).isEqualTo(subject);
      assertThat(delivery.getInt("attempts")).isEqualTo(1);

      // Other filters leave it out.
      BROWSER.choose("deliveries:status", "已送达");
      searchUntil(text -> text.contains("没有符合条件的记录"), Duration.ofSeconds(30));
      assertThat(rows()).isEmpty();

      // The server comes up; a retry on screen delivers it.
      mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      BROWSER.choose("deliveries:status", "失败");
      searchUntil(text -> text.contains(subject), Duration.ofSeconds(30));
      // The actions are the last of twelve columns: the table scrolls sideways to them.
      WebElement retry =
          BROWSER.find(By.cssSelector("[id='deliveries:table'] button[id$=':retry']"));
      script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", retry);
      BROWSER.until(ExpectedConditions.elementToBeClickable(retry)).click();
      BROWSER.until(
          ExpectedConditions.textToBePresentInElementLocated(GROWL, "投递 " + id + " 将立即重试"));
      BROWSER.choose("deliveries:status", "已送达");
      String sent = searchUntil(text -> text.contains(subject), Duration.ofSeconds(90));
      assertThat(sent).contains(person, "已送达");
      assertThat(
              BROWSER
                  .driver()
                  .findElements(By.cssSelector("[id='deliveries:table'] button[id$=':retry']")))
          .isEmpty();
      BROWSER.screenshot("deliveries");
      GreenMail server = mail;
      assertThat(
              Arrays.stream(server.getReceivedMessages())
                  .anyMatch(
                      m -> {
                        try {
                          return subject.equals(m.getSubject());
                        } catch (jakarta.mail.MessagingException e) {
                          return false;
                        }
                      }))
          .isTrue();
      JsonObject after = Api.as("sysadmin").get("/notifications/deliveries/" + id).json();
      assertThat(after.getString("status")).isEqualTo("SENT");
      assertThat(after.getInt("attempts")).isEqualTo(2);
    } finally {
      for (String key : keys) {
        Api.as("sysadmin").delete("/settings/kernel/" + key);
      }
      if (mail != null) {
        mail.stop();
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) BROWSER.driver()).executeScript(code, arguments);
  }

  /** Waits until a dialog is open and no longer moving. */
  private static void dialogShown(String widgetVar) {
    BROWSER.until(
        d ->
            Boolean.TRUE.equals(
                script(
                    "var w = PF(arguments[0]);"
                        + " return !!w && w.isVisible() && !w.jq.is(':animated');",
                    widgetVar)));
  }

  private static void type(String clientId, String text) {
    WebElement field = BROWSER.byId(clientId);
    field.clear();
    field.sendKeys(text);
  }

  /** The (hidden) checkbox input with this value inside a form. */
  private static WebElement checkbox(String form, String value) {
    return BROWSER
        .driver()
        .findElement(
            By.cssSelector("[id='" + form + "'] input[type='checkbox'][value='" + value + "']"));
  }

  /** Ticks or unticks a PrimeFaces checkbox through its label, as a person does. */
  private static void tick(String form, String value, boolean on) {
    WebElement box = checkbox(form, value);
    if (box.isSelected() != on) {
      BROWSER.find(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
    }
    BROWSER.until(d -> checkbox(form, value).isSelected() == on);
  }

  /** Answers "yes" in the global confirmation dialog. */
  private static void confirm() {
    BROWSER
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
  }

  private static List<String> rolePermissions(String code) {
    return Api.as("secadmin").get("/roles/" + code).json().getJsonArray("permissions").stream()
        .map(v -> ((JsonString) v).getString())
        .toList();
  }

  private static WebElement roleButton(String code, String button) {
    return BROWSER.until(
        ExpectedConditions.elementToBeClickable(
            By.xpath(
                "//tr[.//span[@id='count-"
                    + code
                    + "']]//button[contains(@id,':"
                    + button
                    + "')]")));
  }

  private static WebElement keyRow(String prefix) {
    return BROWSER.find(By.xpath("//tr[.//span[@id='state-" + prefix + "']]"));
  }

  private static WebElement keyButton(String prefix, String button) {
    return BROWSER.until(
        ExpectedConditions.elementToBeClickable(
            By.xpath(
                "//tr[.//span[@id='state-"
                    + prefix
                    + "']]//button[contains(@id,':"
                    + button
                    + "')]")));
  }

  /** The settings table's row of a setting, found by the key it shows under its name. */
  private static By settingRowLocator(String key) {
    return By.xpath("//tr[.//div[contains(@class,'mono') and normalize-space()='" + key + "']]");
  }

  private static WebElement settingRow(String key) {
    return BROWSER.find(settingRowLocator(key));
  }

  private static WebElement settingValue(String key) {
    return settingRow(key).findElement(By.cssSelector("input[id$=':value']"));
  }

  /** Types a value into a setting's row and saves that row. */
  private static void setOnScreen(String key, String value) {
    WebElement field = settingValue(key);
    field.clear();
    field.sendKeys(value);
    settingRow(key).findElement(By.cssSelector("button[id$=':save']")).click();
    BROWSER.ajaxDone();
  }

  private static JsonObject setting(String key) {
    return Api.as("secadmin").get("/settings/kernel").jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static long auditTotal(String query) {
    return Api.as("auditadmin").get(query).json().getJsonNumber("total").longValue();
  }

  /** The data rows the delivery table shows (none when it shows its empty message). */
  private static List<WebElement> rows() {
    return BROWSER
        .driver()
        .findElements(
            By.cssSelector("[id='deliveries:table_data'] > tr:not(.ui-datatable-empty-message)"));
  }

  /**
   * Searches the deliveries again and again until the table shows what is expected (deliveries are
   * made in the background).
   *
   * @return the table's text
   */
  private static String searchUntil(Predicate<String> expected, Duration timeout) {
    return new WebDriverWait(BROWSER.driver(), timeout, Duration.ofSeconds(1))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              BROWSER.byId("deliveries:search").click();
              BROWSER.ajaxDone();
              String text = d.findElement(By.id("deliveries:table")).getText();
              return expected.test(text) ? text : null;
            });
  }
}
