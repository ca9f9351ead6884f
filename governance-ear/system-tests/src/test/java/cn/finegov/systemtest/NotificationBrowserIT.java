package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import jakarta.json.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Notifications and personal files in headless Chromium: the unread counter in the top bar follows
 * new notices and reading them in the inbox; contact details are saved and shown masked; a photo
 * uploaded with the attachment component appears with its thumbnail.
 */
class NotificationBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  private static Reply notice(String subject, String username) {
    return Api.as("sysadmin")
        .post(
            "/notifications/notices",
            Api.json(
                "usernames",
                Json.createArrayBuilder().add(username).build(),
                "subject",
                subject,
                "body",
                "请于本周五前反馈。"));
  }

  private static String counter() {
    WebElement count = BROWSER.driver().findElement(By.id("notification-count"));
    return count.getAttribute("textContent").strip();
  }

  @Test
  void theCounterInTheTopBarFollowsNewAndReadNotifications() {
    String person = Accounts.ready("nbell", "990102", "OBSERVER");
    BROWSER.open("/");
    BROWSER.signIn(person, Accounts.PASSWORD);
    BROWSER.find(By.cssSelector(".page-title"));
    assertThat(counter()).isEqualTo("0");
    assertThat(BROWSER.driver().findElement(By.id("notification-count")).isDisplayed()).isFalse();

    String first = "整改通知 " + Codes.unique("B");
    String second = "会议通知 " + Codes.unique("B");
    assertThat(notice(first, person).status()).isEqualTo(200);
    assertThat(notice(second, person).status()).isEqualTo(200);
    BROWSER.driver().navigate().refresh();
    BROWSER.find(By.cssSelector(".page-title"));
    assertThat(counter()).isEqualTo("2");
    assertThat(BROWSER.find(By.id("notification-count")).isDisplayed()).isTrue();

    BROWSER.find(By.id("notification-bell")).click();
    BROWSER.until(ExpectedConditions.urlContains("/kernel/account/notifications.xhtml"));
    WebElement table = BROWSER.find(By.id("inbox:table"));
    assertThat(table.getText()).contains(first, second);
    assertThat(BROWSER.driver().findElements(By.cssSelector("tr.notification-unread"))).hasSize(2);

    // Mark the first row (the newest) read: the counter drops without reloading the page.
    BROWSER.find(By.id("inbox:table:0:markRead")).click();
    BROWSER.ajaxDone();
    BROWSER.until(d -> counter().equals("1"));
    assertThat(BROWSER.driver().findElements(By.cssSelector("tr.notification-unread"))).hasSize(1);

    // Opening the other one shows its text and marks it read too.
    BROWSER.find(By.cssSelector("tr.notification-unread a.notification-subject")).click();
    BROWSER.ajaxDone();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:detail"), "请于本周五前反馈。"));
    BROWSER.until(d -> counter().equals("0"));
    assertThat(BROWSER.driver().findElements(By.cssSelector("tr.notification-unread"))).isEmpty();
    BROWSER.screenshot("notifications-inbox");

    assertThat(
            Accounts.as(person)
                .get("/notifications/unread-count")
                .json()
                .getJsonNumber("unread")
                .longValue())
        .isZero();
  }

  @Test
  void contactDetailsAreSavedAndShownMasked() {
    String person = Accounts.ready("nprf", "990102", "OBSERVER");
    BROWSER.open("/kernel/account/notifications.xhtml");
    BROWSER.signIn(person, Accounts.PASSWORD);
    BROWSER.until(ExpectedConditions.urlContains("/kernel/account/notifications.xhtml"));

    BROWSER.byId("prefs:email").sendKeys("not an address");
    BROWSER.byId("prefs:save").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("prefs:messages"), "邮箱地址格式不正确"));

    BROWSER.byId("prefs:email").clear();
    BROWSER.byId("prefs:email").sendKeys("zhao.liu@jiangcheng.test");
    BROWSER.byId("prefs:mobile").sendKeys("13800138000");
    BROWSER.byId("prefs:save").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("email-current"), "z***@jiangcheng.test"));
    assertThat(BROWSER.text(By.id("mobile-current"))).isEqualTo("138****8000");
    assertThat(BROWSER.driver().getPageSource()).doesNotContain("zhao.liu@", "13800138000");
    BROWSER.screenshot("notifications-preferences");
  }

  @Test
  void aPhotoUploadedWithTheAttachmentComponentIsListedWithItsThumbnail() throws Exception {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(200, 80, 40));
    graphics.fillRect(0, 0, 800, 600);
    graphics.dispose();
    Path photo = Files.createTempFile("现场照片-", ".jpg");
    ImageIO.write(image, "jpg", photo.toFile());
    String person = Accounts.ready("nfil", "990102", "OBSERVER");
    BROWSER.open("/kernel/account/notifications.xhtml");
    BROWSER.signIn(person, Accounts.PASSWORD);
    BROWSER.until(ExpectedConditions.urlContains("/kernel/account/notifications.xhtml"));
    assertThat(BROWSER.text(By.id("files:form:list"))).contains("暂无附件");

    BROWSER
        .driver()
        .findElement(By.cssSelector("[id='files:form:upload'] input[type='file']"))
        .sendKeys(photo.toString());

    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("files:form:list"), photo.getFileName().toString()));
    WebElement thumbnail =
        BROWSER.find(By.cssSelector("[id='files:form:list'] img.attachment-thumb"));
    BROWSER.until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth === 240;",
                        thumbnail)));
    BROWSER.screenshot("personal-files");
    assertThat(
            Accounts.as(person)
                .get("/attachments?ownerModule=kernel&ownerType=personal&ownerId=" + person)
                .jsonArray())
        .hasSize(1);
  }
}
