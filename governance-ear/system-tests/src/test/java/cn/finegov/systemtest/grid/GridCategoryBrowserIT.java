package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import cn.finegov.systemtest.grid.GridTrees.Street;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The category screen: a time limit changed in the dialog (a wrong one refused with a message), a
 * routing rule added for one grid and the "try routing" box answering with its unit.
 */
class GridCategoryBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theAdministratorChangesALimitAndRoutesTheCategoryForOneGrid() {
    String code = GridCategories.create("界面测试类别", "990102-CG", false);
    Street street = GridTrees.newTree();

    BROWSER.open("/grid/categories.xhtml");
    BROWSER.signIn("modadmin", Api.DEMO_PASSWORD);
    BROWSER.open("/grid/categories.xhtml");
    BROWSER.byId("categories:filterText").sendKeys(code);
    BROWSER.until(
        d ->
            d.findElements(
                        By.cssSelector(
                            "[id='categories:table_data'] > tr:not(.ui-datatable-empty-message)"))
                    .size()
                == 1);
    BROWSER.ajaxDone();
    BROWSER.click(By.id("categories:table:0:edit"));
    BROWSER.until(ExpectedConditions.attributeToBe(By.id("dialog:code"), "value", code));

    BROWSER.byId("dialog:limitHANDLE").clear();
    BROWSER.byId("dialog:limitHANDLE").sendKeys("三天");
    BROWSER.click(By.id("dialog:save"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("dialog:messages"), "三天"));
    assertThat(limit(code, "HANDLE")).as("nothing stored").isEqualTo("2wd");

    BROWSER.byId("dialog:limitHANDLE").clear();
    BROWSER.byId("dialog:limitHANDLE").sendKeys("3wd");
    BROWSER.click(By.id("dialog:save"));
    BROWSER.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("categories:table"), "3wd"));
    assertThat(limit(code, "HANDLE")).isEqualTo("3wd");

    BROWSER.byId("rules:ruleCategory").sendKeys(code);
    BROWSER.byId("rules:ruleGrid").sendKeys(street.unit(1));
    BROWSER.byId("rules:ruleUnit").sendKeys("990100-JT");
    BROWSER.byId("rules:addRule").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("rules:ruleMessages"), "派遣规则已添加"));
    assertThat(
            Api.as("modadmin").get("/grid/routing-rules").jsonArray().getValuesAs(JsonObject.class))
        .anyMatch(
            rule ->
                code.equals(rule.getString("category", null))
                    && street.unit(1).equals(rule.getString("grid", null))
                    && "990100-JT".equals(rule.getString("unitCode")));

    BROWSER.byId("rules:tryCategory").sendKeys(code);
    BROWSER.byId("rules:tryGrid").sendKeys(street.unit(1));
    BROWSER.byId("rules:try").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("rules:tryResult"), "990100-JT"));
    BROWSER.byId("rules:tryGrid").clear();
    BROWSER.byId("rules:tryGrid").sendKeys(street.unit(2));
    BROWSER.byId("rules:try").click();
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("rules:tryResult"), "990102-CG"));
    BROWSER.screenshot("grid-categories");
  }

  private static String limit(String code, String stage) {
    JsonObject category = Api.as("modadmin").get("/grid/categories/" + code).json();
    return category.getJsonObject("limits").getString(stage);
  }
}
