package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import cn.finegov.systemtest.grid.GridTrees.Street;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The grid screens in headless Chromium with no tile server: the administration screen shows the
 * tree, creates a grid below a community and draws its outline; the map draws the grids as SVG
 * paths coloured by their open cases and a marker for a case reported in one of them.
 */
class GridMapBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theAdministrationScreenShowsTheTreeAndCreatesAGridBelowACommunity() {
    Street street = GridTrees.newTree();
    BROWSER.open("/grid/grids.xhtml");
    BROWSER.signIn("modadmin", Api.DEMO_PASSWORD);
    BROWSER.open("/grid/grids.xhtml");

    BROWSER.find(node(street.code()));
    BROWSER.find(node(street.community())).click();
    BROWSER.ajaxDone();
    assertThat(BROWSER.byId("editor:code").getAttribute("value")).isEqualTo(street.community());
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.grid-admin-outline")));

    BROWSER.byId("editor:new-child").click();
    BROWSER.ajaxDone();
    WebElement code = BROWSER.byId("editor:code");
    assertThat(code.getAttribute("value")).isEqualTo(street.community());
    code.sendKeys("003");
    BROWSER.byId("editor:name").sendKeys("界面新建网格");
    String outline =
        GridTrees.box(
                street.latitude() + 0.001,
                street.longitude() + 0.001,
                street.latitude() + 0.004,
                street.longitude() + 0.004)
            .toString();
    BROWSER.byId("editor:outline").sendKeys(outline);
    BROWSER.byId("editor:save").click();
    BROWSER.ajaxDone();

    BROWSER.find(node(street.unit(3)));
    assertThat(BROWSER.text(By.cssSelector("[id='editor:messages']"))).contains(street.unit(3));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.grid-admin-outline")));
    assertThat(BROWSER.byId("editor:area").getText()).isNotBlank();
    assertThat(Api.as("modadmin").get("/grid/grids/" + street.unit(3)).status()).isEqualTo(200);
    BROWSER.screenshot("grid-admin");

    // a wrong outline is refused with its reason, and nothing is stored
    BROWSER.find(node(street.community())).click();
    BROWSER.ajaxDone();
    BROWSER.byId("editor:new-child").click();
    BROWSER.ajaxDone();
    BROWSER.byId("editor:code").sendKeys("004");
    BROWSER.byId("editor:name").sendKeys("坏边界");
    BROWSER.byId("editor:outline").sendKeys("{\"type\":\"Point\",\"coordinates\":[1,2]}");
    BROWSER.byId("editor:save").click();
    BROWSER.ajaxDone();
    assertThat(BROWSER.text(By.cssSelector("[id='editor:messages']"))).contains("Point");
    assertThat(Api.as("modadmin").get("/grid/grids/" + street.unit(4)).status()).isEqualTo(404);
  }

  @Test
  void theMapDrawsTheGridsWithoutTilesAndACaseInAGrid() {
    Street street = GridTrees.newTree();
    double[] place = street.inside(2);
    Reply reported =
        Api.as("gridworker")
            .post(
                "/grid/cases",
                Api.json(
                    "clientId",
                    UUID.randomUUID().toString(),
                    "category",
                    GridCases.STREET_LAMP,
                    "latitude",
                    Json.createValue(place[0]),
                    "longitude",
                    Json.createValue(place[1]),
                    "address",
                    "测试路1号",
                    "description",
                    "地图测试：路灯不亮"));
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
    String number = reported.json().getJsonObject("summary").getString("number");
    assertThat(reported.body()).as("the case lies in the unit grid").contains(street.unit(2));

    BROWSER.open("/grid/map.xhtml");
    BROWSER.signIn("modadmin", Api.DEMO_PASSWORD);
    BROWSER.open("/grid/map.xhtml?grid=" + street.unit(2));
    BROWSER.until(
        d -> script("return window.gridMapState ? window.gridMapState.cells : 0") != null);
    BROWSER.until(
        d ->
            ((Number) script("return window.gridMapState ? window.gridMapState.cells : 0"))
                    .longValue()
                >= 2);

    assertThat(count("path.grid-cell.grid-" + street.unit(1))).isEqualTo(1);
    assertThat(count("path.grid-cell.grid-" + street.unit(2))).isEqualTo(1);
    assertThat(count("path.grid-outline.grid-" + street.community())).isEqualTo(1);
    assertThat(count("img.leaflet-tile")).as("no tile server").isZero();
    assertThat(BROWSER.text(By.cssSelector(".grid-map-summary"))).contains("未配置瓦片地址");
    String east =
        (String)
            script(
                "return document.querySelector('path.grid-"
                    + street.unit(2)
                    + "').getAttribute('fill');");
    String west =
        (String)
            script(
                "return document.querySelector('path.grid-"
                    + street.unit(1)
                    + "').getAttribute('fill');");
    assertThat(east).as("a grid with an open case").isEqualTo("#fee08b");
    assertThat(west).as("a grid without").isEqualTo("#d9f0d3");

    assertThat(count("path.case-marker.case-" + number))
        .as(
            "the marker of %s among %s markers",
            number, script("return window.gridMapState.markers"))
        .isEqualTo(1);
    assertThat(
            script(
                "var m = window.gridMapState.map, b = m.getBounds();"
                    + " return b.contains([arguments[0], arguments[1]]) ? 'in view' :"
                    + " 'out of view: ' + window.location.href + ' centre ' + m.getCenter()"
                    + " + ' zoom ' + m.getZoom() + ' size ' + m.getSize();",
                place[0],
                place[1]))
        .isEqualTo("in view");
    WebElement marker = BROWSER.find(By.cssSelector("path.case-marker.case-" + number));
    marker.click();
    WebElement popup = BROWSER.find(By.cssSelector(".leaflet-popup-content"));
    assertThat(popup.getText()).contains(number).contains("已上报").contains("C0109");
    BROWSER.screenshot("grid-map");
  }

  private static By node(String code) {
    return By.cssSelector(".grid-node[data-code='" + code + "']");
  }

  private static Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) BROWSER.driver()).executeScript(code, arguments);
  }

  private static long count(String selector) {
    return ((Number) script("return document.querySelectorAll(\"" + selector + "\").length;"))
        .longValue();
  }
}
