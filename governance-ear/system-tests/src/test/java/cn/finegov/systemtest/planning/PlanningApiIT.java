package cn.finegov.systemtest.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planning module through the REST API on PostgreSQL, in a district made for the test (a unit
 * has one plan a year, and the database outlives runs): a district plan decomposed to two streets
 * and one street's task further to a community, progress rolled up, a delay approved by the issuing
 * street, close-out, review and publication; unit scoping; validation problems; an immediate task
 * from a hotline ticket.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningApiIT {

  private static String district;
  private static String streetA;
  private static String streetB;
  private static String community;
  private static String districtPlanner;
  private static String districtLeader;
  private static String streetPlanner;
  private static String streetLeader;
  private static String communityHandler;
  private static String otherDistrict;
  private static String otherStreetA;
  private static String otherStreetB;
  private static String otherPlanner;
  private static String otherStreetPlanner;
  private static String otherStreetLeader;
  private static String otherStreetBHandler;
  private static LocalDate today;
  private static int year;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aDistrictWithItsPeople() {
    district = Accounts.newUnit("PD", "规划测试区{code}", "DISTRICT", "990100");
    streetA = Accounts.newUnit("PSA", "规划测试甲街道{code}", "STREET", district);
    streetB = Accounts.newUnit("PSB", "规划测试乙街道{code}", "STREET", district);
    community = Accounts.newUnit("PC", "规划测试社区{code}", "COMMUNITY", streetA);
    districtPlanner = Accounts.ready("pdp", district, "MODULE_ADMIN");
    districtLeader = Accounts.ready("pdl", district, "LEADER");
    streetPlanner = Accounts.ready("psp", streetA, "MODULE_ADMIN");
    streetLeader = Accounts.ready("psl", streetA, "LEADER");
    communityHandler = Accounts.ready("pch", community, "DEPARTMENT_HANDLER");
    // A second district for the tests that keep its plan a draft (the first one's is published).
    otherDistrict = Accounts.newUnit("PE", "规划测试丙区{code}", "DISTRICT", "990100");
    otherStreetA = Accounts.newUnit("PEA", "规划测试丙区甲街道{code}", "STREET", otherDistrict);
    otherStreetB = Accounts.newUnit("PEB", "规划测试丙区乙街道{code}", "STREET", otherDistrict);
    otherPlanner = Accounts.ready("pep", otherDistrict, "MODULE_ADMIN");
    otherStreetPlanner = Accounts.ready("pesp", otherStreetA, "MODULE_ADMIN");
    otherStreetLeader = Accounts.ready("pesl", otherStreetA, "LEADER");
    otherStreetBHandler = Accounts.ready("pesh", otherStreetB, "DEPARTMENT_HANDLER");
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    year = today.getYear();
  }

  @Test
  void aPlanIsDecomposedTwoLevelsWorkedOnDelayedClosedOutAndPublished() {
    Api planner = Accounts.as(districtPlanner);
    LocalDate deadline = today.plusDays(60);

    // The district drafts its plan with two tasks.
    Reply created =
        planner.post(
            "/planning/plans",
            Api.json(
                "year", year,
                "unitCode", district,
                "title", "规划测试区年度精细化治理计划",
                "problems", "背街小巷环境差",
                "targets", "年底前全部整治",
                "safeguards", "纳入考核"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location").orElseThrow()).contains("/planning/plans/");
    JsonObject plan = created.json();
    long planId = plan.getJsonNumber("id").longValue();
    assertThat(plan.getString("state")).isEqualTo("DRAFT");
    assertThat(plan.getString("level")).isEqualTo("DISTRICT");
    assertThat(plan.getString("dueDate")).isEqualTo(year + "-01-31");
    String alleys = createTask(planner, planId, "背街小巷整治", district, 2, deadline);
    String lifts = createTask(planner, planId, "加装电梯", district, 1, deadline);

    // Decomposed to both streets, then street A's task to its community.
    Reply decomposed =
        planner.post(
            "/planning/tasks/" + alleys + "/assignments",
            Json.createObjectBuilder()
                .add("unitCodes", Json.createArrayBuilder().add(streetA).add(streetB))
                .add("deadline", today.plusDays(50).toString())
                .build()
                .toString());
    assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(201);
    JsonArray streets = decomposed.jsonArray();
    assertThat(streets).hasSize(2);
    String streetTask = numberLedBy(streets, streetA);
    String streetBTask = numberLedBy(streets, streetB);
    JsonObject streetDetail =
        Accounts.as(streetPlanner).get("/planning/tasks/" + streetTask).json();
    assertThat(streetDetail.getJsonObject("summary").getString("state")).isEqualTo("ASSIGNED");
    assertThat(streetDetail.getJsonObject("summary").getString("parentNumber")).isEqualTo(alleys);
    assertThat(streetDetail.getString("issuingUnitCode")).isEqualTo(district);
    long streetPlanId = streetDetail.getJsonObject("summary").getJsonNumber("planId").longValue();
    JsonObject streetPlan =
        Accounts.as(streetPlanner).get("/planning/plans/" + streetPlanId).json();
    assertThat(streetPlan.getString("state")).isEqualTo("DRAFT");
    assertThat(streetPlan.getJsonNumber("parentPlanId").longValue()).isEqualTo(planId);

    Reply toCommunity =
        Accounts.as(streetPlanner)
            .post(
                "/planning/tasks/" + streetTask + "/assignments",
                Json.createObjectBuilder()
                    .add("unitCodes", Json.createArrayBuilder().add(community))
                    .build()
                    .toString());
    assertThat(toCommunity.status()).as(toCommunity.toString()).isEqualTo(201);
    String communityTask = toCommunity.jsonArray().getJsonObject(0).getString("number");

    // The community reports; the progress rolls up by weight.
    Api handler = Accounts.as(communityHandler);
    Reply report =
        handler.post(
            "/planning/tasks/" + communityTask + "/progress",
            Api.json("percent", 60, "text", "完成7条小巷整治"));
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.json().getJsonObject("summary").getString("state")).isEqualTo("IN_PROGRESS");
    assertThat(progress(planner, streetTask)).isEqualTo(60);
    assertThat(progress(planner, alleys)).isEqualTo(30); // (60 + 0) / 2
    JsonObject rollUp = planner.get("/planning/tasks/" + alleys + "/roll-up").json();
    assertThat(rollUp.getJsonArray("parts").getValuesAs(JsonObject.class))
        .extracting(
            p -> p.getString("unitCode"), p -> p.getInt("weight"), p -> p.getInt("progress"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(streetA, 1, 60),
            org.assertj.core.groups.Tuple.tuple(streetB, 1, 0));
    JsonObject planRollUp = planner.get("/planning/plans/" + planId + "/roll-up").json();
    assertThat(planRollUp.getJsonNumber("progress").doubleValue())
        .isEqualTo(20.0); // (2×30 + 1×0) / 3
    Reply rolledReport =
        planner.post(
            "/planning/tasks/" + streetTask + "/progress", Api.json("percent", 50, "text", "x"));
    assertThat(rolledReport.status()).as("a planner does not report").isEqualTo(403);

    // A delay asked by the community, decided by the street that issued the task.
    LocalDate later = today.plusDays(55);
    Reply delay =
        handler.post(
            "/planning/tasks/" + communityTask + "/delay-requests",
            Api.json("reason", "雨季停工两周", "proposedDeadline", later.toString()));
    assertThat(delay.status()).as(delay.toString()).isEqualTo(201);
    long requestId = delay.json().getJsonNumber("id").longValue();
    Reply decided =
        Accounts.as(streetLeader)
            .post(
                "/planning/tasks/" + communityTask + "/delay-requests/" + requestId + "/decision",
                Api.json("approve", true, "note", "同意延期"));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(decided.json().getJsonObject("summary").getString("deadline"))
        .isEqualTo(later.toString());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(Accounts.as(streetLeader).get("/notifications?max=50").body())
                  .contains(communityTask);
              assertThat(handler.get("/notifications?max=50").body()).contains(communityTask);
            });

    // Completed and closed out.
    assertThat(handler.post("/planning/tasks/" + communityTask + "/complete", "").status())
        .isEqualTo(200);
    Reply closeOut =
        handler.post(
            "/planning/tasks/" + communityTask + "/close-out", Api.json("summary", "全部达到十无标准"));
    assertThat(closeOut.json().getJsonObject("summary").getString("state"))
        .isEqualTo("CLOSE_OUT_REQUESTED");
    Reply closed =
        Accounts.as(streetLeader)
            .post(
                "/planning/tasks/" + communityTask + "/close-out/decision",
                Api.json("approve", true, "note", "同意销号"));
    assertThat(closed.json().getJsonObject("summary").getString("state")).isEqualTo("CLOSED_OUT");
    assertThat(progress(planner, streetTask)).isEqualTo(100);
    assertThat(progress(planner, alleys)).isEqualTo(50);

    // The tree from the top and from the bottom.
    JsonObject tree = planner.get("/planning/tasks/" + alleys + "/tree").json();
    assertThat(tree.getJsonObject("root").getJsonArray("children")).hasSize(2);
    JsonObject up = handler.get("/planning/tasks/" + communityTask + "/tree").json();
    assertThat(up.getJsonArray("ancestors").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("number"))
        .containsExactly(alleys, streetTask);

    // Review and publication; then the plan is read-only.
    assertThat(act(planner, planId, "SUBMIT", null).status()).isEqualTo(200);
    Reply notAllowed = act(planner, planId, "APPROVE", null);
    assertThat(notAllowed.status()).isEqualTo(403);
    Api leader = Accounts.as(districtLeader);
    Reply returned = act(leader, planId, "RETURN", null);
    assertThat(returned.status()).as(returned.toString()).isEqualTo(400);
    assertThat(act(leader, planId, "RETURN", "目标需量化").json().getString("state")).isEqualTo("DRAFT");
    act(planner, planId, "SUBMIT", null);
    assertThat(act(leader, planId, "APPROVE", null).json().getString("state"))
        .isEqualTo("APPROVED");
    JsonObject published = act(leader, planId, "PUBLISH", null).json();
    assertThat(published.getString("state")).isEqualTo("PUBLISHED");
    assertThat(published.getBoolean("overdue")).isFalse();
    Reply again = act(leader, planId, "PUBLISH", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("detail")).contains("已发布");
    Reply change =
        planner.put("/planning/plans/" + planId, Api.json("title", "改标题", "targets", "x"));
    assertThat(change.status()).as(change.toString()).isEqualTo(409);
    Reply addTask =
        planner.post(
            "/planning/plans/" + planId + "/tasks", taskJson("新任务", district, 1, deadline));
    assertThat(addTask.status()).isEqualTo(409);
    assertThat(planner.post("/planning/tasks/" + lifts + "/assign", "").status()).isEqualTo(200);
    assertThat(progress(planner, streetBTask)).isZero();

    List<String> actions =
        Api.as("auditadmin")
            .get("/audit?entityType=GovernanceTask&entityId=" + communityTask + "&max=50")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions)
        .contains(
            "DECOMPOSE",
            "PROGRESS",
            "REQUEST_DELAY",
            "APPROVE_DELAY",
            "COMPLETE",
            "REQUEST_CLOSE_OUT",
            "APPROVE_CLOSE_OUT");
  }

  @Test
  void anotherUnitNeitherSeesNorActsOnTheTasks() {
    Api planner = Accounts.as(otherPlanner);
    long planId = otherPlan();
    String task = createTask(planner, planId, "道路积水点改造", otherDistrict, 1, today.plusDays(40));
    Reply decomposed =
        planner.post(
            "/planning/tasks/" + task + "/assignments",
            Json.createObjectBuilder()
                .add("unitCodes", Json.createArrayBuilder().add(otherStreetA))
                .build()
                .toString());
    assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(201);
    String streetTask = decomposed.jsonArray().getJsonObject(0).getString("number");

    Api neighbour = Accounts.as(otherStreetBHandler);
    assertThat(neighbour.get("/planning/tasks/" + streetTask).status()).isEqualTo(404);
    assertThat(neighbour.get("/planning/tasks/" + task).status()).isEqualTo(404);
    assertThat(neighbour.get("/planning/plans/" + planId).status()).isEqualTo(404);
    assertThat(neighbour.get("/planning/tasks/" + task + "/tree").status()).isEqualTo(404);
    assertThat(neighbour.get("/planning/tasks?max=500").body())
        .doesNotContain(streetTask)
        .doesNotContain(task);
    assertThat(
            neighbour
                .post(
                    "/planning/tasks/" + streetTask + "/progress",
                    Api.json("percent", 10, "text", "x"))
                .status())
        .isEqualTo(404);
    // A district of another part of the city does not see it either.
    assertThat(Accounts.as(districtPlanner).get("/planning/tasks/" + streetTask).status())
        .isEqualTo(404);

    // The street's leader sees his task but may not decide on it: the district issued it.
    Api streetBoss = Accounts.as(otherStreetLeader);
    assertThat(streetBoss.get("/planning/tasks/" + streetTask).status()).isEqualTo(200);
    Reply decide =
        streetBoss.post(
            "/planning/tasks/" + streetTask + "/close-out/decision", Api.json("approve", true));
    assertThat(decide.status()).as(decide.toString()).isEqualTo(403);
    assertThat(decide.json().getString("code")).isEqualTo("planning.task.not-yours");
    // A street planner cannot plan for the neighbour street.
    Reply foreignPlan =
        Accounts.as(otherStreetPlanner)
            .post(
                "/planning/plans",
                Api.json("year", year, "unitCode", otherStreetB, "title", "越权计划"));
    assertThat(foreignPlan.status()).as(foreignPlan.toString()).isEqualTo(403);
  }

  @Test
  void badInputIsA400ProblemNamingTheFieldsInTheCallersLanguage() {
    Api planner = Accounts.as(otherPlanner);
    Reply noYear = planner.post("/planning/plans", Api.json("title", "无年度"));
    assertThat(noYear.status()).isEqualTo(400);
    assertThat(noYear.contentType()).startsWith("application/problem+json");
    assertThat(fields(noYear)).contains("year", "unitCode");

    long planId = otherPlan();
    Reply badTask =
        planner.post(
            "/planning/plans/" + planId + "/tasks",
            Api.json("title", " ", "weight", 0, "leadUnitCode", otherDistrict, "source", "FAX"));
    assertThat(badTask.status()).as(badTask.toString()).isEqualTo(400);
    assertThat(fields(badTask)).contains("source");
    Reply badWeight =
        planner.post(
            "/planning/plans/" + planId + "/tasks",
            Api.json("title", " ", "weight", 0, "leadUnitCode", otherDistrict));
    assertThat(fields(badWeight)).contains("title", "weight");
    Reply english =
        planner
            .inEnglish()
            .post(
                "/planning/plans/" + planId + "/tasks",
                Api.json("title", "t", "weight", 101, "leadUnitCode", otherDistrict));
    assertThat(english.json().getString("detail")).contains("Weight").contains("between 1 and 100");

    String task = createTask(planner, planId, "校验任务", otherDistrict, 1, today.plusDays(30));
    Reply notBelow =
        planner.post(
            "/planning/tasks/" + task + "/assignments",
            Json.createObjectBuilder()
                .add("unitCodes", Json.createArrayBuilder().add("990105"))
                .build()
                .toString());
    assertThat(notBelow.status()).as(notBelow.toString()).isEqualTo(400);
    assertThat(fields(notBelow)).containsExactly("unitCodes[0]");
    Reply lateDeadline =
        planner.post(
            "/planning/tasks/" + task + "/assignments",
            Json.createObjectBuilder()
                .add("unitCodes", Json.createArrayBuilder().add(otherStreetB))
                .add("deadline", today.plusDays(31).toString())
                .build()
                .toString());
    assertThat(fields(lateDeadline)).containsExactly("deadline");
    Reply wrongAction =
        planner.post("/planning/plans/" + planId + "/actions", Api.json("action", "FLY"));
    assertThat(wrongAction.status()).isEqualTo(400);
    assertThat(fields(wrongAction)).containsExactly("action");
    Reply noBody = planner.post("/planning/tasks/" + task + "/assignments", "");
    assertThat(noBody.status()).isEqualTo(400);
    Reply unknown = planner.get("/planning/tasks/2026-99999999");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("detail")).contains("不存在");
  }

  @Test
  void aHotlineTicketBecomesOneImmediateTaskWithItsLineage() {
    String ticket = Codes.unique("T");
    String body =
        Api.json(
            "source",
            "HOTLINE_12345",
            "externalReference",
            ticket,
            "problem",
            "望江路12号井盖缺失，存在安全隐患",
            "leadUnitCode",
            streetA,
            "workingDays",
            3);
    Reply first = Api.as("hotline").post("/planning/immediate-tasks", body);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonObject ref = first.json();
    String number = ref.getString("number");
    assertThat(ref.getString("state")).isEqualTo("ASSIGNED");
    assertThat(ref.getString("leadUnitCode")).isEqualTo(streetA);
    assertThat(LocalDate.parse(ref.getString("deadline"))).isAfter(today);
    assertThat(ref.getString("deadlineExplanation")).contains("工作");

    Reply second = Api.as("hotline").post("/planning/immediate-tasks", body);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().getString("number")).isEqualTo(number);
    assertThat(
            Api.as("hotline")
                .get("/planning/immediate-tasks?source=HOTLINE_12345&reference=" + ticket)
                .json()
                .getString("number"))
        .isEqualTo(number);

    JsonObject lineage =
        Api.as("sysadmin").get("/lineage?module=planning&type=Task&id=" + number).json();
    assertThat(lineage.toString()).contains(ticket).contains("TASK_FROM_TICKET");

    JsonObject task = Accounts.as(streetLeader).get("/planning/tasks/" + number).json();
    assertThat(task.getJsonObject("summary").getBoolean("immediate")).isTrue();
    assertThat(task.getString("issuingUnitCode")).isEqualTo(district);
    assertThat(task.getString("deadlineExplanationZh")).isNotBlank();

    Reply bad =
        Api.as("hotline")
            .post("/planning/immediate-tasks", Api.json("source", "FAX", "externalReference", " "));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("source", "externalReference");
  }

  // --- helpers --------------------------------------------------------------------------------

  private static String taskJson(String title, String lead, int weight, LocalDate deadline) {
    return Api.json(
        "title",
        title,
        "problem",
        "群众反映",
        "target",
        "按期完成",
        "measures",
        "专项整治",
        "deadline",
        deadline.toString(),
        "source",
        "HOTLINE_12345",
        "priority",
        "HIGH",
        "livelihood",
        true,
        "weight",
        weight,
        "leadUnitCode",
        lead);
  }

  private static String createTask(
      Api api, long planId, String title, String lead, int weight, LocalDate deadline) {
    Reply reply =
        api.post("/planning/plans/" + planId + "/tasks", taskJson(title, lead, weight, deadline));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonObject("summary").getString("number");
  }

  /** The second district's plan of the year (a draft), made by the first test that needs it. */
  private static synchronized long otherPlan() {
    Api planner = Accounts.as(otherPlanner);
    JsonArray found =
        planner
            .get("/planning/plans?year=" + year + "&unit=" + otherDistrict)
            .json()
            .getJsonArray("items");
    if (!found.isEmpty()) {
      return found.getJsonObject(0).getJsonNumber("id").longValue();
    }
    Reply created =
        planner.post(
            "/planning/plans",
            Api.json("year", year, "unitCode", otherDistrict, "title", "规划测试丙区计划"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String numberLedBy(JsonArray tasks, String unit) {
    return tasks.getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("leadUnitCode").equals(unit))
        .findFirst()
        .orElseThrow()
        .getString("number");
  }

  private static int progress(Api api, String number) {
    return api.get("/planning/tasks/" + number).json().getJsonObject("summary").getInt("progress");
  }

  private static Reply act(Api api, long planId, String action, String reason) {
    return api.post(
        "/planning/plans/" + planId + "/actions",
        reason == null ? Api.json("action", action) : Api.json("action", action, "reason", reason));
  }

  private static List<String> fields(Reply problem) {
    return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
