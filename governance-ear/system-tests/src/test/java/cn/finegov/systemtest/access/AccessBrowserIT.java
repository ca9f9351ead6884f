package cn.finegov.systemtest.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The password and lockout policy as a person meets it on the screens, in headless Chromium: the
 * login page says when an account is locked and for how long (also to the right password), the
 * security administrator's unlock lets the person in again, and a person whose password must be
 * changed (first sign-in, expired) is kept on the password page, which explains the policy, until
 * he has chosen a valid new one. Each test makes its own account, with the default policy (5
 * attempts, 15 minutes, 8 characters of 3 classes).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessBrowserIT {

  @RegisterExtension static final Browser BROWSER = new Browser();

  private static final String WRONG = "Wrong#Pass2026";
  private static final String PASSWORD_PAGE = "/kernel/account/password.xhtml";
  private static final By LOGIN_ERROR =
      By.cssSelector("[id='login:messages'] .ui-messages-error-summary");
  private static final By PASSWORD_ERROR =
      By.cssSelector("[id='password:messages'] .ui-messages-error-summary");

  private static final String FAILED = "用户名或密码错误，或账号已停用。";
  private static final String LOCKED = "连续 5 次登录失败，账号已被锁定，请 15 分钟后再试，或联系安全管理员解锁。";
  private static final String LOCKED_EN =
      "After 5 failed sign-ins in a row the account is locked; try again in 15 minutes or ask"
          + " the security administrator to unlock it.";
  private static final String CHANGE_REQUIRED = "为了账号安全，您需要先修改密码才能继续使用系统（首次登录、管理员重置或密码已过期）。";

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void signedOut() {
    BROWSER.driver().manage().deleteAllCookies();
  }

  @Test
  void theFifthWrongPasswordLocksTheAccountOnScreenUntilTheSecurityAdministratorUnlocksIt() {
    String user = Accounts.ready("lockui", "990100", "OBSERVER");
    BROWSER.open("/login.xhtml");

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(refusedSignIn(user, WRONG)).as("attempt " + attempt).isEqualTo(FAILED);
    }
    assertThat(refusedSignIn(user, WRONG)).isEqualTo(LOCKED);
    assertThat(refusedSignIn(user, Accounts.PASSWORD)).isEqualTo(LOCKED);
    BROWSER.screenshot("login-locked");

    WebElement page = BROWSER.find(By.tagName("body"));
    BROWSER.byId("login:lang-en").click();
    BROWSER.until(ExpectedConditions.stalenessOf(page));
    BROWSER.until(ExpectedConditions.titleContains("Sign in"));
    assertThat(refusedSignIn(user, Accounts.PASSWORD)).isEqualTo(LOCKED_EN);
    assertThat(BROWSER.driver().getCurrentUrl()).contains("/login.xhtml");

    Reply unlocked = Api.as("secadmin").post("/users/" + Accounts.userId(user) + "/unlock", "");
    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    BROWSER.signIn(user, Accounts.PASSWORD);

    BROWSER.until(ExpectedConditions.urlContains("/index.xhtml"));
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("Dashboard");
  }

  @Test
  void aNewAccountIsKeptOnThePasswordPageUntilItChoosesAValidPassword() {
    String user = Accounts.newName("firstui");
    Accounts.create(user, "990100", "SYSTEM_ADMIN");
    BROWSER.open("/kernel/admin/units.xhtml");
    BROWSER.until(ExpectedConditions.urlContains("/login.xhtml"));

    BROWSER.signIn(user, Accounts.INITIAL_PASSWORD);

    BROWSER.until(ExpectedConditions.urlContains(PASSWORD_PAGE));
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("修改密码");
    assertThat(BROWSER.byId("password:required-notice").getText()).isEqualTo(CHANGE_REQUIRED);
    assertThat(BROWSER.text(By.id("policy-hint")))
        .isEqualTo(
            "密码至少 8 位，包含大写字母、小写字母、数字、特殊字符中的至少 3 类，" + "不得包含用户名，不得与最近 5 次的密码相同；有效期 90 天（0 表示不过期）。");
    for (String elsewhere : new String[] {"/kernel/admin/units.xhtml", "/index.xhtml", "/"}) {
      BROWSER.open(elsewhere);
      BROWSER.until(ExpectedConditions.urlContains(PASSWORD_PAGE));
      assertThat(BROWSER.byId("password:required-notice").getText())
          .as(elsewhere)
          .isEqualTo(CHANGE_REQUIRED);
    }

    assertThat(change(Accounts.INITIAL_PASSWORD, "Ab#1xyz", "Ab#1xyz")).contains("密码至少需要 8 位。");
    assertThat(change(Accounts.INITIAL_PASSWORD, "abcdefgh12", "abcdefgh12"))
        .contains("密码需至少包含大写字母、小写字母、数字、特殊字符中的 3 类。");
    assertThat(
            change(Accounts.INITIAL_PASSWORD, Accounts.INITIAL_PASSWORD, Accounts.INITIAL_PASSWORD))
        .contains("新密码不能与当前密码相同。");
    assertThat(change(Accounts.INITIAL_PASSWORD, Accounts.PASSWORD, Accounts.PASSWORD + "x"))
        .isEqualTo("两次输入的新密码不一致。");
    assertThat(change(WRONG, Accounts.PASSWORD, Accounts.PASSWORD)).contains("当前密码不正确。");
    assertThat(BROWSER.driver().getCurrentUrl()).contains(PASSWORD_PAGE);
    BROWSER.screenshot("password-change-refused");

    submitPasswordForm(Accounts.INITIAL_PASSWORD, Accounts.PASSWORD, Accounts.PASSWORD);

    BROWSER.until(ExpectedConditions.urlContains("/index.xhtml"));
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("工作台");
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "密码已修改。"));
    BROWSER.open("/kernel/admin/units.xhtml");
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("组织机构");

    signOut();
    BROWSER.open("/login.xhtml");
    assertThat(refusedSignIn(user, Accounts.INITIAL_PASSWORD)).isEqualTo(FAILED);
    BROWSER.signIn(user, Accounts.PASSWORD);
    BROWSER.until(ExpectedConditions.urlContains("/index.xhtml"));
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("工作台");
    assertThat(BROWSER.driver().findElements(By.id("password:required-notice"))).isEmpty();
  }

  @Test
  void anExpiredPasswordLeadsToThePasswordPage() throws Exception {
    String user = Accounts.ready("expiredui", "990100", "OBSERVER");
    try (Connection db = TestDatabase.connect();
        PreparedStatement age =
            db.prepareStatement(
                "update krn_user set password_changed_at = current_timestamp - interval '91 days'"
                    + " where username = ?")) {
      age.setString(1, user);
      assertThat(age.executeUpdate()).isEqualTo(1);
    }
    BROWSER.open("/index.xhtml");

    BROWSER.signIn(user, Accounts.PASSWORD);

    BROWSER.until(ExpectedConditions.urlContains(PASSWORD_PAGE));
    assertThat(BROWSER.byId("password:required-notice").getText()).isEqualTo(CHANGE_REQUIRED);
    assertThat(change(Accounts.PASSWORD, Accounts.PASSWORD, Accounts.PASSWORD))
        .contains("新密码不能与当前密码相同。");
    submitPasswordForm(Accounts.PASSWORD, "Renewed#Pass9", "Renewed#Pass9");
    BROWSER.until(ExpectedConditions.urlContains("/index.xhtml"));
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("工作台");
    assertThat(Api.withPassword(user, "Renewed#Pass9").get("/org/units").status()).isEqualTo(200);
  }

  /**
   * Signs in on the login page already open and waits for the answer.
   *
   * @return the error the login page shows
   */
  private static String refusedSignIn(String user, String password) {
    WebElement page = BROWSER.find(By.tagName("body"));
    BROWSER.signIn(user, password);
    // The old page is gone once touching it fails: Chromium reports that as a stale element or,
    // at times, as "Node with given id does not belong to the document".
    BROWSER.until(
        d -> {
          try {
            page.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
    return BROWSER.text(LOGIN_ERROR);
  }

  /**
   * Submits the password form and waits for the refusal.
   *
   * @return the error the form shows
   */
  private static String change(String current, String next, String confirmation) {
    submitPasswordForm(current, next, confirmation);
    BROWSER.ajaxDone();
    assertThat(BROWSER.driver().getCurrentUrl()).contains(PASSWORD_PAGE);
    return BROWSER.text(PASSWORD_ERROR);
  }

  private static void submitPasswordForm(String current, String next, String confirmation) {
    type("password:current", current);
    type("password:new", next);
    type("password:confirm", confirmation);
    BROWSER.byId("password:save").click();
  }

  private static void type(String clientId, String text) {
    WebElement field = BROWSER.byId(clientId);
    field.clear();
    field.sendKeys(text);
  }

  private static void signOut() {
    BROWSER.byId("topbar:logout").click();
    BROWSER.until(ExpectedConditions.urlContains("/login.xhtml"));
  }
}
