package cn.finegov.simulators.hotline;

import static cn.finegov.simulators.hotline.FeedbackClient.feedback;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ControlApiTest {

  private static final String SECRET = "control-secret";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private SuiteStandIn suite;
  private HotlineSimulator hotline;

  @BeforeEach
  void start() throws IOException {
    suite = new SuiteStandIn(SECRET);
    hotline =
        HotlineSimulator.start(
            HotlineSettings.builder()
                .port(0)
                .secret(SECRET)
                .suiteUrl(suite.url())
                .returnVisitDelay(Duration.ZERO)
                .exchangeH2Port(0)
                .build());
  }

  @AfterEach
  void stop() {
    hotline.close();
    suite.close();
  }

  private HttpResponse<String> call(String method, String pathAndQuery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(hotline.baseUrl() + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  @Test
  void generateAnswersTheReportAndStatsCountIt() throws Exception {
    HttpResponse<String> generated =
        call(
            "POST", "/sim/generate?count=40&duplicates=10%25&malformed=0.1&channel=both&threads=2");

    assertThat(generated.statusCode()).isEqualTo(200);
    JsonNode report = json(generated);
    assertThat(report.get("uniqueValid").asInt()).isEqualTo(32);
    assertThat(report.get("duplicates").asInt()).isEqualTo(4);
    assertThat(report.get("malformed").asInt()).isEqualTo(4);
    assertThat(report.get("rowsWritten").asInt()).isEqualTo(40);
    assertThat(report.get("duplicateAnswers").asInt()).isEqualTo(4);

    JsonNode stats = json(call("GET", "/sim/stats"));
    assertThat(stats.get("ticketsIssued").asInt()).isEqualTo(36);
    assertThat(stats.get("acknowledged").asInt()).isEqualTo(32);
    assertThat(stats.get("pushes").get("ACCEPTED").asInt()).isEqualTo(32);
    assertThat(stats.get("rows").get("NEW").asInt()).isEqualTo(40);
    assertThat(stats.get("down").asBoolean()).isFalse();
  }

  @Test
  void downAndUpSwitchTheFeedbackApi() throws Exception {
    String gdbh = hotline.newTicket().gdbh();
    FeedbackClient feedbackClient = new FeedbackClient(hotline.feedbackUrl(), SECRET);

    assertThat(json(call("POST", "/sim/down?seconds=60")).get("down").asBoolean()).isTrue();
    assertThat(json(call("GET", "/sim/stats")).has("downUntil")).isTrue();
    assertThat(feedbackClient.send(feedback(gdbh, 1, "QS", null)).statusCode()).isEqualTo(503);
    assertThat(call("POST", "/sim/return-visit?gdbh=" + gdbh).statusCode()).isEqualTo(503);
    assertThat(json(call("POST", "/sim/up")).get("down").asBoolean()).isFalse();
    assertThat(feedbackClient.send(feedback(gdbh, 1, "QS", null)).statusCode()).isEqualTo(200);
  }

  @Test
  void theFeedbackOfATicketIsListed() throws Exception {
    String gdbh = hotline.newTicket().gdbh();
    FeedbackClient feedbackClient = new FeedbackClient(hotline.feedbackUrl(), SECRET);
    feedbackClient.send(feedback(gdbh, 1, "QS", null));
    feedbackClient.send(feedback(gdbh, 2, "HF", "已修复"));

    JsonNode list = json(call("GET", "/sim/tickets/" + gdbh + "/feedback"));

    assertThat(list.size()).isEqualTo(2);
    assertThat(list.get(1).get("lx").asText()).isEqualTo("HF");
    assertThat(list.get(1).get("nr").asText()).isEqualTo("已修复");
    assertThat(json(call("GET", "/sim/tickets/unknown-1/feedback")).size()).isZero();
  }

  @Test
  void aReturnVisitIsSentOnRequest() throws Exception {
    HttpResponse<String> response =
        call(
            "POST",
            "/sim/return-visit?gdbh=12345-20261123-000017&jg=JBMY&sm="
                + URLEncoder.encode("基本满意", StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("result").asText()).isEqualTo("ACCEPTED");
    assertThat(suite.returnVisits.values())
        .singleElement()
        .satisfies(v -> assertThat(v.get("sm").asText()).isEqualTo("基本满意"));
  }

  @Test
  void unknownPathsAndBadParametersAreAnsweredClearly() throws Exception {
    assertThat(call("GET", "/sim/nothing").statusCode()).isEqualTo(404);
    assertThat(call("GET", "/sim/generate").statusCode()).isEqualTo(404);
    HttpResponse<String> bad = call("POST", "/sim/generate?count=10&channel=FAX");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("result").asText()).isEqualTo("REJECTED");
    assertThat(call("POST", "/sim/return-visit").statusCode()).isEqualTo(400);
  }
}
