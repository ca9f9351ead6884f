package cn.finegov.systemtest.planning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * Public participation and evaluation through the REST API on PostgreSQL, in a district made for
 * the test: a solicitation round whose proposals are merged, declined and adopted as a task (linked
 * both ways, contacts masked and their full view audited), public opinions with their overdue flag
 * and answers, a satisfaction evaluation scored, ranked and published for everybody; unit scoping
 * and validation problems throughout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningParticipationIT {

  private static String district;
  private static String streetA;
  private static String streetB;
  private static String otherDistrict;
  private static String planner;
  private static String leader;
  private static String streetHandler;
  private static String otherPlanner;
  private static LocalDate today;
  private static int nextYear;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aDistrictWithItsPeople() {
    district = Accounts.newUnit("QD", "参与测试区{code}", "DISTRICT", "990100");
    streetA = Accounts.newUnit("QSA", "参与测试甲街道{code}", "STREET", district);
    streetB = Accounts.newUnit("QSB", "参与测试乙街道{code}", "STREET", district);
    otherDistrict = Accounts.newUnit("QE", "参与测试丙区{code}", "DISTRICT", "990100");
    // The built-in roles of the shared database were seeded before these permissions existed
    // (seeding runs once per module), so each person also gets a role of the test's own holding
    // what the module grants his built-in role by default.
    String office =
        role(
            "planning.participation.read",
            "planning.participation.manage",
            "planning.participation.handle",
            "planning.participation.contact",
            "planning.evaluation.read",
            "planning.evaluation.manage");
    String leading =
        role(
            "planning.participation.read",
            "planning.evaluation.read",
            "planning.evaluation.publish");
    String handling = role("planning.participation.read", "planning.participation.handle");
    planner = Accounts.ready("qdp", district, "MODULE_ADMIN", office);
    leader = Accounts.ready("qdl", district, "LEADER", leading);
    streetHandler = Accounts.ready("qsh", streetA, "DEPARTMENT_HANDLER", handling);
    otherPlanner = Accounts.ready("qep", otherDistrict, "MODULE_ADMIN", office);
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    nextYear = today.getYear() + 1;
  }

  @Test
  void proposalsAreMergedDeclinedAndAdoptedAsATaskLinkedBothWays() {
    Api office = Accounts.as(planner);

    Reply noChannel =
        office.post(
            "/planning/solicitations", round("无渠道", Json.createArrayBuilder().build().toString()));
    assertThat(noChannel.status()).as(noChannel.toString()).isEqualTo(400);
    assertThat(fields(noChannel)).containsExactly("channels");

    Reply opened =
        office.post(
            "/planning/solicitations",
            round("参与测试区年度治理任务征集", "[\"HOTLINE_12345\",\"DEPUTY_LIAISON_STATION\"]"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long roundId = opened.json().getJsonNumber("id").longValue();
    assertThat(opened.json().getBoolean("accepting")).isTrue();

    Reply first = proposal(office, roundId, "DEPUTY_LIAISON_STATION", "背街小巷路灯不亮", null);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long firstId = first.json().getJsonNumber("id").longValue();
    assertThat(first.json().getString("contactMasked")).isEqualTo("张** 138****5678");
    assertThat(first.body()).doesNotContain("13812345678");
    long duplicateId = id(proposal(office, roundId, "HOTLINE_12345", "路灯坏了没人修", null));
    long declinedId = id(proposal(office, roundId, "HOTLINE_12345", "修建高尔夫球场", null));
    long streetsId = id(proposal(office, roundId, "HOTLINE_12345", "菜市场周边占道", streetA));

    Reply wrongChannel = proposal(office, roundId, "MEDIA", "媒体来的建议", null);
    assertThat(wrongChannel.status()).as(wrongChannel.toString()).isEqualTo(400);
    assertThat(fields(wrongChannel)).containsExactly("channel");

    // Scope: another district sees nothing; the street sees the round and only its proposal.
    assertThat(Accounts.as(otherPlanner).get("/planning/solicitations/" + roundId).status())
        .isEqualTo(404);
    assertThat(Accounts.as(otherPlanner).get("/planning/proposals/" + firstId).status())
        .isEqualTo(404);
    Api street = Accounts.as(streetHandler);
    JsonObject seenByStreet =
        street.get("/planning/solicitations/" + roundId + "/proposals").json();
    assertThat(seenByStreet.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(seenByStreet.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(streetsId);
    assertThat(street.get("/planning/proposals/" + firstId).status()).isEqualTo(404);
    assertThat(
            street
                .get("/planning/solicitations")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(r -> r.getJsonNumber("id").longValue()))
        .contains(roundId);

    // The street answers its proposal: not adopted needs the reason.
    Reply noReason = evaluate(street, streetsId, "NOT_ADOPTED", " ", null, null);
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactly("answer");
    Reply declined = evaluate(street, streetsId, "NOT_ADOPTED", "已纳入市场监管日常巡查", null, null);
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    assertThat(declined.json().getString("state")).isEqualTo("NOT_ADOPTED");
    assertThat(evaluate(street, firstId, "NOT_ADOPTED", "越权答复", null, null).status())
        .isEqualTo(404);

    assertThat(evaluate(office, declinedId, "NOT_ADOPTED", "不属于城市精细化治理范围", null, null).status())
        .isEqualTo(200);
    Reply merged = evaluate(office, duplicateId, "MERGED", "与其他建议重复，合并办理", firstId, null);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().getJsonNumber("mergedIntoId").longValue()).isEqualTo(firstId);

    // Adopted into the district's draft plan of next year: a task, linked both ways.
    Reply plan =
        office.post(
            "/planning/plans",
            Api.json("year", nextYear, "unitCode", district, "title", "参与测试区下年度计划"));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    long planId = plan.json().getJsonNumber("id").longValue();
    Reply adopted =
        evaluate(
            office,
            firstId,
            "ADOPTED",
            "采纳，列入下年度计划",
            null,
            Api.json("planId", planId, "deadline", today.plusDays(200).toString()));
    assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
    String task = adopted.json().getString("taskNumber");
    assertThat(adopted.json().getString("state")).isEqualTo("ADOPTED");
    assertThat(adopted.json().getJsonArray("mergedFrom").getJsonNumber(0).longValue())
        .isEqualTo(duplicateId);
    assertThat(
            office.get("/planning/proposals/" + duplicateId).json().getString("resultTaskNumber"))
        .isEqualTo(task);
    JsonObject made = office.get("/planning/tasks/" + task).json().getJsonObject("summary");
    assertThat(made.getString("title")).isEqualTo("背街小巷路灯不亮");
    assertThat(made.getJsonNumber("planId").longValue()).isEqualTo(planId);
    assertThat(made.toString()).contains("DEPUTY_LIAISON_STATION");
    assertThat(
            office.get("/planning/proposals?task=" + task).json().getJsonNumber("id").longValue())
        .isEqualTo(firstId);
    JsonArray origins =
        Api.as("leader")
            .get("/lineage?module=planning&type=Task&id=" + task)
            .json()
            .getJsonArray("origins");
    assertThat(origins).hasSize(1);
    assertThat(origins.getJsonObject(0).getString("relation")).isEqualTo("TASK_FROM_PROPOSAL");
    assertThat(origins.getJsonObject(0).getJsonObject("source").getString("id"))
        .isEqualTo(String.valueOf(firstId));
    Reply again = evaluate(office, firstId, "NOT_ADOPTED", "再答复", null, null);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);

    // The whole contact: only with the permission, each view audited without the number.
    assertThat(street.post("/planning/proposals/" + firstId + "/contact", "{}").status())
        .isEqualTo(403);
    Reply contact =
        office.post("/planning/proposals/" + firstId + "/contact", Api.json("reason", "回访建议人"));
    assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
    assertThat(contact.json().getString("phone")).isEqualTo("13812345678");
    Reply audit = Api.as("auditadmin").get("/audit?entityType=Proposal&entityId=" + firstId);
    List<String> actions =
        audit.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions).contains("CREATE", "ADOPT", "VIEW_CONTACT");
    assertThat(audit.body()).contains("回访建议人").doesNotContain("13812345678");

    // Closed: no more proposals.
    assertThat(office.post("/planning/solicitations/" + roundId + "/close", "").status())
        .isEqualTo(200);
    Reply late = proposal(office, roundId, "HOTLINE_12345", "截止后的建议", null);
    assertThat(late.status()).as(late.toString()).isEqualTo(422);
  }

  @Test
  void opinionsUnansweredPastTheirDeadlineAreFlaggedUntilAnswered() {
    Api office = Accounts.as(planner);
    Reply old = opinion(office, "建议增设公交站", today.minusDays(60), streetA);
    assertThat(old.status()).as(old.toString()).isEqualTo(201);
    long oldId = id(old);
    assertThat(LocalDate.parse(old.json().getString("dueDate"))).isAfter(today.minusDays(60));
    assertThat(old.json().getInt("workingDays")).isEqualTo(15);
    assertThat(old.json().getString("deadlineNote")).isNotBlank();
    assertThat(old.json().getBoolean("overdue")).isTrue();
    long freshId = id(opinion(office, "建议整治噪音", today, streetA));

    JsonObject overdue = office.get("/planning/opinions?overdue=true").json();
    assertThat(overdue.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(overdue.getJsonNumber("overdue").longValue()).isEqualTo(1);
    assertThat(overdue.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(oldId);
    assertThat(office.get("/planning/opinions").json().getJsonNumber("total").longValue())
        .isEqualTo(2);
    assertThat(Accounts.as(otherPlanner).get("/planning/opinions/" + freshId).status())
        .isEqualTo(404);
    assertThat(opinion(office, "明天的来信", today.plusDays(1), null).status()).isEqualTo(400);

    Api street = Accounts.as(streetHandler);
    // The version each answer carries is the one to send with the next step.
    Reply takenUp =
        street.post(
            "/planning/opinions/" + oldId + "/take-up",
            Api.json("version", old.json().getJsonNumber("version").longValue()));
    assertThat(takenUp.status()).as(takenUp.toString()).isEqualTo(200);
    long version = takenUp.json().getJsonNumber("version").longValue();
    Reply blank = street.post("/planning/opinions/" + oldId + "/answer", Api.json("answer", " "));
    assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
    Reply answered =
        street.post(
            "/planning/opinions/" + oldId + "/answer",
            Api.json("answer", "已协调公交公司，明年增设站点。", "version", version));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().getString("state")).isEqualTo("ANSWERED");
    assertThat(answered.json().getBoolean("answeredLate")).isTrue();
    assertThat(answered.json().getBoolean("overdue")).isFalse();
    assertThat(
            office
                .get("/planning/opinions/overdue-count")
                .json()
                .getJsonNumber("overdue")
                .longValue())
        .isZero();
    assertThat(
            street
                .post("/planning/opinions/" + oldId + "/answer", Api.json("answer", "再答"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void anEvaluationIsScoredRankedAndPublishedForEverybody() {
    Api office = Accounts.as(planner);
    int year = today.getYear();
    long planA = plan(office, streetA, year);
    long planB = plan(office, streetB, year);
    long districtPlan = plan(office, district, year);

    Reply opened =
        office.post(
            "/planning/evaluations",
            Api.json(
                "year",
                year,
                "level",
                "STREET",
                "unitCode",
                district,
                "title",
                "参与测试区街道满意度测评" + district));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = id(opened);
    Reply twice =
        office.post(
            "/planning/evaluations",
            Api.json("year", year, "level", "STREET", "unitCode", district, "title", "重复"));
    assertThat(twice.status()).isEqualTo(409);

    assertThat(score(office, id, planB, 30, 15, 5).status()).isEqualTo(200);
    Reply scored = score(office, id, planA, 40, 5, 5);
    assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
    JsonArray results = scored.json().getJsonArray("results");
    assertThat(results).hasSize(2);
    assertThat(results.getJsonObject(0).getJsonNumber("planId").longValue()).isEqualTo(planA);
    assertThat(results.getJsonObject(0).getInt("rank")).isEqualTo(1);
    assertThat(results.getJsonObject(0).getJsonNumber("rate").bigDecimalValue())
        .isEqualByComparingTo("90.0");
    assertThat(results.getJsonObject(1).getInt("rank")).isEqualTo(2);
    Reply wrongLevel = score(office, id, districtPlan, 1, 1, 1);
    assertThat(wrongLevel.status()).as(wrongLevel.toString()).isEqualTo(422);
    Reply noVotes = score(office, id, planA, 0, 0, 0);
    assertThat(noVotes.status()).isEqualTo(400);

    assertThat(Api.anonymous().get("/public/planning/evaluations?year=" + year).body())
        .doesNotContain("参与测试区街道满意度测评" + district);
    assertThat(office.post("/planning/evaluations/" + id + "/publish", "{}").status())
        .isEqualTo(403);
    Reply published = Accounts.as(leader).post("/planning/evaluations/" + id + "/publish", "{}");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().getString("state")).isEqualTo("PUBLISHED");
    Reply everybody = Api.anonymous().get("/public/planning/evaluations?year=" + year);
    assertThat(everybody.status())
        .as(everybody + " " + everybody.header("Location").orElse(""))
        .isEqualTo(200);
    JsonObject mine =
        everybody.jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(mine.getJsonArray("results")).hasSize(2);
    assertThat(score(office, id, planA, 1, 1, 1).status()).isEqualTo(409);
    assertThat(Accounts.as(otherPlanner).get("/planning/evaluations/" + id).status())
        .isEqualTo(404);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static String role(String... permissions) {
    String code = ("PPR_" + Codes.unique("").replace("-", "")).toUpperCase();
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
                    "参与测试" + code,
                    "nameEn",
                    "Participation test " + code,
                    "permissions",
                    granted.build()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  private static String round(String title, String channels) {
    return Json.createObjectBuilder()
        .add("year", nextYear)
        .add("unitCode", district)
        .add("title", title)
        .add("channels", Json.createReader(new java.io.StringReader(channels)).readArray())
        .add("opensOn", today.minusDays(1).toString())
        .add("closesOn", today.plusDays(30).toString())
        .build()
        .toString();
  }

  private static Reply proposal(
      Api api, long roundId, String channel, String title, String unitCode) {
    return api.post(
        "/planning/solicitations/" + roundId + "/proposals",
        Api.json(
            "channel",
            channel,
            "source",
            "参与测试区人大代表联络站",
            "title",
            title,
            "content",
            title + "，请予解决。",
            "contactName",
            "张三丰",
            "contactPhone",
            "13812345678",
            "unitCode",
            unitCode));
  }

  private static Reply evaluate(
      Api api, long id, String outcome, String answer, Long mergedInto, String adoption) {
    var body = Json.createObjectBuilder().add("outcome", outcome).add("answer", answer);
    if (mergedInto != null) {
      body.add("mergedIntoId", mergedInto);
    }
    if (adoption != null) {
      Json.createReader(new java.io.StringReader(adoption)).readObject().forEach(body::add);
    }
    return api.post("/planning/proposals/" + id + "/evaluation", body.build().toString());
  }

  private static Reply opinion(Api api, String subject, LocalDate received, String unitCode) {
    return api.post(
        "/planning/opinions",
        Api.json(
            "channel",
            "LETTER",
            "subject",
            subject,
            "content",
            subject + "。",
            "contactName",
            "李四",
            "contactPhone",
            "0571-87654321",
            "receivedOn",
            received.toString(),
            "unitCode",
            unitCode));
  }

  private static long plan(Api api, String unitCode, int year) {
    Reply made =
        api.post(
            "/planning/plans",
            Api.json("year", year, "unitCode", unitCode, "title", unitCode + "年度计划"));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return id(made);
  }

  private static Reply score(Api api, long id, long planId, int s, int b, int d) {
    return api.post(
        "/planning/evaluations/" + id + "/scores",
        Api.json("planId", planId, "satisfied", s, "basicallySatisfied", b, "dissatisfied", d));
  }

  private static long id(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    return reply.json().getJsonNumber("id").longValue();
  }

  private static List<String> fields(Reply problem) {
    return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
