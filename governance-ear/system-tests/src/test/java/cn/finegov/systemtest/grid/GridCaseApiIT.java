package cn.finegov.systemtest.grid;

import static cn.finegov.systemtest.grid.GridCases.CITY_MANAGEMENT;
import static cn.finegov.systemtest.grid.GridCases.STREET_LAMP;
import static cn.finegov.systemtest.grid.GridCases.dispatchedToHandler;
import static cn.finegov.systemtest.grid.GridCases.freshPlace;
import static cn.finegov.systemtest.grid.GridCases.report;
import static cn.finegov.systemtest.grid.GridCases.reportAs;
import static cn.finegov.systemtest.grid.GridCases.state;
import static cn.finegov.systemtest.grid.GridCases.step;
import static cn.finegov.systemtest.grid.GridCases.tryStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case workflow through the REST API on PostgreSQL with the demo users: report (idempotent on
 * the app's id) → file → dispatch → sign → handle → feedback → verify → close, a return with
 * arbitration and a rework, refused steps, bad reports, duplicates and merging, and unit scoping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridCaseApiIT {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aCaseGoesFromReportToCloseWithDeadlinesTimelineAuditAndNotices() {
    String clientId = UUID.randomUUID().toString();
    String body = report(clientId, STREET_LAMP, freshPlace(), "路灯不亮，已两晚");
    Reply first = Api.as("gridworker").post("/grid/cases", body);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonObject created = first.json();
    String number = created.getJsonObject("summary").getString("number");
    assertThat(number).matches("[0-9]{6}-20[0-9]{2}-[0-9]{6,}");
    assertThat(first.header("Location").orElseThrow()).endsWith("/grid/cases/" + number);
    assertThat(state(created)).isEqualTo("REPORTED");
    assertThat(created.getJsonObject("summary").getString("stageDueAt")).isNotBlank();
    assertThat(created.getJsonObject("deadline").getString("explanationZh")).contains("工作");

    // A retry after a lost answer finds the same case.
    Reply retry = Api.as("gridworker").post("/grid/cases", body);
    assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
    assertThat(retry.json().getJsonObject("summary").getString("number")).isEqualTo(number);
    assertThat(Api.as("clerk").get("/grid/cases?number=" + number).json().getInt("total"))
        .isEqualTo(1);
    // Part of the number (year and sequence) finds it too, among few.
    JsonObject byPart =
        Api.as("clerk").get("/grid/cases?max=500&number=" + number.substring(7)).json();
    assertThat(numbers(byPart)).contains(number);
    assertThat(byPart.getBoolean("capped")).isFalse();

    // The supervision centre's clerk finds it among his tasks and files it.
    assertThat(numbers(Api.as("clerk").get("/grid/cases/tasks?max=500").json())).contains(number);
    JsonObject filed = step("clerk", number, "FILE");
    assertThat(state(filed)).isEqualTo("FILED");
    assertThat(actions(filed)).containsExactly("MERGE"); // the clerk cannot dispatch
    assertThat(actions(Api.as("dispatcher").get("/grid/cases/" + number).json()))
        .contains("DISPATCH");

    step("dispatcher", number, "DISPATCH", "unitCode", CITY_MANAGEMENT);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Api.as("handler").get("/notifications?max=50").body())
                    .contains(number)
                    .contains("grid.case-assigned"));
    assertThat(numbers(Api.as("handler").get("/grid/cases/tasks?max=500").json())).contains(number);
    step("handler", number, "SIGN");
    step("handler", number, "START");
    JsonObject feedback = step("handler", number, "REPORT_BACK");
    assertThat(state(feedback)).isEqualTo("FEEDBACK");

    // The grid worker of the place verifies and closes.
    step("gridworker", number, "START_VERIFICATION");
    JsonObject closed = step("gridworker", number, "CLOSE");
    assertThat(state(closed)).isEqualTo("CLOSED");
    assertThat(closed.getJsonObject("summary").getString("closedAt")).isNotBlank();
    assertThat(closed.getJsonArray("timeline").stream().map(this::toState).toList())
        .containsExactly(
            "REPORTED",
            "FILED",
            "DISPATCHED",
            "SIGNED",
            "HANDLING",
            "FEEDBACK",
            "VERIFYING",
            "CLOSED");

    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=GridCase&entityId=" + number + "&max=50")
            .json();
    assertThat(
            audit.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("action"))
                .toList())
        .contains("REPORT", "FILE", "DISPATCH", "SIGN", "START", "REPORT_BACK", "CLOSE");
    // The filing deadline registered with the new case has no entry of its own
    // (DeadlineRegistry.registerNew): the report's entry names its due time.
    JsonObject reported =
        audit.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(entry -> "REPORT".equals(entry.getString("action")))
            .findFirst()
            .orElseThrow();
    assertThat(
            Json.createReader(new StringReader(reported.getString("after")))
                .readObject()
                .getString("due", null))
        .isNotBlank();
  }

  @Test
  void illegalStepsAreRefusedWithAClearMessageAndChangeNothing() {
    String number = reportAs("gridworker");

    Reply close = tryStep("clerk", number, "CLOSE");
    assertThat(close.status()).as(close.toString()).isEqualTo(409);
    assertThat(close.json().getString("detail")).contains("已上报").contains("结案");

    Reply sign = tryStep("handler", number, "SIGN");
    assertThat(sign.status()).as(sign.toString()).isIn(403, 404);

    Reply reject = tryStep("clerk", number, "REJECT");
    assertThat(reject.status()).as(reject.toString()).isEqualTo(400);

    Reply unknown = tryStep("clerk", number, "FLY");
    assertThat(unknown.status()).isEqualTo(400);

    Reply stale = tryStep("clerk", number, "FILE", "version", 99L);
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

    assertThat(state(Api.as("clerk").get("/grid/cases/" + number).json())).isEqualTo("REPORTED");
  }

  @Test
  void aReturnedCaseIsArbitratedAndAFailedVerificationGoesBackForRework() {
    String number = dispatchedToHandler();

    Reply noReason = tryStep("handler", number, "RETURN");
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    JsonObject returned = step("handler", number, "RETURN", "reason", "该路灯属供电公司维护，非本局管辖");
    assertThat(state(returned)).isEqualTo("RETURNED");
    assertThat(returned.getJsonObject("summary").getInt("returnCount")).isEqualTo(1);

    // Plain re-dispatch to the unit that returned it is refused: the centre must arbitrate.
    Reply again = tryStep("dispatcher", number, "DISPATCH", "unitCode", CITY_MANAGEMENT);
    assertThat(again.status()).as(again.toString()).isIn(409, 422);
    step(
        "dispatcher",
        number,
        "ARBITRATE",
        "unitCode",
        CITY_MANAGEMENT,
        "reason",
        "按《城市管理部件权属清单》，道路照明由区城管局负责");

    step("handler", number, "SIGN");
    step("handler", number, "START");
    step("handler", number, "REPORT_BACK");
    step("gridworker", number, "START_VERIFICATION");
    JsonObject rework = step("gridworker", number, "SEND_BACK", "reason", "复核时路灯仍不亮");
    assertThat(state(rework)).isEqualTo("REWORK");
    assertThat(rework.getJsonObject("summary").getInt("reworkCount")).isEqualTo(1);
    assertThat(numbers(Api.as("handler").get("/grid/cases/tasks?max=500").json())).contains(number);
    step("handler", number, "START");
    assertThat(
            Api.as("handler").get("/grid/cases/" + number).json().getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject().getString("reason", ""))
                .toList())
        .contains("该路灯属供电公司维护，非本局管辖", "复核时路灯仍不亮");
  }

  @Test
  void aHandlerOfAnotherDepartmentNeverSeesTheCase() {
    String number = dispatchedToHandler();
    String waterHandler = Accounts.ready("gh", "990100-SW", "DEPARTMENT_HANDLER");

    assertThat(Accounts.as(waterHandler).get("/grid/cases/" + number).status()).isEqualTo(404);
    assertThat(numbers(Accounts.as(waterHandler).get("/grid/cases?max=500").json()))
        .doesNotContain(number);
    assertThat(numbers(Accounts.as(waterHandler).get("/grid/cases/tasks?max=500").json()))
        .doesNotContain(number);
    Reply sign =
        Accounts.as(waterHandler)
            .post("/grid/cases/" + number + "/actions", Api.json("action", "SIGN"));
    assertThat(sign.status()).as(sign.toString()).isIn(403, 404);

    assertThat(Api.as("handler").get("/grid/cases/" + number).status()).isEqualTo(200);
    assertThat(Api.as("observer").get("/grid/cases/" + number).status()).isEqualTo(200);
    assertThat(
            Api.as("observer")
                .post("/grid/cases/" + number + "/actions", Api.json("action", "SIGN"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void badReportsAreRefusedAndNothingIsStored() {
    long before = Api.as("clerk").get("/grid/cases?max=1").json().getInt("total");
    double[] place = freshPlace();

    Reply noCategory = Api.as("gridworker").post("/grid/cases", report(null, "", place, "x"));
    assertThat(noCategory.status()).as(noCategory.toString()).isEqualTo(400);
    Reply unknownCategory =
        Api.as("gridworker").post("/grid/cases", report(null, "E9999", place, "x"));
    assertThat(unknownCategory.status()).isEqualTo(400);
    assertThat(unknownCategory.body()).contains("E9999");
    Reply badPlace =
        Api.as("gridworker")
            .post("/grid/cases", report(null, STREET_LAMP, new double[] {95, 200}, "x"));
    assertThat(badPlace.status()).isEqualTo(400);
    Reply noBody = Api.as("gridworker").post("/grid/cases", "");
    assertThat(noBody.status()).isEqualTo(400);
    Reply notJson = Api.as("gridworker").post("/grid/cases", "{oops");
    assertThat(notJson.status()).isEqualTo(400);
    Reply dispatcherReports =
        Api.as("dispatcher").post("/grid/cases", report(null, STREET_LAMP, place, "x"));
    assertThat(dispatcherReports.status()).isEqualTo(403);

    assertThat(Api.as("clerk").get("/grid/cases?max=1").json().getInt("total")).isEqualTo(before);
  }

  @Test
  void aSecondReportNearbyIsAProbableDuplicateOfTheFirstOnlyAndMergingCarriesTheReporterOver() {
    double[] place = freshPlace();
    String first =
        number(Api.as("gridworker").post("/grid/cases", report(null, STREET_LAMP, place, "路灯不亮")));
    double[] near = {place[0] + 0.0002, place[1]}; // about 22 m north
    Reply second = Api.as("clerk").post("/grid/cases", report(null, STREET_LAMP, near, "同一路灯不亮"));
    JsonObject duplicate = second.json();
    assertThat(duplicate.getJsonObject("summary").getString("duplicateOf")).isEqualTo(first);
    String secondNumber = duplicate.getJsonObject("summary").getString("number");
    // 40 m from the duplicate but 62 m from the first report: a duplicate is never the original of
    // another, so this one is a first report of its own.
    double[] pastTheDuplicate = {place[0] + 0.00056, place[1]};
    JsonObject third =
        Api.as("gridworker")
            .post("/grid/cases", report(null, STREET_LAMP, pastTheDuplicate, "再往北的路灯"))
            .json();
    assertThat(third.getJsonObject("summary").get("duplicateOf")).isIn(null, JsonValue.NULL);

    double[] far = {place[0] + 0.002, place[1]}; // about 220 m
    JsonObject apart =
        Api.as("gridworker").post("/grid/cases", report(null, STREET_LAMP, far, "另一处")).json();
    assertThat(apart.getJsonObject("summary").get("duplicateOf")).isIn(null, JsonValue.NULL);

    JsonObject merged = step("clerk", secondNumber, "MERGE", "original", first);
    assertThat(state(merged)).isEqualTo("MERGED");
    assertThat(Api.as("clerk").get("/grid/cases/" + first).json().getJsonArray("otherReporters"))
        .extracting(JsonValue::toString)
        .contains("\"clerk\"");
  }

  @Test
  void bulkDispatchDoesEachCaseOnItsOwnAndRoutesToTheCategorysUnit() {
    String a = reportAs("gridworker");
    String b = reportAs("gridworker");
    String notFiled = reportAs("gridworker");
    step("clerk", a, "FILE");
    JsonObject filedB = step("clerk", b, "FILE");
    assertThat(Api.as("dispatcher").get("/grid/cases/" + b).json().getString("suggestedUnit", null))
        .isEqualTo(CITY_MANAGEMENT);
    assertThat(filedB.getJsonObject("summary").getString("state")).isEqualTo("FILED");

    Reply bulk =
        Api.as("dispatcher")
            .post(
                "/grid/cases/bulk-actions",
                "{\"numbers\":[\""
                    + a
                    + "\",\""
                    + b
                    + "\",\""
                    + notFiled
                    + "\"],\"action\":\"DISPATCH\"}");
    assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
    List<JsonObject> results = bulk.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    assertThat(results).hasSize(3);
    assertThat(results.get(0).getInt("status")).isEqualTo(200);
    assertThat(results.get(1).getString("state")).isEqualTo("DISPATCHED");
    assertThat(results.get(2).getInt("status")).isEqualTo(409);
    assertThat(results.get(2).getString("message")).contains("已上报");
    assertThat(
            Api.as("handler")
                .get("/grid/cases/" + a)
                .json()
                .getJsonObject("summary")
                .getString("responsibleUnit"))
        .isEqualTo(CITY_MANAGEMENT);
    assertThat(state(Api.as("clerk").get("/grid/cases/" + notFiled).json())).isEqualTo("REPORTED");
  }

  @Test
  void aBreachedStageIsAnnouncedOnceToTheSupervisingSideAndAudited() throws Exception {
    String number = dispatchedToHandler();
    // The signing deadline has passed (set back in the database: the real limit is an hour).
    try (Connection db = TestDatabase.connect();
        PreparedStatement overdue =
            db.prepareStatement("update grd_case set stage_due_at = ? where case_number = ?")) {
      overdue.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(600)));
      overdue.setString(2, number);
      assertThat(overdue.executeUpdate()).isEqualTo(1);
    }
    assertThat(
            Api.as("handler")
                .get("/grid/cases/" + number)
                .json()
                .getJsonObject("summary")
                .getString("light"))
        .isEqualTo("RED");
    assertThat(numbers(Api.as("dispatcher").get("/grid/cases?overdue=true&max=500").json()))
        .contains(number);

    await()
        .atMost(Duration.ofSeconds(150))
        .pollInterval(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(
                        Api.as("auditadmin")
                            .get("/audit?entityType=GridCase&action=ESCALATE&entityId=" + number)
                            .json()
                            .getInt("total"))
                    .isEqualTo(1));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(Api.as("dispatcher").get("/notifications?max=100").body())
                    .contains(number)
                    .contains("grid.case-overdue"));
    try (Connection db = TestDatabase.connect();
        PreparedStatement marked =
            db.prepareStatement("select escalated from grd_case where case_number = ?")) {
      marked.setString(1, number);
      try (var row = marked.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getBoolean(1)).as("announced once: marked").isTrue();
      }
    }
  }

  private static String number(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonObject("summary").getString("number");
  }

  private String toState(JsonValue step) {
    return step.asJsonObject().getString("to");
  }

  private static List<String> actions(JsonObject detail) {
    return detail.getJsonArray("allowed").stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("number"))
        .toList();
  }
}
