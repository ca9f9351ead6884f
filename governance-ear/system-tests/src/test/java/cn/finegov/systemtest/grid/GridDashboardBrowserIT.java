package cn.finegov.systemtest.grid;

import static cn.finegov.systemtest.grid.GridCases.CITY_MANAGEMENT;
import static cn.finegov.systemtest.grid.GridCases.STREET_LAMP;
import static cn.finegov.systemtest.grid.GridCases.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import cn.finegov.systemtest.grid.GridTrees.Street;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The case cards of the dashboard (open, overdue, closed today, by category) count exactly the
 * cases within the reader's reach: a street of its own with a reader of its own, so that other
 * tests' cases do not move the figures.
 */
class GridDashboardBrowserIT extends BrowserScreens {

  private static final String LITTER_BIN = "C0301";

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theCardsCountTheCasesOfTheReadersStreet() {
    String unit = Accounts.newUnit("DS", "看板测试街道", "STREET", "990102");
    Street street = GridTrees.newTree(unit, unit);
    String reader = Accounts.ready("dash", unit, "OBSERVER");

    report(STREET_LAMP, street.inside(1), 0.000);
    report(STREET_LAMP, street.inside(2), 0.000);
    String openBin = report(LITTER_BIN, street.inside(1), 0.004);
    String closed = report(LITTER_BIN, street.inside(2), 0.004);
    step("clerk", closed, "FILE");
    step("dispatcher", closed, "DISPATCH", "unitCode", CITY_MANAGEMENT);
    step("handler", closed, "SIGN");
    step("handler", closed, "START");
    step("handler", closed, "REPORT_BACK");
    step("clerk", closed, "START_VERIFICATION");
    step("clerk", closed, "CLOSE");

    BROWSER.open("/index.xhtml");
    BROWSER.signIn(reader, Accounts.PASSWORD);
    assertThat(BROWSER.text(By.id("grid-open-cases"))).isEqualTo("3");
    assertThat(BROWSER.text(By.id("grid-my-tasks"))).as("an observer has no duties").isEqualTo("0");
    assertThat(BROWSER.text(By.id("grid-overdue-cases"))).isEqualTo("0");
    assertThat(BROWSER.text(By.id("grid-closed-today"))).isEqualTo("1");
    List<WebElement> categories =
        BROWSER.driver().findElements(By.cssSelector("#grid-open-by-category li"));
    assertThat(categories)
        .extracting(li -> li.getAttribute("data-category"))
        .containsExactly(STREET_LAMP, LITTER_BIN);
    assertThat(categories.get(0).getText()).contains("路灯").endsWith("2");
    assertThat(categories.get(1).getText()).contains("垃圾箱").endsWith("1");
    assertThat(BROWSER.text(By.id("widget-grid-cases-closed-today"))).contains("今日办结");
    BROWSER.screenshot("grid-dashboard");

    categories.get(0).findElement(By.tagName("a")).click();
    BROWSER.until(
        d -> d.findElements(By.cssSelector("[id='inbox:table_data'] > tr[data-rk]")).size() == 2);
    assertThat(BROWSER.byId("inbox:table_data").getText())
        .contains("路灯")
        .doesNotContain(openBin, closed);
  }

  /** A case reported by the demo grid worker, a little north of the point. */
  private static String report(String category, double[] place, double north) {
    Reply reply =
        Api.as("gridworker")
            .post(
                "/grid/cases",
                GridCases.report(
                    UUID.randomUUID().toString(),
                    category,
                    new double[] {place[0] + north, place[1]},
                    "看板测试"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonObject("summary").getString("number");
  }
}
