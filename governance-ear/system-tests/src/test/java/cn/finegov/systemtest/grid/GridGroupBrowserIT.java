package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import cn.finegov.systemtest.grid.GridTrees.Street;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The grid group dialog of the grid administration screen in headless Chromium: the module
 * administrator creates a unit grid's group with a leader and a member, sees it with the phone
 * masked, is refused a second leader (nothing stored), changes the group without retyping the
 * phones (they are kept) and deletes it.
 */
class GridGroupBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  private static final String GROUP = "editor:group";

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theAdministratorEditsAGridGroupInTheDialog() {
    Street street = GridTrees.newTree();
    String unit = street.unit(1);
    String groupPath = "/grid/grids/" + unit + "/group";
    Api admin = Api.as("modadmin");

    BROWSER.open("/grid/grids.xhtml");
    BROWSER.signIn("modadmin", Api.DEMO_PASSWORD);
    BROWSER.open("/grid/grids.xhtml");
    BROWSER.click(toggler(street.community()));
    BROWSER.click(node(unit));
    BROWSER.ajaxDone();
    BROWSER.until(ExpectedConditions.attributeToBe(By.id("editor:code"), "value", unit));
    assertThat(BROWSER.byId(GROUP).getText()).contains("该网格尚未设立网格小组");

    // a new group: a leader with an account and an owners' delegate without one
    BROWSER.click(By.id("editor:edit-group"));
    BROWSER.ajaxDone();
    BROWSER.byId("groupEditor:name").sendKeys("浏览器测试小组");
    assertThat(leader(0)).as("the first row leads").isTrue();
    BROWSER.byId("groupEditor:members:0:username").sendKeys("gridworker");
    BROWSER.byId("groupEditor:members:0:person").sendKeys("郑敏");
    BROWSER.byId("groupEditor:members:0:phone").sendKeys("13912345678");
    BROWSER.click(By.id("groupEditor:add"));
    BROWSER.ajaxDone();
    BROWSER.choose("groupEditor:members:1:type", "业委会代表");
    BROWSER.byId("groupEditor:members:1:person").sendKeys("王业主");
    BROWSER.byId("groupEditor:members:1:phone").sendKeys("13800001111");
    assertThat(leader(1)).isFalse();
    BROWSER.click(By.id("groupEditor:save"));
    BROWSER.ajaxDone();
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("groupEditor:name")));
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(By.id(GROUP), "王业主"));
    assertThat(BROWSER.byId(GROUP).getText())
        .contains("浏览器测试小组", "郑敏", "gridworker", "139****5678", "138****1111", "业委会代表")
        .doesNotContain("13912345678")
        .doesNotContain("13800001111");
    JsonObject stored = admin.get(groupPath).json();
    assertThat(stored.getString("name")).isEqualTo("浏览器测试小组");
    assertThat(stored.getJsonArray("members")).hasSize(2);
    assertThat(member(stored, 0).getBoolean("leader")).isTrue();
    assertThat(member(stored, 0).getString("phone")).isEqualTo("13912345678");
    assertThat(member(stored, 1).getString("type")).isEqualTo("OWNERS_DELEGATE");
    assertThat(member(stored, 1).getString("phone")).isEqualTo("13800001111");
    ((JavascriptExecutor) BROWSER.driver())
        .executeScript("arguments[0].scrollIntoView()", BROWSER.byId(GROUP));
    BROWSER.screenshot("grid-group");

    // the editor does not show stored phones; a second leader is refused and nothing is stored
    BROWSER.click(By.id("editor:edit-group"));
    BROWSER.ajaxDone();
    BROWSER.until(ExpectedConditions.attributeToBe(By.id("groupEditor:name"), "value", "浏览器测试小组"));
    assertThat(BROWSER.byId("groupEditor:members:0:phone").getAttribute("value")).isEmpty();
    assertThat(BROWSER.byId("groupEditor:members:0:phone").getAttribute("placeholder"))
        .contains("不变", "139****5678");
    assertThat(BROWSER.driver().getPageSource()).doesNotContain("13912345678");
    BROWSER.click(checkbox("groupEditor:members:1:leader"));
    BROWSER.until(
        ExpectedConditions.elementSelectionStateToBe(
            By.id("groupEditor:members:1:leader_input"), true));
    BROWSER.click(By.id("groupEditor:save"));
    BROWSER.ajaxDone();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("groupEditor:messages"), "现有2名"));
    assertThat(BROWSER.byId("groupEditor:name").isDisplayed()).as("the dialog stays open").isTrue();
    BROWSER.screenshot("grid-group-dialog");
    Reply unchanged = admin.get(groupPath);
    assertThat(unchanged.status()).isEqualTo(200);
    assertThat(member(unchanged.json(), 1).getBoolean("leader")).as("nothing stored").isFalse();

    // one leader again and a new name: the phones left empty are kept
    BROWSER.click(checkbox("groupEditor:members:1:leader"));
    BROWSER.until(
        ExpectedConditions.elementSelectionStateToBe(
            By.id("groupEditor:members:1:leader_input"), false));
    BROWSER.byId("groupEditor:name").clear();
    BROWSER.byId("groupEditor:name").sendKeys("浏览器测试二组");
    BROWSER.click(By.id("groupEditor:save"));
    BROWSER.ajaxDone();
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(By.id(GROUP), "浏览器测试二组"));
    JsonObject changed = admin.get(groupPath).json();
    assertThat(changed.getString("name")).isEqualTo("浏览器测试二组");
    assertThat(member(changed, 0).getString("phone")).isEqualTo("13912345678");
    assertThat(member(changed, 1).getString("phone")).isEqualTo("13800001111");

    // deleted after confirmation
    BROWSER.click(By.id("editor:edit-group"));
    BROWSER.ajaxDone();
    BROWSER.click(By.id("groupEditor:delete"));
    BROWSER.click(By.cssSelector(".ui-confirmdialog-yes"));
    BROWSER.ajaxDone();
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(By.id(GROUP), "该网格尚未设立网格小组"));
    assertThat(admin.get(groupPath).status()).isEqualTo(404);
  }

  /** Whether the leader box of row {@code row} is ticked (its input is hidden). */
  private static boolean leader(int row) {
    return BROWSER
        .driver()
        .findElement(By.id("groupEditor:members:" + row + ":leader_input"))
        .isSelected();
  }

  private static JsonObject member(JsonObject group, int index) {
    return group.getJsonArray("members").get(index).asJsonObject();
  }

  private static By node(String code) {
    return By.cssSelector(".grid-node[data-code='" + code + "']");
  }

  /** The expand arrow of a tree node. */
  private static By toggler(String code) {
    return By.xpath(
        "//span[@data-code='"
            + code
            + "']/ancestor::*[contains(@class,'ui-treenode-content')][1]"
            + "//*[contains(@class,'ui-tree-toggler')]");
  }

  /** The visible box of a PrimeFaces check box. */
  private static By checkbox(String clientId) {
    return By.cssSelector("[id='" + clientId + "'] .ui-chkbox-box");
  }
}
