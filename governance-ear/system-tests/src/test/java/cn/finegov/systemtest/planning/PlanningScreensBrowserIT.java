package cn.finegov.systemtest.planning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The planning screens in headless Chromium, each step by the person whose duty it is, in a
 * district made for the run (its plan and one task set up through the REST API): the district's
 * planner decomposes the task to two streets and submits the plan; street A's planner decomposes
 * its part to a community; the community reports progress with evidence and asks for a delay;
 * street A's leader approves it; the community completes and asks for close-out; street A's leader
 * closes it out; the district's leader approves and publishes the plan and opens the task tree,
 * whose levels are read when they are expanded, and the who-is-late page with the state of each
 * unit's plan.
 */
class PlanningScreensBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void planDecomposedTwoLevelsWorkedOnDelayedClosedOutAndPublishedThroughTheScreens() {
    String district = Accounts.newUnit("SD", "界面规划区{code}", "DISTRICT", "990100");
    String streetA = Accounts.newUnit("SSA", "界面规划甲街道{code}", "STREET", district);
    String streetB = Accounts.newUnit("SSB", "界面规划乙街道{code}", "STREET", district);
    String community = Accounts.newUnit("SC", "界面规划社区{code}", "COMMUNITY", streetA);
    String districtPlanner = Accounts.ready("sdp", district, "MODULE_ADMIN");
    String districtLeader = Accounts.ready("sdl", district, "LEADER");
    String streetPlanner = Accounts.ready("ssp", streetA, "MODULE_ADMIN");
    String streetLeader = Accounts.ready("ssl", streetA, "LEADER");
    String communityHandler = Accounts.ready("sch", community, "DEPARTMENT_HANDLER");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate deadline = today.plusDays(60);
    LocalDate later = today.plusDays(75);

    // Set-up through the API: the district's draft plan with one task.
    Api planner = Accounts.as(districtPlanner);
    Reply created =
        planner.post(
            "/planning/plans",
            Api.json(
                "year", today.getYear(),
                "unitCode", district,
                "title", "界面规划区年度治理计划",
                "problems", "背街小巷环境差",
                "targets", "年底前全部整治",
                "safeguards", "纳入考核"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long planId = created.json().getJsonNumber("id").longValue();
    Reply task =
        planner.post(
            "/planning/plans/" + planId + "/tasks",
            Api.json(
                "title", "背街小巷整治",
                "problem", "群众反映",
                "target", "按期完成",
                "measures", "专项整治",
                "deadline", deadline.toString(),
                "source", "HOTLINE_12345",
                "priority", "HIGH",
                "livelihood", true,
                "weight", 2,
                "leadUnitCode", district));
    assertThat(task.status()).as(task.toString()).isEqualTo(201);
    String top = task.json().getJsonObject("summary").getString("number");

    // 1. The district's planner decomposes the task to both streets and submits the plan.
    signInAt(districtPlanner, "/planning/task.xhtml?number=" + top);
    BROWSER.until(ExpectedConditions.textToBe(By.id("task-number"), top));
    BROWSER.click(By.cssSelector("[id='decompose:units'] input[value='" + streetA + "']"));
    BROWSER.click(By.cssSelector("[id='decompose:units'] input[value='" + streetB + "']"));
    BROWSER.click(By.id("decompose:decompose"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("decompose:messages"), "2"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#task-state[data-state='ASSIGNED']")));
    JsonArray streets =
        planner
            .get("/planning/tasks/" + top + "/tree")
            .json()
            .getJsonObject("root")
            .getJsonArray("children");
    assertThat(streets).hasSize(2);
    String streetTask = ledBy(streets, streetA);

    BROWSER.open("/planning/plan.xhtml?id=" + planId);
    BROWSER.click(By.cssSelector("[data-action='SUBMIT']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#plan-state[data-state='IN_REVIEW']")));
    assertThat(BROWSER.driver().findElements(By.cssSelector("[data-action='APPROVE']")))
        .as("the planner may not approve his own plan")
        .isEmpty();
    BROWSER.screenshot("planning-plan-submitted");

    // 2. Street A's planner decomposes its part to the community (the second level).
    signInAt(streetPlanner, "/planning/task.xhtml?number=" + streetTask);
    BROWSER.click(By.cssSelector("[id='decompose:units'] input[value='" + community + "']"));
    BROWSER.click(By.id("decompose:decompose"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("decompose:messages"), "1"));
    String communityTask =
        ledBy(
            Accounts.as(streetPlanner)
                .get("/planning/tasks/" + streetTask + "/tree")
                .json()
                .getJsonObject("root")
                .getJsonArray("children"),
            community);

    // 3. The community reports 50 % with evidence and asks for a delay.
    Reply evidence =
        Accounts.as(communityHandler)
            .postBytes(
                "/attachments?ownerModule=planning&ownerType=task&ownerId="
                    + communityTask
                    + "&fileName=evidence.pdf",
                "application/pdf",
                "%PDF-1.7\n%\u00e2\u00e3\nevidence\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
    long evidenceId = evidence.json().getJsonNumber("id").longValue();
    signInAt(communityHandler, "/planning/task.xhtml?number=" + communityTask);
    BROWSER.byId("progress:percent").sendKeys("150");
    BROWSER.byId("progress:text").sendKeys("已完成一半");
    BROWSER.click(By.id("progress:report"));
    BROWSER.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("[id='progress:messages'] .ui-messages-error")));
    assertThat(BROWSER.text(By.id("progress:messages")))
        .as("a validation error is a form message, never a stack trace")
        .isNotBlank()
        .doesNotContain("Exception");
    BROWSER.byId("progress:percent").clear();
    BROWSER.byId("progress:percent").sendKeys("50");
    BROWSER.click(By.cssSelector("[id='progress:evidence'] input[value='" + evidenceId + "']"));
    BROWSER.click(By.id("progress:report"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("task-progress"), "50 %"));
    assertThat(BROWSER.text(By.id("progress:reports"))).contains("evidence.pdf", "已完成一半");
    assertThat(progress(planner, streetTask)).as("rolled up to the street").isEqualTo(50);
    assertThat(progress(planner, top)).as("and to the district (one of two streets)").isEqualTo(25);

    // The report's AJAX update re-renders the steps form: type into the new one.
    BROWSER.ajaxDone();
    BROWSER.typeDate("steps:proposedDeadline", later);
    BROWSER.byId("steps:words").sendKeys("雨季停工");
    BROWSER.until(ExpectedConditions.attributeToBe(By.id("steps:words"), "value", "雨季停工"));
    BROWSER.click(By.cssSelector("[data-action='REQUEST_DELAY']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#task-state[data-state='DELAY_REQUESTED']")));

    // 4. Street A's leader (the issuing unit) approves the delay.
    signInAt(streetLeader, "/planning/task.xhtml?number=" + communityTask);
    assertThat(BROWSER.text(By.id("task-pending-delay"))).contains("雨季停工");
    BROWSER.byId("steps:words").sendKeys("同意");
    BROWSER.click(By.cssSelector("[data-action='APPROVE_DELAY']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#task-state[data-state='IN_PROGRESS']")));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("task-deadline"), later.toString()));

    // 5. The community completes the task and asks for close-out.
    signInAt(communityHandler, "/planning/task.xhtml?number=" + communityTask);
    BROWSER.click(By.cssSelector("[data-action='COMPLETE']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#task-state[data-state='COMPLETED']")));
    BROWSER.click(By.cssSelector("[data-action='REQUEST_CLOSE_OUT']"));
    BROWSER.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("[id='steps:messages'] .ui-messages-error")));
    BROWSER.byId("steps:words").sendKeys("全部整治到位");
    BROWSER.click(By.cssSelector("[data-action='REQUEST_CLOSE_OUT']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#task-state[data-state='CLOSE_OUT_REQUESTED']")));

    // 6. Street A's leader closes it out.
    signInAt(streetLeader, "/planning/task.xhtml?number=" + communityTask);
    BROWSER.click(By.cssSelector("[data-action='APPROVE_CLOSE_OUT']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#task-state[data-state='CLOSED_OUT']")));
    assertThat(progress(planner, streetTask)).isEqualTo(100);

    // 7. The district's leader approves and publishes the plan, then opens its task tree.
    signInAt(districtLeader, "/planning/plan.xhtml?id=" + planId);
    BROWSER.click(By.cssSelector("[data-action='APPROVE']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#plan-state[data-state='APPROVED']")));
    BROWSER.click(By.cssSelector("[data-action='PUBLISH']"));
    BROWSER.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#plan-state[data-state='PUBLISHED']")));
    assertThat(BROWSER.text(By.id("plan-due"))).contains(today.getYear() + "-01-31");
    JsonObject published = planner.get("/planning/plans/" + planId).json();
    assertThat(published.getString("state")).isEqualTo("PUBLISHED");
    BROWSER.screenshot("planning-plan-published");

    BROWSER.click(By.id("tree"));
    By topRow = By.cssSelector("a.tree-task[data-number='" + top + "']");
    BROWSER.find(topRow);
    By streetRow = By.cssSelector("a.tree-task[data-number='" + streetTask + "']");
    By communityRow = By.cssSelector("a.tree-task[data-number='" + communityTask + "']");
    assertThat(BROWSER.driver().findElements(streetRow))
        .as("children show when expanded")
        .isEmpty();
    BROWSER.click(
        By.xpath(
            "//tr[.//a[@data-number='" + top + "']]//*[contains(@class,'ui-treetable-toggler')]"));
    BROWSER.find(streetRow);
    assertThat(BROWSER.driver().findElements(communityRow)).isEmpty();
    BROWSER.click(
        By.xpath(
            "//tr[.//a[@data-number='"
                + streetTask
                + "']]//*[contains(@class,'ui-treetable-toggler')]"));
    BROWSER.find(communityRow);
    assertThat(
            BROWSER
                .find(By.cssSelector(".tree-progress[data-number='" + streetTask + "']"))
                .getText())
        .isEqualTo("100 %");
    BROWSER.screenshot("planning-tree");

    // 8. Who is late in the plan's year, every unit shown: the district published, both streets'
    // plans (made by the decomposition) still drafts.
    BROWSER.open("/planning/late.xhtml?year=" + today.getYear());
    assertThat(BROWSER.byId("late:year_input").getAttribute("value"))
        .isEqualTo(String.valueOf(today.getYear()));
    BROWSER.click(By.cssSelector("[id='late:all'] .ui-chkbox-box"));
    BROWSER.click(By.id("late:search"));
    BROWSER.until(
        ExpectedConditions.attributeToBe(planStateOf(district), "data-plan-state", "PUBLISHED"));
    assertThat(BROWSER.find(planStateOf(streetA)).getAttribute("data-plan-state"))
        .isEqualTo("DRAFT");
    assertThat(BROWSER.find(planStateOf(streetB)).getAttribute("data-plan-state"))
        .isEqualTo("DRAFT");
    assertThat(BROWSER.driver().findElements(planStateOf(community)))
        .as("communities plan with their street")
        .isEmpty();
    BROWSER.screenshot("planning-late");

    Reply audit =
        Api.as("auditadmin")
            .get("/audit?entityType=GovernanceTask&entityId=" + communityTask + "&max=50");
    assertThat(audit.body())
        .as(audit.toString())
        .contains("PROGRESS", "REQUEST_DELAY", "APPROVE_DELAY", "APPROVE_CLOSE_OUT");
  }

  /** The plan state badge of a unit's row on the who-is-late page. */
  private static By planStateOf(String unitCode) {
    return By.xpath("//tr[.//span[@data-unit='" + unitCode + "']]//span[@data-plan-state]");
  }

  /** Signs in afresh as {@code user} and opens {@code path}. */
  private static void signInAt(String user, String path) {
    BROWSER.driver().manage().deleteAllCookies();
    BROWSER.open(path);
    BROWSER.signIn(user, Accounts.PASSWORD);
    BROWSER.open(path);
  }

  private static String ledBy(JsonArray nodes, String unit) {
    return nodes.getValuesAs(JsonObject.class).stream()
        .map(n -> n.getJsonObject("task"))
        .filter(t -> t.getString("leadUnitCode").equals(unit))
        .findFirst()
        .orElseThrow()
        .getString("number");
  }

  private static int progress(Api api, String number) {
    return api.get("/planning/tasks/" + number).json().getJsonObject("summary").getInt("progress");
  }
}
