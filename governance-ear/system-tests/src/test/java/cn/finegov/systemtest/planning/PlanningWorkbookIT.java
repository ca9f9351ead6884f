package cn.finegov.systemtest.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planning module's Excel round-trip, publication and committee report through REST on
 * PostgreSQL, in a district made for the test: a dry run with errors lists every bad cell with row,
 * column and reason (zh and en) and stores nothing, nor does applying that file; a clean file
 * applies all rows with an audit entry; a plan is public (page, JSON, PDF, Word, Excel) only once
 * published and shows no personal data; the committee report needs its permission and is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningWorkbookIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static String district;
  private static String street;
  private static String elsewhere;
  private static String planner;
  private static String leader;
  private static String reporter;
  private static LocalDate today;
  private static int year;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aDistrictWithItsPeople() {
    district = Accounts.newUnit("PWD", "工作簿测试区{code}", "DISTRICT", "990100");
    street = Accounts.newUnit("PWS", "工作簿测试街道{code}", "STREET", district);
    elsewhere = Accounts.newUnit("PWE", "工作簿测试他区{code}", "DISTRICT", "990100");
    planner = Accounts.ready("pwp", district, "MODULE_ADMIN");
    leader = Accounts.ready("pwl", district, "LEADER");
    // The built-in roles were seeded before planning.plan.report existed (seeding runs once per
    // module), so the reporter gets it through a role of the test's own.
    String role = ("PWR_" + Codes.unique("").replace("-", "")).toUpperCase();
    Reply created =
        Api.as("secadmin")
            .post(
                "/roles",
                Api.json(
                    "code",
                    role,
                    "nameZh",
                    "计划报告测试" + role,
                    "nameEn",
                    "Plan report test " + role,
                    "permissions",
                    Json.createArrayBuilder()
                        .add("planning.plan.read")
                        .add("planning.plan.report")
                        .build()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    reporter = Accounts.ready("pwr", district, role);
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    year = today.getYear();
  }

  @Test
  void aDryRunWithErrorsListsEveryBadCellAndNothingIsStored() {
    Api api = Accounts.as(planner);
    long planId = plan(api, year, "工作簿测试区试导入计划");
    byte[] file =
        xlsx(
            new String[] {"任务名称*", "牵头单位代码*", "完成时限*", "配合单位代码", "权重"},
            new String[] {"背街小巷整治", street, today.plusDays(30).toString(), district, "2"},
            new String[] {"", "NOPE-" + street, "明年", "", ""},
            new String[] {"越界任务", elsewhere, today.minusDays(1).toString(), "", "0"});

    Reply dryRun = api.postBytes("/planning/task-workbook/" + planId + "/dry-run", XLSX, file);
    assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
    JsonObject check = dryRun.json();
    assertThat(check.getInt("rows")).isEqualTo(3);
    assertThat(check.getInt("validRows")).isEqualTo(1);
    assertThat(check.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(
            e -> e.getInt("row"),
            e -> e.getString("column"),
            e -> e.getString("field"),
            e -> e.getString("columnTitle"),
            e -> e.getString("message"))
        .containsExactly(
            tuple(3, "A", "title", "任务名称", "必填。"),
            tuple(3, "B", "leadUnitCode", "牵头单位代码", "单位代码“NOPE-" + street + "”不存在或已停用。"),
            tuple(3, "C", "deadline", "完成时限", "“明年”不是日期，请填写如 2026-12-31 的日期。"),
            tuple(4, "B", "leadUnitCode", "牵头单位代码", "单位“" + elsewhere + "”不是本计划单位或其下级单位。"),
            tuple(4, "C", "deadline", "完成时限", "完成时限 " + today.minusDays(1) + " 早于今天。"),
            tuple(4, "E", "weight", "权重", "“0”不是 1 至 100 的整数。"));

    JsonObject english =
        api.inEnglish()
            .postBytes("/planning/task-workbook/" + planId + "/dry-run", XLSX, file)
            .json()
            .getJsonArray("errors")
            .getJsonObject(0);
    assertThat(english.getString("columnTitle")).isEqualTo("Title");
    assertThat(english.getString("message")).isEqualTo("Required.");

    Reply refused = api.postBytes("/planning/task-workbook/" + planId, XLSX, file);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly(
            "row 3.title",
            "row 3.leadUnitCode",
            "row 3.deadline",
            "row 4.leadUnitCode",
            "row 4.deadline",
            "row 4.weight");
    assertThat(api.get("/planning/plans/" + planId + "/tasks").jsonArray())
        .as("neither the dry run nor the refused import stored a task")
        .isEmpty();
  }

  @Test
  void aCleanFileAppliesEveryRowWithAnAuditEntry() {
    Api api = Accounts.as(planner);
    long planId = plan(api, year + 1, "工作簿测试区导入计划");
    byte[] file = cleanFile("加装电梯", "口袋公园");

    JsonObject check =
        api.postBytes("/planning/task-workbook/" + planId + "/dry-run", XLSX, file).json();
    assertThat(check.getInt("rows")).isEqualTo(2);
    assertThat(check.getInt("validRows")).isEqualTo(2);
    assertThat(check.getJsonArray("errors")).isEmpty();
    assertThat(api.get("/planning/plans/" + planId + "/tasks").jsonArray()).isEmpty();

    Reply applied = api.postBytes("/planning/task-workbook/" + planId, XLSX, file);
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    assertThat(applied.json().getInt("created")).isEqualTo(2);
    List<JsonObject> tasks =
        api.get("/planning/plans/" + planId + "/tasks").jsonArray().getValuesAs(JsonObject.class);
    assertThat(tasks)
        .extracting(
            t -> t.getString("title"),
            t -> t.getString("leadUnitCode"),
            t -> t.getString("state"),
            t -> t.getString("priority"),
            t -> t.getBoolean("livelihood"))
        .containsExactlyInAnyOrder(
            tuple("加装电梯", street, "DRAFT", "HIGH", true),
            tuple("口袋公园", street, "DRAFT", "HIGH", true));
    JsonObject detail = api.get("/planning/tasks/" + tasks.get(0).getString("number")).json();
    assertThat(detail.getJsonObject("summary").getJsonArray("cooperatingUnitCodes").getString(0))
        .isEqualTo(district);
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=AnnualPlan&entityId=" + planId + "&action=IMPORT_TASKS")
                .json()
                .getJsonArray("items"))
        .hasSize(1);
  }

  @Test
  void aPlanIsPublicOnlyOncePublishedAndTheCommitteeReportIsAudited() {
    Api api = Accounts.as(planner);
    String title = "工作簿测试区公开计划" + Codes.unique("");
    long planId = plan(api, year + 2, title);
    assertThat(
            api.postBytes("/planning/task-workbook/" + planId, XLSX, cleanFile("背街小巷环境整治"))
                .status())
        .isEqualTo(200);
    assertThat(act(api, planId, "SUBMIT").status()).isEqualTo(200);
    assertThat(act(Accounts.as(leader), planId, "APPROVE").status()).isEqualTo(200);

    Api anonymous = Api.anonymous();
    assertThat(anonymous.get("/public/planning/plans/" + planId).status()).isEqualTo(404);
    assertThat(anonymous.get("/public/planning/plans/" + planId + "/export.pdf").status())
        .isEqualTo(404);
    assertThat(page(planId).statusCode()).as("the public page of an approved plan").isEqualTo(404);

    assertThat(act(Accounts.as(leader), planId, "PUBLISH").status()).isEqualTo(200);

    Reply published = anonymous.get("/public/planning/plans/" + planId);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    JsonObject plan = published.json();
    assertThat(plan.getString("title")).isEqualTo(title);
    assertThat(plan.getString("problems")).isEqualTo("背街小巷路面破损");
    JsonObject task = plan.getJsonArray("tasks").getJsonObject(0);
    assertThat(task.getString("title")).isEqualTo("背街小巷环境整治");
    assertThat(task.getString("leadUnit")).startsWith("工作簿测试街道");
    assertThat(task.keySet())
        .as("no personal data (null fields are left out)")
        .contains("number", "title", "leadUnit", "deadline", "stateKey", "progress")
        .isSubsetOf(
            "number",
            "title",
            "target",
            "measures",
            "leadUnit",
            "cooperatingUnits",
            "deadline",
            "stateKey",
            "progress",
            "livelihood");
    assertThat(anonymous.get("/public/planning/plans?year=" + (year + 2)).body()).contains(title);

    HttpResponse<byte[]> pdf = bytes("/public/planning/plans/" + planId + "/export.pdf", null);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String pdfText = new String(pdf.body(), StandardCharsets.ISO_8859_1);
    assertThat(pdfText).startsWith("%PDF-1.4").contains("/STSong-Light").endsWith("%%EOF\n");
    assertThat(pdfText).contains(ucs2Hex("背街小巷环境整治"));
    HttpResponse<byte[]> docx = bytes("/public/planning/plans/" + planId + "/export.docx", null);
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    HttpResponse<byte[]> xlsx = bytes("/public/planning/plans/" + planId + "/export.xlsx", null);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

    HttpResponse<String> page = page(planId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(title, "背街小巷环境整治", "工作簿测试街道");

    assertThat(api.get("/planning/plan-reports/" + planId + ".pdf").status())
        .as("the planning office lacks planning.plan.report")
        .isEqualTo(403);
    HttpResponse<byte[]> report = bytes("/planning/plan-reports/" + planId + ".docx", reporter);
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(new String(report.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    HttpResponse<byte[]> reportPdf = bytes("/planning/plan-reports/" + planId + ".pdf", reporter);
    assertThat(reportPdf.statusCode()).isEqualTo(200);
    assertThat(new String(reportPdf.body(), StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-1.4")
        .contains(ucs2Hex("区人民代表大会常务委员会"));
    assertThat(
            Api.as("auditadmin")
                .get("/audit?entityType=AnnualPlan&entityId=" + planId + "&action=REPORT")
                .json()
                .getJsonArray("items"))
        .hasSize(2);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static long plan(Api api, int planYear, String title) {
    Reply created =
        api.post(
            "/planning/plans",
            Api.json(
                "year",
                planYear,
                "unitCode",
                district,
                "title",
                title,
                "problems",
                "背街小巷路面破损",
                "targets",
                "年底前完成整治",
                "safeguards",
                "纳入年度考核"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static Reply act(Api api, long planId, String action) {
    Reply reply = api.post("/planning/plans/" + planId + "/actions", Api.json("action", action));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply;
  }

  private static byte[] cleanFile(String... titles) {
    String[][] rows = new String[titles.length + 1][];
    rows[0] =
        new String[] {"任务名称*", "工作目标", "牵头单位代码*", "配合单位代码", "完成时限*", "任务来源", "优先级", "民生微实事", "权重"};
    for (int i = 0; i < titles.length; i++) {
      rows[i + 1] =
          new String[] {
            titles[i],
            "年底前完成",
            street,
            district,
            today.plusDays(60).toString(),
            "12345热线",
            "高",
            "是",
            "2"
          };
    }
    return xlsx(rows);
  }

  static byte[] xlsx(String[]... rows) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("任务清单");
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            sheet.value(r, c, rows[r][c]);
          }
        }
      }
      workbook.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String ucs2Hex(String text) {
    StringBuilder hex = new StringBuilder();
    for (char c : text.toCharArray()) {
      hex.append(String.format("%04X", (int) c));
    }
    return hex.toString();
  }

  private static HttpResponse<String> page(long planId) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create(
                          Api.server() + "/governance/public/planning/plan.xhtml?id=" + planId))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A download as bytes, anonymous or as a person made by {@link Accounts#ready}. */
  private static HttpResponse<byte[]> bytes(String path, String username) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.base() + path)).GET();
    if (username != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (username + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
