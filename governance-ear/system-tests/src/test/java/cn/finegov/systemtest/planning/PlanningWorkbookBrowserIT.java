package cn.finegov.systemtest.planning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The task-list import screen in headless Chromium: the planning office uploads a filled template
 * with errors for a draft plan; the dry run lists each bad cell with its row, column and reason,
 * offers no import, and stores nothing.
 */
class PlanningWorkbookBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void theDryRunShowsTheErrorsOfEachRowAndOffersNoImport() throws Exception {
    String district = Accounts.newUnit("PWB", "工作簿界面测试区{code}", "DISTRICT", "990100");
    String street = Accounts.newUnit("PWBS", "工作簿界面测试街道{code}", "STREET", district);
    String planner = Accounts.ready("pwbp", district, "MODULE_ADMIN");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Api api = Accounts.as(planner);
    Reply created =
        api.post(
            "/planning/plans",
            Api.json("year", today.getYear(), "unitCode", district, "title", "工作簿界面测试计划"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long planId = created.json().getJsonNumber("id").longValue();
    Path file = Files.createTempFile("tasks-", ".xlsx");
    Files.write(
        file,
        PlanningWorkbookIT.xlsx(
            new String[] {"任务名称*", "牵头单位代码*", "完成时限*", "优先级"},
            new String[] {"背街小巷整治", street, today.plusDays(30).toString(), "高"},
            new String[] {"", street, "明年", "紧急"}));

    BROWSER.open("/planning/import.xhtml?plan=" + planId);
    BROWSER.signIn(planner, Accounts.PASSWORD);
    BROWSER.open("/planning/import.xhtml?plan=" + planId);
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("plan:choice_label"), "工作簿界面测试计划"));
    BROWSER
        .driver()
        .findElement(By.cssSelector("[id='upload'] input[type='file']"))
        .sendKeys(file.toString());

    By errors = By.id("result:errors");
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(errors, "必填。"));
    assertThat(BROWSER.text(By.id("checked")))
        .contains("共 2 行，1 行无误，3 处错误", file.getFileName().toString());
    By rows = By.cssSelector("[id='result:errors_data'] > tr");
    assertThat(BROWSER.driver().findElements(rows))
        .extracting(r -> r.getText().replaceAll("\\s+", " "))
        .containsExactly(
            "3 A 任务名称 必填。",
            "3 C 完成时限 “明年”不是日期，请填写如 2026-12-31 的日期。",
            "3 D 优先级 “紧急”不是可选值，可选：高、中、低。");
    assertThat(BROWSER.driver().findElements(By.id("result:apply"))).isEmpty();
    BROWSER.screenshot("planning-import-dry-run");
    assertThat(api.get("/planning/plans/" + planId + "/tasks").jsonArray()).isEmpty();
  }
}
