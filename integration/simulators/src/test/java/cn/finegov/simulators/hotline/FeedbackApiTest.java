package cn.finegov.simulators.hotline;

import static cn.finegov.simulators.hotline.FeedbackClient.feedback;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedbackApiTest {

  private static final String SECRET = "feedback-secret";

  private HotlineSimulator hotline;
  private FeedbackClient suite;
  private String gdbh;

  @BeforeEach
  void start() {
    hotline =
        HotlineSimulator.start(
            HotlineSettings.builder()
                .port(0)
                .secret(SECRET)
                .returnVisitDelay(Duration.ZERO)
                .build());
    suite = new FeedbackClient(hotline.feedbackUrl(), SECRET);
    gdbh = hotline.newTicket().gdbh();
  }

  @AfterEach
  void stop() {
    hotline.close();
  }

  @Test
  void feedbackInOrderIsRecordedAndAnsweredOk() {
    HttpResponse<String> signed = suite.send(feedback(gdbh, 1, "QS", null));
    HttpResponse<String> extension = suite.send(feedback(gdbh, 2, "YQ", "需要协调供电部门"));
    HttpResponse<String> reply = suite.send(feedback(gdbh, 3, "HF", "路灯已修复"));

    assertThat(signed.statusCode()).isEqualTo(200);
    assertThat(signed.body()).isEqualTo("{\"result\":\"OK\"}");
    assertThat(extension.statusCode()).isEqualTo(200);
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(hotline.feedback(gdbh))
        .extracting(Feedback::xh, Feedback::lx, Feedback::nr, Feedback::yqts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "QS", null, null),
            org.assertj.core.groups.Tuple.tuple(2, "YQ", "需要协调供电部门", 5),
            org.assertj.core.groups.Tuple.tuple(3, "HF", "路灯已修复", null));
    assertThat(hotline.feedback(gdbh).get(0).dw()).isEqualTo("望江街道城管科");
    assertThat(hotline.feedback(gdbh).get(0).sj()).isEqualTo("2026-11-23T10:02:00+08:00");
  }

  @Test
  void aWrongSignatureIsRefusedWith401() {
    HttpResponse<String> response =
        suite.send(feedback(gdbh, 1, "QS", null), System.currentTimeMillis(), "wrong-secret");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(hotline.feedback(gdbh)).isEmpty();
  }

  @Test
  void aMissingSignatureOrAStaleTimestampIsRefusedWith401() {
    HttpResponse<String> unsigned =
        suite.post(
            HttpRequest.newBuilder(hotline.feedbackUrl())
                .POST(HttpRequest.BodyPublishers.ofString(feedback(gdbh, 1, "QS", null)))
                .build());
    HttpResponse<String> stale =
        suite.send(feedback(gdbh, 1, "QS", null), System.currentTimeMillis() - 301_000, SECRET);

    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(hotline.feedback(gdbh)).isEmpty();
  }

  @Test
  void malformedFeedbackIsRefusedWith400AndAReason() {
    assertThat(suite.send("{\"gdbh\":").statusCode()).isEqualTo(400);
    HttpResponse<String> noReply = suite.send(feedback(gdbh, 1, "HF", null));
    assertThat(noReply.statusCode()).isEqualTo(400);
    assertThat(noReply.body()).contains("\"result\":\"REJECTED\"").contains("nr is required");
    assertThat(suite.send(feedback(gdbh, 1, "XX", "x")).statusCode()).isEqualTo(400);
    assertThat(suite.send(feedback(gdbh, 0, "QS", null)).statusCode()).isEqualTo(400);
    assertThat(
            suite
                .send(
                    "{\"gdbh\":\""
                        + gdbh
                        + "\",\"xh\":1,\"lx\":\"YQ\",\"sj\":\"2026-11-23T10:02:00"
                        + "+08:00\",\"nr\":\"需要协调\"}")
                .body())
        .contains("yqts");
    assertThat(
            suite
                .send("{\"gdbh\":\"" + gdbh + "\",\"xh\":1,\"lx\":\"QS\",\"sj\":\"yesterday\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(hotline.feedback(gdbh)).isEmpty();
  }

  @Test
  void anUnknownTicketIsAnswered404() {
    HttpResponse<String> response = suite.send(feedback("12345-20200101-999999", 1, "QS", null));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("UNKNOWN_TICKET");
  }

  @Test
  void afterARestartTheDemoSettingAcceptsUnknownTickets() {
    try (HotlineSimulator restarted =
        HotlineSimulator.start(
            HotlineSettings.builder().port(0).secret(SECRET).acceptUnknownTickets(true).build())) {
      FeedbackClient client = new FeedbackClient(restarted.feedbackUrl(), SECRET);

      assertThat(client.send(feedback("12345-20200101-999999", 1, "QS", null)).statusCode())
          .isEqualTo(200);
      assertThat(restarted.feedback("12345-20200101-999999")).hasSize(1);
    }
  }

  @Test
  void aGapIsAnswered409WithTheExpectedSequenceNumber() {
    suite.send(feedback(gdbh, 1, "QS", null));

    HttpResponse<String> response = suite.send(feedback(gdbh, 3, "HF", "已处理"));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).isEqualTo("{\"result\":\"OUT_OF_ORDER\",\"expected\":2}");
    assertThat(hotline.feedback(gdbh)).hasSize(1);
    assertThat(suite.send(feedback(hotline.newTicket().gdbh(), 2, "QS", null)).body())
        .contains("\"expected\":1");
  }

  @Test
  void aResentSequenceNumberIsOkButNotRecordedTwice() {
    suite.send(feedback(gdbh, 1, "QS", null));
    suite.send(feedback(gdbh, 2, "TH", "不属于本单位职责"));

    HttpResponse<String> again = suite.send(feedback(gdbh, 1, "QS", null));
    HttpResponse<String> againTwo = suite.send(feedback(gdbh, 2, "TH", "不属于本单位职责"));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo("{\"result\":\"OK\"}");
    assertThat(againTwo.statusCode()).isEqualTo(200);
    assertThat(hotline.feedback(gdbh)).extracting(Feedback::xh).containsExactly(1, 2);
  }

  @Test
  void whileDownTheApiAnswers503AndAfterwardsItTakesFeedbackAgain() {
    hotline.down(Duration.ofMinutes(5));

    HttpResponse<String> down = suite.send(feedback(gdbh, 1, "QS", null));
    hotline.up();
    HttpResponse<String> up = suite.send(feedback(gdbh, 1, "QS", null));

    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(hotline.feedback(gdbh)).hasSize(1);
  }

  @Test
  void aTimedDownEndsByItself() throws InterruptedException {
    hotline.down(Duration.ofMillis(200));
    assertThat(suite.send(feedback(gdbh, 1, "QS", null)).statusCode()).isEqualTo(503);

    Thread.sleep(300);

    assertThat(suite.send(feedback(gdbh, 1, "QS", null)).statusCode()).isEqualTo(200);
  }
}
