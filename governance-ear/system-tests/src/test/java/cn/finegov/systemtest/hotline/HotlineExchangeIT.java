package cn.finegov.systemtest.hotline;

import static cn.finegov.systemtest.grid.GridCases.CITY_MANAGEMENT;
import static cn.finegov.systemtest.grid.GridCases.freshPlace;
import static cn.finegov.systemtest.grid.GridCases.state;
import static cn.finegov.systemtest.grid.GridCases.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.simulators.hotline.Delivery;
import cn.finegov.simulators.hotline.Feedback;
import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.Outcome;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hotline exchange end to end with the hotline simulator as the hotline: a ticket becomes a
 * grid case; each step of the case reaches the hotline as feedback, in order; a dissatisfied return
 * visit reopens the case; while the hotline is down the feedback waits and arrives afterwards in
 * order; resends are duplicates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HotlineExchangeIT {

  private static HotlineSimulator hotline;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void startHotline() {
    hotline = HotlineSimulators.start();
  }

  @AfterAll
  static void stopHotline() {
    if (hotline != null) {
      hotline.close();
    }
  }

  @Test
  void aTicketBecomesACaseWhoseStepsReachTheHotlineInOrderAndADissatisfiedVisitReopensIt() {
    double[] place = freshPlace();
    Ticket ticket = HotlineSimulators.as(hotline.newTicket(), "1101", place[0], place[1]);
    Delivery pushed = hotline.push(ticket);
    assertThat(pushed.outcome()).as(pushed.toString()).isEqualTo(Outcome.ACCEPTED);
    assertThat(pushed.status()).isEqualTo(202);

    String number = caseOf(ticket.gdbh());
    JsonObject detail = Api.as("clerk").get("/grid/cases/" + number).json();
    assertThat(state(detail)).isEqualTo("REPORTED");
    assertThat(detail.getJsonObject("summary").getString("category")).isEqualTo("C0109");
    assertThat(detail.getJsonObject("summary").getString("description"))
        .contains(ticket.gdbh())
        .doesNotContain(ticket.ldr().dh());
    assertThat(detail.toString()).doesNotContain(ticket.ldr().dh());

    assertThat(HotlineSimulators.derivedFrom(ticket.gdbh()))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.getString("relation")).isEqualTo("CASE_FROM_TICKET");
              assertThat(link.getJsonObject("target").getString("module")).isEqualTo("grid");
              assertThat(link.getJsonObject("target").getString("id")).isEqualTo(number);
            });

    // A resend is a duplicate and makes nothing new.
    Delivery again = hotline.push(ticket);
    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(again.status()).isEqualTo(200);

    step("clerk", number, "FILE");
    step("dispatcher", number, "DISPATCH", "unitCode", CITY_MANAGEMENT);
    step("handler", number, "SIGN");
    step("handler", number, "START");
    step("handler", number, "REQUEST_POSTPONEMENT", "days", Json.createValue(2), "reason", "需更换灯杆");
    step("dispatcher", number, "APPROVE_POSTPONEMENT");
    step("handler", number, "REPORT_BACK");
    // Outside every grid there is no grid worker of the place: the supervision centre verifies.
    step("clerk", number, "START_VERIFICATION");
    step("clerk", number, "CLOSE");

    List<Feedback> feedback = awaitFeedback(ticket.gdbh(), 3, Duration.ofSeconds(30));
    assertThat(feedback).extracting(Feedback::xh).containsExactly(1, 2, 3);
    assertThat(feedback).extracting(Feedback::lx).containsExactly("QS", "YQ", "HF");
    assertThat(feedback.get(0).dw()).isEqualTo("滨江区城市管理局");
    assertThat(feedback.get(1).yqts()).isEqualTo(2);
    assertThat(feedback.get(1).nr()).isEqualTo("需更换灯杆");
    assertThat(feedback.get(2).nr()).contains(number).contains("滨江区城市管理局");

    // The caller is dissatisfied: the case opens again.
    hotline.returnVisit(ticket.gdbh(), "BMY", "灯还是不亮");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(state(Api.as("clerk").get("/grid/cases/" + number).json()))
                    .isEqualTo("REOPENED"));
    JsonObject reopened = Api.as("clerk").get("/grid/cases/" + number).json();
    assertThat(reopened.toString()).contains("回访不满意").contains("灯还是不亮");

    // Handled again: the reply is the next number; signing again is not sent twice.
    step("dispatcher", number, "DISPATCH", "unitCode", CITY_MANAGEMENT);
    step("handler", number, "SIGN");
    step("handler", number, "START");
    step("handler", number, "REPORT_BACK");
    step("clerk", number, "START_VERIFICATION");
    step("clerk", number, "CLOSE");
    List<Feedback> all = awaitFeedback(ticket.gdbh(), 4, Duration.ofSeconds(30));
    assertThat(all).extracting(Feedback::lx).containsExactly("QS", "YQ", "HF", "HF");
    assertThat(all).extracting(Feedback::xh).containsExactly(1, 2, 3, 4);

    // Every change of the ticket is audited.
    List<String> actions = auditActions(ticket.gdbh());
    assertThat(actions).contains("RECEIVE", "CASE_SIGN", "CASE_CLOSE", "RETURN_VISIT");
  }

  @Test
  void whileTheHotlineIsDownFeedbackWaitsAndArrivesAfterwardsInOrder() {
    List<String> tickets = new ArrayList<>();
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      double[] place = freshPlace();
      Ticket ticket = HotlineSimulators.as(hotline.newTicket(), "1202", place[0], place[1]);
      assertThat(hotline.push(ticket).outcome()).isEqualTo(Outcome.ACCEPTED);
      tickets.add(ticket.gdbh());
      cases.add(caseOf(ticket.gdbh()));
    }
    hotline.down(Duration.ofSeconds(30));
    Instant downSince = Instant.now();
    for (String number : cases) {
      step("clerk", number, "FILE");
      step("dispatcher", number, "DISPATCH", "unitCode", CITY_MANAGEMENT);
      step("handler", number, "SIGN");
      step("handler", number, "START");
      step(
          "handler", number, "REQUEST_POSTPONEMENT", "days", Json.createValue(1), "reason", "等待执法");
    }
    // Nothing arrives while it is down.
    for (String gdbh : tickets) {
      assertThat(hotline.feedback(gdbh)).isEmpty();
    }
    for (String gdbh : tickets) {
      List<Feedback> feedback = awaitFeedback(gdbh, 2, Duration.ofSeconds(90));
      assertThat(feedback).extracting(Feedback::lx).containsExactly("QS", "YQ");
      assertThat(feedback).extracting(Feedback::xh).containsExactly(1, 2);
      assertThat(feedback.get(0).receivedAt()).isAfter(downSince.plusSeconds(29));
    }
  }

  @Test
  void aMalformedTicketIsRefusedAndKeptAsADeadLetterWithItsReason() {
    Ticket valid = hotline.newTicket();
    String broken = valid.json().replace("\"sqlx\":\"" + valid.sqlx() + "\"", "\"sqlx\":\"XX\"");
    assertThat(broken).contains("\"sqlx\":\"XX\"");
    Api.Reply reply = signedPost("/hotline/inbound/tickets", broken, HotlineSimulators.SECRET);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().getString("result")).isEqualTo("REJECTED");
    assertThat(reply.json().getString("gdbh")).isEqualTo(valid.gdbh());
    assertThat(reply.json().getString("reason")).contains("sqlx").contains("XX");

    JsonObject letters =
        Api.as("sysadmin")
            .get("/integration/dead-letters?flow=hotline-tickets&q=" + valid.gdbh())
            .json();
    assertThat(letters.getInt("total")).as(letters.toString()).isEqualTo(1);

    // A wrong signature is refused and nothing is kept.
    Api.Reply forged = signedPost("/hotline/inbound/tickets", valid.json(), "not-the-secret");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(auditActions(valid.gdbh())).isEmpty();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The case made for a ticket (from the ticket's audit entry), once the inbox has taken it. */
  static String caseOf(String gdbh) {
    String[] number = new String[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              JsonObject page =
                  Api.as("auditadmin")
                      .get("/audit?entityType=HotlineTicket&entityId=" + gdbh + "&max=20")
                      .json();
              String found = null;
              for (JsonValue item : page.getJsonArray("items")) {
                JsonObject entry = item.asJsonObject();
                if ("RECEIVE".equals(entry.getString("action")) && !entry.isNull("after")) {
                  JsonObject after =
                      Json.createReader(new StringReader(entry.getString("after"))).readObject();
                  found = after.getString("case", null);
                }
              }
              assertThat(found).as("case of ticket " + gdbh + ": " + page).isNotNull();
              number[0] = found;
            });
    return number[0];
  }

  static List<String> auditActions(String gdbh) {
    return Api.as("auditadmin")
        .get("/audit?entityType=HotlineTicket&entityId=" + gdbh + "&max=50")
        .json()
        .getJsonArray("items")
        .stream()
        .map(v -> v.asJsonObject().getString("action"))
        .toList();
  }

  static List<Feedback> awaitFeedback(String gdbh, int count, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(hotline.feedback(gdbh)).hasSizeGreaterThanOrEqualTo(count));
    return hotline.feedback(gdbh);
  }

  static Api.Reply signedPost(String path, String body, String secret) {
    return HotlineSigning.post(path, body, secret);
  }
}
