package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import cn.finegov.systemtest.Codes;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The components and roads screens in headless Chromium: the module administrator finds a component
 * by the filter and changes it in the dialog; a grid worker opens a segment and sees the signboard
 * with its public phone, the chief's phone masked, and a patrol's track drawn.
 */
class GridReferenceBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theAdministratorFiltersTheComponentsAndChangesOneInTheDialog() {
    String name = "浏览器井盖" + Codes.unique("");
    Reply created =
        Api.as("modadmin")
            .post(
                "/grid/components",
                "{\"category\":\"C0102\",\"district\":\"990102\",\"name\":\""
                    + name
                    + "\",\"competentUnit\":\"990100-SW\",\"latitude\":30.2741,"
                    + "\"longitude\":120.1451,\"state\":\"INTACT\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("componentId");

    BROWSER.open("/grid/components.xhtml");
    BROWSER.signIn("modadmin", Api.DEMO_PASSWORD);
    BROWSER.open("/grid/components.xhtml");
    assertThat(BROWSER.text(By.cssSelector(".page-title"))).isEqualTo("部件管理");
    BROWSER.byId("components:filterText").sendKeys(name);
    BROWSER.until(
        d -> d.findElements(By.cssSelector("[id='components:table_data'] > tr")).size() == 1);
    BROWSER.ajaxDone();
    assertThat(BROWSER.byId("components:table").getText()).contains(id, name);

    BROWSER.click(By.id("components:table:0:edit"));
    BROWSER.until(ExpectedConditions.attributeToBe(By.id("dialog:name"), "value", name));
    BROWSER.byId("dialog:name").clear();
    BROWSER.byId("dialog:name").sendKeys(name + "改");
    BROWSER.choose("dialog:state", "破损");
    BROWSER.click(By.id("dialog:save"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("components:table"), name + "改"));
    assertThat(BROWSER.byId("components:table").getText()).contains("破损");
    BROWSER.screenshot("grid-components");

    JsonObject stored = Api.as("modadmin").get("/grid/components/by-id/" + id).json();
    assertThat(stored.getString("name")).isEqualTo(name + "改");
    assertThat(stored.getString("state")).isEqualTo("DAMAGED");
  }

  @Test
  void aReaderSeesTheSignboardAMaskedPhoneAndAPatrolTrack() {
    String chiefLogin = Accounts.ready("bchief", "990102001001", "GRID_WORKER");
    String code = Codes.unique("RW");
    Api manager = Api.as("modadmin");
    long segment = GridRoadApiIT.segment(manager, code).getJsonNumber("id").longValue();
    GridRoadApiIT.chief(manager, segment, "SUPERVISING", null, "13812345678");
    GridRoadApiIT.chief(manager, segment, "DAILY_PATROL", chiefLogin, "13900002222");
    Api chief = Accounts.as(chiefLogin);
    Instant start = Instant.now().minus(Duration.ofMinutes(20));
    Reply started =
        chief.post(
            "/grid/patrols",
            "{\"segmentId\":"
                + segment
                + ",\"startedAt\":\""
                + start
                + "\",\"latitude\":30.2760,\"longitude\":120.1405}");
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    long patrol = started.json().getJsonNumber("id").longValue();
    assertThat(
            chief
                .post(
                    "/grid/patrols/" + patrol + "/points",
                    GridRoadApiIT.points(
                        GridRoadApiIT.point(start.plusSeconds(60), 30.2761, 120.1430),
                        GridRoadApiIT.point(start.plusSeconds(120), 30.2759, 120.1470)))
                .status())
        .isEqualTo(200);
    assertThat(chief.post("/grid/patrols/" + patrol + "/end", "{\"problemsFound\":0}").status())
        .isEqualTo(200);

    BROWSER.open("/grid/roads.xhtml");
    BROWSER.signIn("gridworker", Api.DEMO_PASSWORD);
    BROWSER.open("/grid/roads.xhtml");
    BROWSER.byId("roads:filterText").sendKeys(code);
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("roads:segments"), code));
    // The filter has applied once the demo city's segments are gone: one row is left.
    BROWSER.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("[id='roads:segments_data'] > tr"), 1));
    BROWSER.ajaxDone();
    BROWSER.byId("roads:segments:0:open").click();

    BROWSER.until(ExpectedConditions.textToBe(By.id("public-phone"), "12345"));
    assertThat(BROWSER.byId("signboard").getText()).contains("测试路" + code, "督导路长");
    assertThat(BROWSER.byId("roads:chiefs").getText())
        .contains("138****5678")
        .doesNotContain("13812345678");
    assertThat(BROWSER.driver().findElements(By.id("roads:appoint"))).as("readers only").isEmpty();

    BROWSER.byId("roads:patrols:0:track").click();
    BROWSER.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#track-svg path")));
    String track =
        BROWSER.driver().findElements(By.cssSelector("#track-svg path")).get(1).getAttribute("d");
    assertThat(track).startsWith("M").contains(" L");
    BROWSER.screenshot("grid-roads");
  }
}
