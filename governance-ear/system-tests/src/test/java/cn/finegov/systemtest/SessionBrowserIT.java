package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The session policy in two headless Chromium browsers: by default a person may be signed in twice;
 * with "single session" on, a second sign-in ends the first, whose next page is the login page with
 * the reason (and an audit entry SESSION_REPLACED); with a one-minute idle timeout a session left
 * alone ends and the login page says so.
 */
class SessionBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser FIRST = new Browser();
  @RegisterExtension static final Browser SECOND = new Browser();

  private static final String SINGLE = "security.session.single";
  private static final String IDLE = "security.session.idle-minutes";

  @Override
  protected Browser browser() {
    return FIRST;
  }

  @AfterEach
  void defaultPolicy() {
    SECOND.driver().manage().deleteAllCookies();
    for (String key : new String[] {SINGLE, IDLE}) {
      Reply reset = Api.as("secadmin").delete("/settings/kernel/" + key);
      assertThat(reset.status()).as(reset.toString()).isIn(200, 204);
    }
  }

  @Test
  void aSecondSignInEndsTheFirstSessionOnlyWhenSingleSessionIsOn() {
    String user = Accounts.ready("ss", "990102001", "LEADER");

    signIn(FIRST, user);
    signIn(SECOND, user);
    FIRST.open("/kernel/admin/units.xhtml");
    assertThat(FIRST.driver().getCurrentUrl())
        .as("two sessions allowed by default")
        .contains("/kernel/admin/units.xhtml");

    Api.as("secadmin").kernelSetting(SINGLE, "true");
    SECOND.driver().manage().deleteAllCookies();
    signIn(SECOND, user);
    FIRST.open("/kernel/admin/units.xhtml");

    assertThat(FIRST.driver().getCurrentUrl()).contains("/login.xhtml");
    assertThat(FIRST.find(By.id("login:ended")).getText()).contains("您的账号已在其他地方登录");
    FIRST.screenshot("session-replaced");
    SECOND.open("/kernel/admin/units.xhtml");
    assertThat(SECOND.driver().getCurrentUrl()).contains("/kernel/admin/units.xhtml");
    Reply replaced =
        Api.as("auditadmin").get("/audit?entityType=Session&action=SESSION_REPLACED&actor=" + user);
    assertThat(replaced.json().getInt("total")).isEqualTo(1);

    FIRST.open("/kernel/admin/units.xhtml");
    assertThat(FIRST.driver().findElements(By.id("login:ended")))
        .as("the notice is shown once")
        .isEmpty();
  }

  @Test
  void aSessionLeftAloneLongerThanTheIdleTimeoutEnds() throws InterruptedException {
    String user = Accounts.ready("si", "990102001", "LEADER");
    Api.as("secadmin").kernelSetting(IDLE, "1");

    signIn(FIRST, user);
    FIRST.open("/kernel/admin/units.xhtml");
    assertThat(FIRST.driver().getCurrentUrl()).contains("/kernel/admin/units.xhtml");
    Thread.sleep(Duration.ofSeconds(65).toMillis());
    FIRST.open("/kernel/admin/units.xhtml");

    assertThat(FIRST.driver().getCurrentUrl()).contains("/login.xhtml");
    assertThat(FIRST.find(By.id("login:ended")).getText()).contains("会话因长时间未操作已结束");
  }

  private static void signIn(Browser browser, String user) {
    browser.open("/index.xhtml");
    browser.signIn(user, Accounts.PASSWORD);
    browser.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }
}
