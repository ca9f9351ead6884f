package cn.finegov.systemtest.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hotline tickets for staff through the REST API on PostgreSQL: tickets pushed the way the hotline
 * pushes them (signed), a category routed by hand waits for staff; lists and details show the
 * caller masked only; an operator sees the whole number (audited, with the reason for a caller who
 * asked for confidentiality), an observer never; answering and sending back put the feedback in the
 * outbox (no hotline listens here, so it stays pending with its error); a case is made by hand at a
 * grid; the category mapping is validated against the grid's categories and audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HotlineTicketApiIT {

  /** The shared secret of the test configuration (config/environments/test). */
  static final String SECRET = "hotline-test-secret";

  /** 社保医保咨询: routed by hand (MANUAL). */
  static final String MANUAL_CATEGORY = "2101";

  /** 其他: routed by hand, no grid category mapped. */
  static final String OTHER_CATEGORY = "9999";

  /** 望江一网格 of the demo grids. */
  static final String DEMO_GRID = "990102001001001";

  private static String operator;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aManualTicketWaitsForStaffMaskedAndOnlyAnOperatorSeesTheWholeNumberAudited() {
    String phone = newPhone();
    String no = push(ticket(MANUAL_CATEGORY, "ZX", "张三丰", phone, false, false, null));
    JsonObject listed = awaitListed(no);
    assertThat(listed.getString("state")).isEqualTo("AWAITING_ROUTING");
    assertThat(listed.getString("phoneMasked")).isEqualTo(masked(phone));
    assertThat(listed.getString("callerNameMasked")).isEqualTo("张*丰");

    Reply list = Accounts.as(operator()).get("/hotline/tickets?q=" + no);
    assertThat(list.body()).doesNotContain(phone).doesNotContain("张三丰");
    Reply detail = Accounts.as(operator()).get("/hotline/tickets/" + no);
    assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
    assertThat(detail.body()).contains(masked(phone)).doesNotContain(phone).doesNotContain("张三丰");
    JsonObject ticket = detail.json();
    assertThat(ticket.getJsonObject("summary").getString("state")).isEqualTo("AWAITING_ROUTING");
    assertThat(ticket.getString("content")).contains("社保");
    assertThat(ticket.getJsonObject("mapping").getString("disposition")).isEqualTo("MANUAL");
    assertThat(ticket.getString("routingNote")).isNotBlank();
    assertThat(ticket.getBoolean("mayRevealPhone")).isTrue();
    assertThat(ticket.getBoolean("mayRoute")).isTrue();
    assertThat(ticket.getJsonObject("summary").getString("signDueAt")).isNotBlank();

    // An observer reads it, masked, but may not see the number nor route it.
    JsonObject observed = Api.as("observer").get("/hotline/tickets/" + no).json();
    assertThat(observed.getBoolean("mayRevealPhone")).isFalse();
    assertThat(observed.getBoolean("mayRoute")).isFalse();
    Reply refused = Api.as("observer").post("/hotline/tickets/" + no + "/phone", "{}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain(phone);
    assertThat(
            Api.as("observer")
                .post("/hotline/tickets/" + no + "/answer", Api.json("reply", "不该答复"))
                .status())
        .isEqualTo(403);
    // A street leader sees no ticket that no unit of his street handles.
    assertThat(Api.as("wangjiang").get("/hotline/tickets/" + no).status()).isEqualTo(404);
    assertThat(Api.as("wangjiang").get("/hotline/tickets?q=" + no).json().getInt("total")).isZero();

    // The operator sees the whole number; the view is audited without the number.
    Reply revealed =
        Accounts.as(operator())
            .post("/hotline/tickets/" + no + "/phone", Api.json("reason", "回访满意度"));
    assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
    assertThat(revealed.json().getString("phone")).isEqualTo(phone);
    assertThat(revealed.json().getString("name")).isEqualTo("张三丰");
    assertThat(revealed.header("Cache-Control").orElse("")).contains("no-store");
    Reply audit =
        Api.as("auditadmin")
            .get("/audit?entityType=HotlineTicket&entityId=" + no + "&action=VIEW_PHONE&max=10");
    assertThat(audit.json().getInt("total")).as(audit.toString()).isEqualTo(1);
    JsonObject entry = audit.json().getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("actor")).isEqualTo(operator());
    assertThat(audit.body()).contains("回访满意度").contains(masked(phone)).doesNotContain(phone);

    // A look-up by the whole number finds the ticket (operators only), audited without the number.
    Reply byPhone =
        Accounts.as(operator()).post("/hotline/tickets/by-phone", Api.json("phone", phone));
    assertThat(byPhone.status()).as(byPhone.toString()).isEqualTo(200);
    assertThat(numbers(byPhone.json())).containsExactly(no);
    assertThat(byPhone.body()).doesNotContain(phone);
    assertThat(
            Api.as("observer").post("/hotline/tickets/by-phone", Api.json("phone", phone)).status())
        .isEqualTo(403);
    Reply searches =
        Api.as("auditadmin")
            .get("/audit?entityType=HotlineTicket&action=SEARCH_PHONE&actor=" + operator());
    assertThat(searches.json().getInt("total")).as(searches.toString()).isGreaterThanOrEqualTo(1);
    assertThat(searches.body()).doesNotContain(phone);
  }

  @Test
  void aConfidentialCallersNumberNeedsAReasonAndAnAnonymousCallerHasNone() {
    String phone = newPhone();
    String confidential = push(ticket(MANUAL_CATEGORY, "QZ", "李四", phone, false, true, null));
    String anonymous = push(ticket(MANUAL_CATEGORY, "QZ", null, null, true, false, null));
    awaitListed(confidential);
    JsonObject listed = awaitListed(anonymous);
    assertThat(listed.getBoolean("anonymous")).isTrue();
    assertThat(absent(listed, "phoneMasked")).isTrue();
    assertThat(absent(listed, "callerNameMasked")).isTrue();

    JsonObject detail = Accounts.as(operator()).get("/hotline/tickets/" + confidential).json();
    assertThat(detail.getJsonObject("summary").getBoolean("keepConfidential")).isTrue();

    Reply noReason =
        Accounts.as(operator()).post("/hotline/tickets/" + confidential + "/phone", "{}");
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(fields(noReason.json())).containsExactly("reason");
    assertThat(noReason.json().getString("detail")).contains("保密");
    assertThat(noReason.body()).doesNotContain(phone);
    assertThat(auditTotal("HotlineTicket", confidential, "VIEW_PHONE")).isZero();

    Reply withReason =
        Accounts.as(operator())
            .post("/hotline/tickets/" + confidential + "/phone", Api.json("reason", "核实办理结果"));
    assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
    assertThat(withReason.json().getString("phone")).isEqualTo(phone);
    Reply audit =
        Api.as("auditadmin")
            .get(
                "/audit?entityType=HotlineTicket&entityId="
                    + confidential
                    + "&action=VIEW_PHONE&max=10");
    assertThat(audit.json().getInt("total")).isEqualTo(1);
    assertThat(audit.body()).contains("核实办理结果").doesNotContain(phone);

    Reply none = Accounts.as(operator()).post("/hotline/tickets/" + anonymous + "/phone", "{}");
    assertThat(none.status()).as(none.toString()).isEqualTo(422);
    assertThat(none.json().getString("detail")).contains("匿名");
  }

  @Test
  void anAnsweredTicketIsRepliedAndItsFeedbackWaitsWithTheDeliveryError() {
    String no = push(ticket(MANUAL_CATEGORY, "ZX", "王五", newPhone(), false, false, null));
    awaitListed(no);

    Reply empty =
        Accounts.as(operator()).post("/hotline/tickets/" + no + "/answer", Api.json("reply", " "));
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(fields(empty.json())).containsExactly("reply");

    Reply answered =
        Accounts.as(operator())
            .post("/hotline/tickets/" + no + "/answer", Api.json("reply", "医保报销请携带身份证到区医保中心办理。"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().getJsonObject("summary").getString("state")).isEqualTo("REPLIED");
    assertThat(answered.json().getString("replyContent")).contains("医保中心");
    assertThat(answered.json().getBoolean("mayRoute")).isFalse();

    // No hotline listens in this test: the reply waits in the outbox, with the failure recorded.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              List<JsonObject> feedback = feedback(no);
              assertThat(feedback).hasSize(1);
              JsonObject reply = feedback.get(0);
              assertThat(reply.getString("kind")).isEqualTo("HF");
              assertThat(reply.getInt("seq")).isEqualTo(1);
              assertThat(reply.getString("delivery")).isEqualTo("PENDING");
              assertThat(reply.getInt("attempts")).isGreaterThan(0);
              assertThat(reply.getString("lastError", "")).isNotBlank();
            });
    JsonObject reply = feedback(no).get(0);
    assertThat(reply.getString("content")).contains("医保中心");
    assertThat(reply.getString("lastError").toLowerCase())
        .containsAnyOf("connect", "refused", "28345");
    assertThat(Accounts.as(operator()).get("/hotline/tickets?q=" + no).json().getJsonArray("items"))
        .singleElement()
        .satisfies(t -> assertThat(t.asJsonObject().getBoolean("deliveryProblem")).isTrue());

    // Answered once: a second answer or a send-back is refused.
    Reply again =
        Accounts.as(operator()).post("/hotline/tickets/" + no + "/answer", Api.json("reply", "再答"));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(auditTotal("HotlineTicket", no, "ANSWER")).isEqualTo(1);
  }

  @Test
  void aTicketSentBackIsSentBackWithTheReasonAsFeedback() {
    String no = push(ticket(MANUAL_CATEGORY, "TS", "赵六", newPhone(), false, false, null));
    awaitListed(no);

    Reply noReason =
        Accounts.as(operator()).post("/hotline/tickets/" + no + "/send-back", Api.json());
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(fields(noReason.json())).containsExactly("reason");

    Reply back =
        Accounts.as(operator())
            .post("/hotline/tickets/" + no + "/send-back", Api.json("reason", "不属于本市受理范围，请转省级平台。"));
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(back.json().getJsonObject("summary").getString("state")).isEqualTo("SENT_BACK");
    List<JsonObject> feedback = feedback(no);
    assertThat(feedback).hasSize(1);
    assertThat(feedback.get(0).getString("kind")).isEqualTo("TH");
    assertThat(feedback.get(0).getString("content")).isEqualTo("不属于本市受理范围，请转省级平台。");
    assertThat(feedback.get(0).getString("unitName")).isEqualTo("江城市人民政府");
    assertThat(auditTotal("HotlineTicket", no, "SEND_BACK")).isEqualTo(1);

    Reply states = Accounts.as(operator()).get("/hotline/tickets?state=SENT_BACK&q=" + no);
    assertThat(numbers(states.json())).containsExactly(no);
    assertThat(
            numbers(
                Accounts.as(operator())
                    .get("/hotline/tickets?state=AWAITING_ROUTING,REPLIED&q=" + no)
                    .json()))
        .isEmpty();
    assertThat(Accounts.as(operator()).get("/hotline/tickets?state=FLYING").status())
        .isEqualTo(400);
  }

  @Test
  void aCaseIsMadeByHandAtADemoGridAndTheGridKnowsIt() {
    String no = push(ticket(OTHER_CATEGORY, "JB", "钱七", newPhone(), false, false, null));
    awaitListed(no);

    // 9999 maps to no grid category: the category must be given; a place too (no coordinates).
    Reply noCategory =
        Accounts.as(operator())
            .post("/hotline/tickets/" + no + "/case", Api.json("gridCode", DEMO_GRID));
    assertThat(noCategory.status()).as(noCategory.toString()).isEqualTo(400);
    assertThat(fields(noCategory.json())).containsExactly("category");
    Reply nowhere =
        Accounts.as(operator())
            .post("/hotline/tickets/" + no + "/case", Api.json("category", "C0109"));
    assertThat(nowhere.status()).as(nowhere.toString()).isEqualTo(400);
    assertThat(fields(nowhere.json())).containsExactly("gridCode");
    Reply unknown =
        Accounts.as(operator())
            .post(
                "/hotline/tickets/" + no + "/case",
                Api.json("gridCode", DEMO_GRID, "category", "X0000"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(Api.as("observer").post("/hotline/tickets/" + no + "/case", "{}").status())
        .isEqualTo(403);

    Reply made =
        Accounts.as(operator())
            .post(
                "/hotline/tickets/" + no + "/case",
                Api.json("gridCode", DEMO_GRID, "category", "C0109"));
    assertThat(made.status()).as(made.toString()).isEqualTo(200);
    JsonObject summary = made.json().getJsonObject("summary");
    assertThat(summary.getString("state")).isEqualTo("TRANSFERRED");
    String number = summary.getString("caseNumber");
    assertThat(number).matches("[0-9]{6}-20[0-9]{2}-[0-9]{6,}");
    assertThat(made.json().getString("gridCategory")).isEqualTo("C0109");
    assertThat(made.json().getString("disposition")).isEqualTo("CASE");

    assertThat(HotlineSimulators.derivedFrom(no))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.getString("relation")).isEqualTo("CASE_FROM_TICKET");
              assertThat(link.getJsonObject("target").getString("id")).isEqualTo(number);
              assertThat(link.getString("createdBy")).isEqualTo(operator());
            });

    Reply gridCase = Api.as("clerk").get("/grid/cases/" + number);
    assertThat(gridCase.status()).as(gridCase.toString()).isEqualTo(200);
    JsonObject caseSummary = gridCase.json().getJsonObject("summary");
    assertThat(caseSummary.getString("source")).isEqualTo("HOTLINE");
    assertThat(caseSummary.getString("category")).isEqualTo("C0109");
    assertThat(caseSummary.getString("gridCode")).isEqualTo(DEMO_GRID);
    assertThat(caseSummary.getString("description")).contains(no);
    assertThat(gridCase.body()).doesNotContain("钱七");

    Reply twice =
        Accounts.as(operator())
            .post(
                "/hotline/tickets/" + no + "/case",
                Api.json("gridCode", DEMO_GRID, "category", "C0109"));
    assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
    assertThat(auditTotal("HotlineTicket", no, "MAKE_CASE")).isEqualTo(1);
  }

  @Test
  void theMappingIsCheckedAgainstTheGridsCategoriesVersionedAndAudited() {
    String code = "T" + Codes.unique("").replace("-", "");
    Reply wrong =
        Api.as("sysadmin")
            .put(
                "/hotline/mappings/" + code,
                Api.json("name", "测试分类", "disposition", "CASE", "gridCategory", "X9999"));
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    assertThat(fields(wrong.json())).containsExactly("gridCategory");
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("X9999");
    assertThat(Api.as("sysadmin").get("/hotline/mappings/" + code).status()).isEqualTo(404);

    Reply created =
        Api.as("sysadmin")
            .put(
                "/hotline/mappings/" + code,
                Api.json("name", "测试分类", "disposition", "CASE", "gridCategory", "C0109"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject line = created.json();
    assertThat(line.getString("gridCategoryName")).isNotBlank();
    assertThat(line.getBoolean("active")).isTrue();
    long version = line.getJsonNumber("version").longValue();

    Reply noVersion =
        Api.as("sysadmin")
            .put("/hotline/mappings/" + code, Api.json("name", "改名", "disposition", "MANUAL"));
    assertThat(noVersion.status()).as(noVersion.toString()).isEqualTo(400);

    Reply changed =
        Api.as("sysadmin")
            .put(
                "/hotline/mappings/" + code,
                Api.json(
                    "name",
                    "测试分类（人工）",
                    "disposition",
                    "MANUAL",
                    "gridCategory",
                    "C0109",
                    "active",
                    false,
                    "version",
                    version));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("disposition")).isEqualTo("MANUAL");
    assertThat(absent(changed.json(), "gridCategory")).isTrue();
    assertThat(changed.json().getBoolean("active")).isFalse();
    assertThat(changed.json().getJsonNumber("version").longValue()).isGreaterThan(version);

    Reply stale =
        Api.as("sysadmin")
            .put(
                "/hotline/mappings/" + code,
                Api.json("name", "过期", "disposition", "MANUAL", "version", version));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

    assertThat(
            Api.as("observer")
                .put("/hotline/mappings/" + code, Api.json("name", "x", "disposition", "MANUAL"))
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as("observer").get("/hotline/mappings").jsonArray().stream()
                .map(v -> v.asJsonObject().getString("code"))
                .toList())
        .contains(code, MANUAL_CATEGORY, "1101");

    JsonObject audit =
        Api.as("auditadmin")
            .get("/audit?entityType=HotlineCategoryMapping&entityId=" + code + "&max=10")
            .json();
    assertThat(
            audit.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("action"))
                .toList())
        .containsExactlyInAnyOrder("CREATE", "UPDATE");
  }

  // --- helpers (also used by the browser test) -----------------------------------------------

  /** A hotline operator of the city (scope: the whole tree), made once for the test run. */
  public static synchronized String operator() {
    if (operator == null) {
      operator = Accounts.ready("hlop", "990100", "HOTLINE_OPERATOR");
    }
    return operator;
  }

  /** A mobile number no other ticket of the run has. */
  static String newPhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** {@code 139****1234}. */
  static String masked(String phone) {
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  /**
   * A ticket as the hotline sends it (PROTOCOL.md), with a fresh number.
   *
   * @param place latitude and longitude, or {@code null}
   */
  public static String ticket(
      String category,
      String type,
      String name,
      String phone,
      boolean anonymous,
      boolean confidential,
      double[] place) {
    String no = "HT-" + Codes.unique("").replace("-", "");
    JsonObjectBuilder caller =
        Json.createObjectBuilder().add("nm", anonymous).add("bm", confidential);
    if (name != null) {
      caller.add("xm", name);
    }
    if (phone != null) {
      caller.add("dh", phone);
    }
    JsonObjectBuilder ticket =
        Json.createObjectBuilder()
            .add("gdbh", no)
            .add(
                "slsj",
                OffsetDateTime.now(ZoneOffset.ofHours(8))
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString())
            .add("qd", "DH")
            .add("sqlx", type)
            .add("flbm", category)
            .add("jjcd", "PT")
            .add("ldr", caller)
            .add("dz", "江城市滨江区望江路" + (10 + ThreadLocalRandom.current().nextInt(80)) + "号")
            .add("nr", "市民来电咨询社保医保报销流程，以及小区门口井盖松动的问题（测试工单 " + no + "）");
    if (place != null) {
      ticket.add("wd", place[0]).add("jd", place[1]);
    }
    return ticket.build().toString();
  }

  /** Pushes a ticket signed with the test secret; returns its number. */
  public static String push(String ticketJson) {
    Reply reply = HotlineSigning.post("/hotline/inbound/tickets", ticketJson, SECRET);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
    assertThat(reply.json().getString("result")).isEqualTo("ACCEPTED");
    return reply.json().getString("gdbh");
  }

  /** The ticket's line in the operator's list, once the inbox has taken it in. */
  public static JsonObject awaitListed(String no) {
    JsonObject[] found = new JsonObject[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              Reply reply = Accounts.as(operator()).get("/hotline/tickets?q=" + no);
              assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
              JsonObject page = reply.json();
              assertThat(page.getInt("total")).as(page.toString()).isEqualTo(1);
              found[0] = page.getJsonArray("items").getJsonObject(0);
            });
    assertThat(found[0].getString("ticketNo")).isEqualTo(no);
    return found[0];
  }

  private static List<JsonObject> feedback(String no) {
    return Accounts.as(operator())
        .get("/hotline/tickets/" + no)
        .json()
        .getJsonArray("feedback")
        .getValuesAs(JsonObject.class);
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("ticketNo"))
        .toList();
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("field"))
        .toList();
  }

  /** Whether a member is missing or null (JSON-B leaves null members out). */
  private static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  private static int auditTotal(String type, String id, String action) {
    return Api.as("auditadmin")
        .get("/audit?entityType=" + type + "&entityId=" + id + "&action=" + action + "&max=10")
        .json()
        .getInt("total");
  }
}
