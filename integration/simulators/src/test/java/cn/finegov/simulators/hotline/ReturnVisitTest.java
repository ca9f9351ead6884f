package cn.finegov.simulators.hotline;

import static cn.finegov.simulators.hotline.FeedbackClient.feedback;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReturnVisitTest {

  private static final String SECRET = "visit-secret";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SuiteStandIn suite;

  @BeforeEach
  void start() throws IOException {
    suite = new SuiteStandIn(SECRET);
  }

  @AfterEach
  void stop() {
    suite.close();
  }

  private HotlineSimulator hotline(Duration delay, Map<String, Integer> weights) {
    return HotlineSimulator.start(
        HotlineSettings.builder()
            .port(0)
            .secret(SECRET)
            .suiteUrl(suite.url())
            .returnVisitDelay(delay)
            .returnVisitWeights(weights)
            .retry(3, Duration.ofMillis(20), Duration.ofMillis(50))
            .build());
  }

  @Test
  void aReplyIsFollowedByASignedReturnVisitAfterTheDelay() throws IOException {
    try (HotlineSimulator hotline = hotline(Duration.ofMillis(300), Map.of("BMY", 1))) {
      FeedbackClient client = new FeedbackClient(hotline.feedbackUrl(), SECRET);
      String gdbh = hotline.newTicket().gdbh();
      client.send(feedback(gdbh, 1, "QS", null));
      long replied = System.currentTimeMillis();
      client.send(feedback(gdbh, 2, "HF", "井盖已更换"));

      assertThat(Eventually.within(Duration.ofSeconds(5), () -> suite.returnVisits.size() == 1))
          .isTrue();

      SuiteStandIn.Received call = suite.received(HotlineSimulator.RETURN_VISITS_PATH).get(0);
      assertThat(call.atMillis() - replied).isGreaterThanOrEqualTo(250);
      assertThat(call.signature())
          .isEqualTo(
              TestSigner.sign(
                  SECRET, call.timestamp(), call.body().getBytes(StandardCharsets.UTF_8)));
      JsonNode visit = MAPPER.readTree(call.body());
      assertThat(visit.get("gdbh").asText()).isEqualTo(gdbh);
      assertThat(visit.get("jg").asText()).isEqualTo("BMY");
      assertThat(visit.get("sm").asText()).isNotBlank();
      assertThat(OffsetDateTime.parse(visit.get("hfsj").asText()).getOffset().getTotalSeconds())
          .isEqualTo(8 * 3600);
      assertThat(
              Eventually.within(
                  Duration.ofSeconds(2), () -> hotline.returnVisits(gdbh).size() == 1))
          .isTrue();
      assertThat(hotline.returnVisits(gdbh).get(0).delivery().outcome())
          .isEqualTo(Outcome.ACCEPTED);
    }
  }

  @Test
  void aResentReplyDoesNotCallTheCitizenTwice() throws InterruptedException {
    try (HotlineSimulator hotline = hotline(Duration.ofMillis(100), Map.of("MY", 1))) {
      FeedbackClient client = new FeedbackClient(hotline.feedbackUrl(), SECRET);
      String gdbh = hotline.newTicket().gdbh();
      client.send(feedback(gdbh, 1, "HF", "已处理"));
      client.send(feedback(gdbh, 1, "HF", "已处理"));

      assertThat(Eventually.within(Duration.ofSeconds(5), () -> suite.returnVisits.size() == 1))
          .isTrue();
      Thread.sleep(300);
      assertThat(suite.returnVisits).hasSize(1);
    }
  }

  @Test
  void otherFeedbackAndAZeroDelayScheduleNothing() throws InterruptedException {
    try (HotlineSimulator never = hotline(Duration.ZERO, Map.of("MY", 1));
        HotlineSimulator later = hotline(Duration.ofMillis(50), Map.of("MY", 1))) {
      String first = never.newTicket().gdbh();
      new FeedbackClient(never.feedbackUrl(), SECRET).send(feedback(first, 1, "HF", "已处理"));
      String second = later.newTicket().gdbh();
      FeedbackClient client = new FeedbackClient(later.feedbackUrl(), SECRET);
      client.send(feedback(second, 1, "QS", null));
      client.send(feedback(second, 2, "YQ", "需要延期"));
      client.send(feedback(second, 3, "TH", "不属于本单位"));

      Thread.sleep(400);

      assertThat(suite.returnVisits).isEmpty();
    }
  }

  @Test
  void theResultsFollowTheConfiguredDistribution() {
    try (HotlineSimulator hotline =
        hotline(Duration.ofMillis(10), HotlineSettings.DEFAULT_RETURN_VISIT_WEIGHTS)) {
      FeedbackClient client = new FeedbackClient(hotline.feedbackUrl(), SECRET);
      for (int i = 0; i < 100; i++) {
        client.send(feedback(hotline.newTicket().gdbh(), 1, "HF", "已处理"));
      }

      assertThat(Eventually.within(Duration.ofSeconds(10), () -> suite.returnVisits.size() == 100))
          .isTrue();
      long satisfied =
          suite.returnVisits.values().stream()
              .filter(v -> v.get("jg").asText().equals("MY"))
              .count();
      assertThat(satisfied).isBetween(65L, 93L);
      assertThat(suite.returnVisits.values())
          .allSatisfy(v -> assertThat(v.get("jg").asText()).isIn("MY", "JBMY", "BMY", "WFLX"));
    }
  }

  @Test
  void aReturnVisitCanBeSentExplicitlyAndIsRetried() {
    try (HotlineSimulator hotline = hotline(Duration.ZERO, Map.of("MY", 1))) {
      suite.answerNext(1, 503);

      ReturnVisit visit = hotline.returnVisit("12345-20261123-000017", "WFLX", "电话无人接听");

      assertThat(visit.delivery().outcome()).isEqualTo(Outcome.ACCEPTED);
      assertThat(visit.delivery().attempts()).isEqualTo(2);
      assertThat(suite.returnVisits.values())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.get("jg").asText()).isEqualTo("WFLX");
                assertThat(v.get("sm").asText()).isEqualTo("电话无人接听");
                assertThat(v.get("hfsj").asText()).isEqualTo(visit.hfsj());
              });
      ReturnVisit rejected = hotline.returnVisit("12345-20261123-000017", "XX", "?");
      assertThat(rejected.delivery().outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(rejected.delivery().reason()).contains("jg");
    }
  }
}
