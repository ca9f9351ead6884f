package cn.finegov.systemtest.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.simulators.hotline.Delivery;
import cn.finegov.simulators.hotline.Feedback;
import cn.finegov.simulators.hotline.HotlineSimulator;
import cn.finegov.simulators.hotline.Outcome;
import cn.finegov.simulators.hotline.Ticket;
import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A ticket the hotline simulator pushes in a category for the planning module (2301 城市治理意见建议) waits
 * for staff; an operator routes it to an immediate task led by a street made for the test: the task
 * exists with the request but without the caller, the lineage link ticket → task is there, asking
 * again returns the same task, and the hotline receives the signing (QS) in the street's name. The
 * street's work on the task then reaches the hotline in order: the extension it asks for (YQ, in
 * working days, with the reason) and, at completion, the reply (HF) with its last progress report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HotlineToTaskIT {

  /** 城市治理意见建议: PLANNING in the shipped category mapping. */
  public static final String PLANNING_CATEGORY = "2301";

  private static HotlineSimulator hotline;
  private static String street;
  private static String streetName;
  private static String operator;
  private static String streetHandler;
  private static String districtLeader;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aStreetAnOperatorAndTheHotline() {
    String district = Accounts.newUnit("HTD", "热线任务测试区{code}", "DISTRICT", "990100");
    street = Accounts.newUnit("HTS", "热线任务测试街道{code}", "STREET", district);
    streetName = "热线任务测试街道" + street;
    operator = Accounts.ready("htop", "990100", "HOTLINE_OPERATOR");
    streetHandler = Accounts.ready("htsh", street, "DEPARTMENT_HANDLER");
    districtLeader = Accounts.ready("htdl", district, "LEADER");
    hotline = HotlineSimulators.start();
  }

  @AfterAll
  static void stopHotline() {
    if (hotline != null) {
      hotline.close();
    }
  }

  @Test
  void aPlanningTicketBecomesOneImmediateTaskAndTheHotlineHearsTheStreetSigned() {
    Ticket ticket = HotlineSimulators.as(hotline.newTicket(), PLANNING_CATEGORY, null, null);
    Delivery pushed = hotline.push(ticket);
    assertThat(pushed.outcome()).as(pushed.toString()).isEqualTo(Outcome.ACCEPTED);
    String no = ticket.gdbh();
    Api staff = Accounts.as(operator);

    JsonObject waiting = awaitTicket(staff, no);
    assertThat(waiting.getJsonObject("summary").getString("state")).isEqualTo("AWAITING_ROUTING");
    assertThat(waiting.getJsonObject("mapping").getString("disposition")).isEqualTo("PLANNING");
    assertThat(waiting.getBoolean("mayRouteToTask")).isTrue();
    assertThat(!waiting.containsKey("taskNumber") || waiting.isNull("taskNumber")).isTrue();

    // Routed to an immediate task led by the street.
    String body = Api.json("leadUnitCode", street, "workingDays", 3);
    Reply routed = staff.post("/hotline/tickets/" + no + "/task", body);
    assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
    JsonObject detail = routed.json();
    String number = detail.getString("taskNumber");
    assertThat(number).matches("\\d{4}-\\d+");
    assertThat(detail.getJsonObject("summary").getString("state")).isEqualTo("SIGNED");
    assertThat(detail.getJsonObject("summary").getString("handlingUnit")).isEqualTo(street);
    assertThat(detail.getString("disposition")).isEqualTo("PLANNING");
    assertThat(detail.getBoolean("mayRouteToTask")).isFalse();

    // Asked again: the same task, nothing new.
    Reply again = staff.post("/hotline/tickets/" + no + "/task", body);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getString("taskNumber")).isEqualTo(number);
    assertThat(
            staff
                .get("/planning/immediate-tasks?source=HOTLINE_12345&reference=" + no)
                .json()
                .getString("number"))
        .isEqualTo(number);

    // The task: the request, the street, a deadline in working days; never the caller.
    Reply task = staff.get("/planning/tasks/" + number);
    assertThat(task.status()).as(task.toString()).isEqualTo(200);
    JsonObject summary = task.json().getJsonObject("summary");
    assertThat(summary.getBoolean("immediate")).isTrue();
    assertThat(summary.getString("leadUnitCode")).isEqualTo(street);
    assertThat(LocalDate.parse(summary.getString("deadline")))
        .isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(task.body()).contains(no);
    if (ticket.ldr().dh() != null) {
      assertThat(task.body()).doesNotContain(ticket.ldr().dh());
    }
    if (ticket.ldr().xm() != null) {
      assertThat(task.body()).doesNotContain(ticket.ldr().xm());
    }

    // The lineage link ticket → task.
    assertThat(HotlineSimulators.derivedFrom(no))
        .anySatisfy(
            link -> {
              assertThat(link.getString("relation")).isEqualTo("TASK_FROM_TICKET");
              assertThat(link.getJsonObject("target").getString("module")).isEqualTo("planning");
              assertThat(link.getJsonObject("target").getString("id")).isEqualTo(number);
            });

    // The hotline hears the street signed for it, once, and the ticket shows it delivered.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(hotline.feedback(no)).isNotEmpty());
    List<Feedback> feedback = hotline.feedback(no);
    assertThat(feedback).extracting(Feedback::lx).containsExactly("QS");
    assertThat(feedback.get(0).xh()).isEqualTo(1);
    assertThat(feedback.get(0).dw()).isEqualTo(streetName);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                assertThat(
                        staff
                            .get("/hotline/tickets/" + no)
                            .json()
                            .getJsonArray("feedback")
                            .getJsonObject(0)
                            .getString("delivery"))
                    .isEqualTo("DELIVERED"));
    assertThat(HotlineExchangeIT.auditActions(no)).contains("RECEIVE", "ROUTE_TO_TASK");

    // A ticket that went to a task is no longer routed by hand.
    Reply answer = staff.post("/hotline/tickets/" + no + "/answer", Api.json("reply", "已办"));
    assertThat(answer.status()).isEqualTo(409);

    // The street works on the task, asks for a week more, gets it, and completes: YQ, then HF.
    Api handler = Accounts.as(streetHandler);
    String tasks = "/planning/tasks/" + number;
    Reply started = handler.post(tasks + "/progress", Api.json("percent", 30, "text", "已现场查看"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String later =
        handler
            .get("/calendar/add-working-days?days=4&start=" + summary.getString("deadline"))
            .json()
            .getString("dueDate");
    Reply delay =
        handler.post(
            tasks + "/delay-requests", Api.json("reason", "需协调物业", "proposedDeadline", later));
    assertThat(delay.status()).as(delay.toString()).isEqualTo(201);
    Reply granted =
        Accounts.as(districtLeader)
            .post(
                tasks + "/delay-requests/" + delay.json().getJsonNumber("id") + "/decision",
                Api.json("approve", true, "note", "同意"));
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    Reply last = handler.post(tasks + "/progress", Api.json("percent", 100, "text", "已协调清理完毕"));
    assertThat(last.status()).as(last.toString()).isEqualTo(200);
    Reply completed = handler.post(tasks + "/complete", "{}");
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(hotline.feedback(no)).hasSize(3));
    List<Feedback> all = hotline.feedback(no);
    assertThat(all).extracting(Feedback::lx).containsExactly("QS", "YQ", "HF");
    assertThat(all.get(1).nr()).isEqualTo("需协调物业");
    assertThat(all.get(1).yqts()).as("working days asked for").isEqualTo(4);
    assertThat(all.get(2).nr()).contains("已协调清理完毕", number, streetName);
    assertThat(
            staff.get("/hotline/tickets/" + no).json().getJsonObject("summary").getString("state"))
        .isEqualTo("REPLIED");
    assertThat(HotlineExchangeIT.auditActions(no))
        .contains("TASK_STARTED", "TASK_DELAY_REQUESTED", "TASK_COMPLETED");
  }

  private static JsonObject awaitTicket(Api staff, String no) {
    JsonObject[] found = new JsonObject[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              Reply reply = staff.get("/hotline/tickets/" + no);
              assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
              found[0] = reply.json();
            });
    return found[0];
  }
}
