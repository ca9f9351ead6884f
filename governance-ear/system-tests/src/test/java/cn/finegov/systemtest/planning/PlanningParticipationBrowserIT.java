package cn.finegov.systemtest.planning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Browser;
import cn.finegov.systemtest.BrowserScreens;
import cn.finegov.systemtest.Codes;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Public participation in headless Chromium, in a district made for the run: the planning office
 * opens a solicitation on screen, records a proposal (the citizen's number masked in the list,
 * whole only on request) and adopts it into its draft plan; it records a late opinion (flagged and
 * counted) that is then taken up and answered; a leader publishes a satisfaction evaluation (votes
 * entered through the API) and the public page shows the ranked result without signing in.
 */
class PlanningParticipationBrowserIT extends BrowserScreens {

  @RegisterExtension static final Browser BROWSER = new Browser();

  @Override
  protected Browser browser() {
    return BROWSER;
  }

  @Test
  void aProposalIsAdoptedAnOpinionAnsweredAndAnEvaluationPublished() throws Exception {
    String district = Accounts.newUnit("RD", "参与界面区{code}", "DISTRICT", "990100");
    String street = Accounts.newUnit("RS", "参与界面街道{code}", "STREET", district);
    // The built-in roles were seeded before these permissions existed (once per module).
    String office =
        role(
            "planning.participation.read",
            "planning.participation.manage",
            "planning.participation.handle",
            "planning.participation.contact",
            "planning.evaluation.read",
            "planning.evaluation.manage");
    String leading = role("planning.evaluation.read", "planning.evaluation.publish");
    String planner = Accounts.ready("rdp", district, "MODULE_ADMIN", office);
    String leader = Accounts.ready("rdl", district, "LEADER", leading);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    int year = today.getYear();
    Api api = Accounts.as(planner);
    String planTitle = "参与界面区下年度计划" + district;
    Reply plan =
        api.post(
            "/planning/plans",
            Api.json("year", year + 1, "unitCode", district, "title", planTitle));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    String phone = "139" + String.format("%08d", Math.abs(district.hashCode()) % 100_000_000);
    String masked = phone.substring(0, 3) + "****" + phone.substring(7);

    // The office opens a solicitation through two channels.
    signInAt(planner, "/planning/solicitations.xhtml");
    String roundTitle = "参与界面征集" + district;
    BROWSER.byId("newRound:title").sendKeys(roundTitle);
    BROWSER.click(By.id("newRound:channels:0"));
    BROWSER.click(By.id("newRound:channels:4"));
    BROWSER.typeDate("newRound:opensOn", today.minusDays(1));
    BROWSER.typeDate("newRound:closesOn", today.plusDays(20));
    BROWSER.click(By.id("newRound:create"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("round:state"), "征集中"));

    // A proposal from a deputies' liaison station: the list shows the number masked.
    BROWSER.choose("newProposal:channel", "人大代表联络站");
    BROWSER.byId("newProposal:source").sendKeys("某街道人大代表联络站");
    BROWSER.byId("newProposal:title").sendKeys("老旧小区加装电梯");
    BROWSER.byId("newProposal:contactName").sendKeys("赵六");
    BROWSER.byId("newProposal:contactPhone").sendKeys(phone);
    BROWSER.click(By.id("newProposal:record"));
    By rows = By.cssSelector("[id='proposals:table_data'] > tr:not(.ui-datatable-empty-message)");
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(rows, "老旧小区加装电梯"));
    assertThat(BROWSER.text(rows)).contains(masked).contains("待研究");
    assertThat(BROWSER.driver().getPageSource()).doesNotContain(phone);

    // Opened: the whole number on request, then adopted into the draft plan.
    BROWSER.click(By.id("proposals:table:0:open"));
    BROWSER.byId("answer:contactReason").sendKeys("电话回访");
    BROWSER.click(By.id("answer:reveal"));
    BROWSER.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("answer:contactWhole"), phone));
    BROWSER.choose("answer:outcome", "已采纳");
    BROWSER.choose("answer:plan", planTitle + " (参与界面区" + district + ")");
    BROWSER.byId("answer:answerInput").sendKeys("采纳，列入下年度计划");
    BROWSER.typeDate("answer:deadline", today.plusDays(200));
    BROWSER.click(By.id("answer:evaluate"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("answer:selectedState"), "已采纳"));
    String task = BROWSER.text(By.id("answer:resultTask"));
    assertThat(task).matches("\\d{4}-\\d{6}");
    assertThat(
            api.get("/planning/tasks/" + task).json().getJsonObject("summary").getString("title"))
        .isEqualTo("老旧小区加装电梯");
    BROWSER.screenshot("planning-solicitation");

    // The round's proposals as a workbook: the answer and its task, the contact masked; audited.
    WebElement proposalExport = BROWSER.byId("proposals:export");
    ((JavascriptExecutor) BROWSER.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", proposalExport);
    assertThat(workbookText(BROWSER.download(proposalExport, "planning-proposals.xlsx")))
        .contains("老旧小区加装电梯", masked, "采纳，列入下年度计划", task)
        .doesNotContain(phone);
    Reply proposalExports =
        Api.as("auditadmin").get("/audit?actor=" + planner + "&entityType=Proposal&action=EXPORT");
    assertThat(proposalExports.json().getJsonArray("items")).hasSize(1);

    // A letter received 60 days ago: past its deadline, counted, then answered.
    BROWSER.open("/planning/opinions.xhtml");
    BROWSER.choose("newOpinion:channel", "信函");
    BROWSER.byId("newOpinion:subject").sendKeys("建议增设非机动车停放点");
    String letterPhone = "137" + phone.substring(3);
    BROWSER.byId("newOpinion:contactPhone").sendKeys(letterPhone);
    BROWSER.typeDate("newOpinion:receivedOn", today.minusDays(60));
    BROWSER.click(By.id("newOpinion:record"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("opinions:overdueNumber"), "1"));
    By opinionRows =
        By.cssSelector("[id='opinions:table_data'] > tr:not(.ui-datatable-empty-message)");
    assertThat(BROWSER.text(opinionRows)).contains("建议增设非机动车停放点").contains("超期");
    BROWSER.click(By.id("opinions:table:0:open"));
    BROWSER.click(By.id("handle:takeUp"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("handle:selectedState"), "办理中"));
    BROWSER.byId("handle:answerInput").sendKeys("已在小区出入口增设停放点。");
    BROWSER.click(By.id("handle:answer"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("handle:selectedState"), "已答复"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("opinions:overdueNumber"), "0"));

    // The list as a workbook: the contact masked only; the download is audited.
    WebElement exportButton = BROWSER.byId("opinions:export");
    // Out of the fixed top bar's way: the download clicks the button directly.
    ((JavascriptExecutor) BROWSER.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", exportButton);
    Path file = BROWSER.download(exportButton, "planning-opinions.xlsx");
    assertThat(workbookText(file))
        .contains("建议增设非机动车停放点", "137****" + phone.substring(7), "已答复")
        .doesNotContain(letterPhone);
    Reply exports =
        Api.as("auditadmin")
            .get("/audit?actor=" + planner + "&entityType=PublicOpinion&action=EXPORT");
    assertThat(exports.status()).as(exports.toString()).isEqualTo(200);
    assertThat(exports.json().getJsonArray("items")).hasSize(1);

    // An evaluation of the street's plan, votes through the API; the leader publishes on screen.
    Reply streetPlan =
        api.post(
            "/planning/plans",
            Api.json("year", year, "unitCode", street, "title", "参与界面街道计划" + street));
    String evaluationTitle = "参与界面满意度测评" + district;
    Reply evaluation =
        api.post(
            "/planning/evaluations",
            Api.json(
                "year", year, "level", "STREET", "unitCode", district, "title", evaluationTitle));
    assertThat(evaluation.status()).as(evaluation.toString()).isEqualTo(201);
    long evaluationId = evaluation.json().getJsonNumber("id").longValue();
    Reply scored =
        api.post(
            "/planning/evaluations/" + evaluationId + "/scores",
            Api.json(
                "planId",
                streetPlan.json().getJsonNumber("id").longValue(),
                "satisfied",
                36,
                "basicallySatisfied",
                8,
                "dissatisfied",
                3));
    assertThat(scored.status()).as(scored.toString()).isEqualTo(200);

    signInAt(leader, "/planning/evaluations.xhtml");
    BROWSER.click(By.id("evaluations:table:0:open"));
    BROWSER.click(By.id("round:publish"));
    BROWSER.until(ExpectedConditions.textToBe(By.id("round:roundState"), "已公开"));
    WebElement resultsExport = BROWSER.byId("round:export");
    ((JavascriptExecutor) BROWSER.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", resultsExport);
    assertThat(workbookText(BROWSER.download(resultsExport, "planning-evaluation.xlsx")))
        .contains("参与界面街道" + street, "93.6", "47");

    BROWSER.driver().manage().deleteAllCookies();
    BROWSER.open("/public/planning/evaluation.xhtml?year=" + year);
    // This round's card (earlier runs published others of the same year): 44 of 47 votes, 93.6 %.
    By card = By.cssSelector(".evaluation-round[data-round='" + evaluationId + "']");
    BROWSER.until(ExpectedConditions.textToBePresentInElementLocated(card, evaluationTitle));
    assertThat(BROWSER.text(card)).contains("参与界面街道" + street).contains("93.6%");
    BROWSER.screenshot("planning-evaluation-public");
  }

  private static String role(String... permissions) {
    String code = ("PPB_" + Codes.unique("").replace("-", "")).toUpperCase();
    var granted = Json.createArrayBuilder();
    for (String permission : permissions) {
      granted.add(permission);
    }
    Reply created =
        Api.as("secadmin")
            .post(
                "/roles",
                Api.json(
                    "code",
                    code,
                    "nameZh",
                    "参与界面测试" + code,
                    "nameEn",
                    "Participation screens test " + code,
                    "permissions",
                    granted.build()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  /** Every text of a workbook's parts (cells, shared strings), character references decoded. */
  private static String workbookText(Path file) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return Pattern.compile("&#x([0-9a-fA-F]+);")
        .matcher(text)
        .replaceAll(
            m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
  }

  /** Signs in afresh as {@code user} and opens {@code path}. */
  private static void signInAt(String user, String path) {
    BROWSER.driver().manage().deleteAllCookies();
    BROWSER.open(path);
    BROWSER.signIn(user, Accounts.PASSWORD);
    BROWSER.open(path);
  }
}
