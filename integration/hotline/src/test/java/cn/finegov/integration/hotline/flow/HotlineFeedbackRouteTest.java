package cn.finegov.integration.hotline.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.integration.hotline.flow.HotlineRouteTestSupport.RecordingDelivery.Call;
import cn.finegov.integration.hotline.message.HotlineSignature;
import cn.finegov.integration.hotline.message.TicketJson;
import cn.finegov.integration.hotline.ticket.Feedback;
import cn.finegov.integration.hotline.ticket.HotlineTicket;
import cn.finegov.integration.hotline.ticket.SampleTickets;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

/**
 * {@code hotline-feedback} against a stand-in of the hotline's feedback API on a local port (the
 * JDK's HTTP server): the request is signed and carries the JSON of PROTOCOL.md, and the answer
 * decides whether the item is delivered or waits for another attempt. The timer is replaced by a
 * direct endpoint so that a test runs one round when it wants.
 */
class HotlineFeedbackRouteTest extends HotlineRouteTestSupport {

  private static final String TICK = "direct:hotline-feedback-tick";
  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  /** One request the hotline received. */
  record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    JsonObject json() {
      return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
          .readObject();
    }
  }

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "{\"result\":\"OK\"}";
  private HttpServer hotline;
  private boolean stopped;

  @Override
  protected void doPreSetup() throws Exception {
    hotline = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hotline.createContext("/", this::handle);
    hotline.start();
    super.doPreSetup();
  }

  @Override
  Map<String, String> settings() {
    return Map.of(
        "hotline.api.url",
        "http://127.0.0.1:" + hotline.getAddress().getPort(),
        "hotline.feedback.first-retry-millis",
        String.valueOf(FIRST_RETRY.toMillis()),
        "hotline.feedback.longest-retry-millis",
        "600000");
  }

  @Override
  protected void doPostTearDown() throws Exception {
    stopHotline();
    super.doPostTearDown();
  }

  private void stopHotline() {
    if (!stopped) {
      stopped = true;
      hotline.stop(0);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    byte[] out = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, out.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(out);
    }
  }

  private void startWithManualRounds() throws Exception {
    AdviceWith.adviceWith(context, "hotline-feedback", route -> route.replaceFromWith(TICK));
    start();
  }

  /** One round of the route, as one timer tick would run it. */
  private void round() {
    NotifyBuilder done =
        new NotifyBuilder(context).fromRoute("hotline-feedback").whenDone(1).create();
    template.sendBody(TICK, null);
    assertThat(done.matches(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
  }

  /** Whole seconds some hours ago: feedback is due once its time has come. */
  private static Instant hoursAgo(int hours) {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(hours));
  }

  @Test
  void aDueItemIsPostedSignedAndDeliveredWhenTheHotlineAnswers200() throws Exception {
    startWithManualRounds();
    Instant signedAt = hoursAgo(2);
    Feedback item = SampleTickets.signedFor(TicketJson.TICKET_NO, signedAt);
    long id = outbox.add(item);

    round();

    assertThat(requests).hasSize(1);
    Request request = requests.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1/feedback");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    String timestamp = request.header(HotlineSignature.TIMESTAMP_HEADER);
    assertThat(timestamp).matches("[0-9]{13}");
    assertThat(
            new HotlineSignature(SECRET)
                .verify(
                    timestamp,
                    request.header(HotlineSignature.SIGNATURE_HEADER),
                    request.body(),
                    Instant.now()))
        .isTrue();
    JsonObject json = request.json();
    assertThat(json.getString("gdbh")).isEqualTo(TicketJson.TICKET_NO);
    assertThat(json.getInt("xh")).isEqualTo(1);
    assertThat(json.getString("lx")).isEqualTo("QS");
    assertThat(OffsetDateTime.parse(json.getString("sj")).toInstant()).isEqualTo(signedAt);
    assertThat(json.getString("sj")).endsWith("+08:00");
    assertThat(json.getString("dw")).isEqualTo(SampleTickets.UNIT_NAME);
    assertThat(delivery.calls).containsExactly(new Call("answered", id, 200, null));
    assertThat(item.delivery()).isEqualTo(Feedback.Delivery.DELIVERED);
    assertThat(item.attempts()).isEqualTo(1);
    assertThat(item.lastError()).isNull();

    round();

    assertThat(requests).as("not sent again").hasSize(1);
  }

  @Test
  void aReplyAndAnExtensionCarryTheirTextAndDaysInSequence() throws Exception {
    startWithManualRounds();
    HotlineTicket ticket = SampleTickets.transferred(TicketJson.TICKET_NO);
    Feedback extension =
        ticket.extensionRequested(3, "需协调供电公司", SampleTickets.UNIT_NAME, hoursAgo(3));
    Feedback reply = ticket.replied("路灯已修复", SampleTickets.UNIT_NAME, hoursAgo(2));
    outbox.add(extension);
    outbox.add(reply);

    round();

    assertThat(requests).extracting(r -> r.json().getInt("xh")).containsExactly(1, 2);
    JsonObject yq = requests.get(0).json();
    assertThat(yq.getString("lx")).isEqualTo("YQ");
    assertThat(yq.getString("nr")).isEqualTo("需协调供电公司");
    assertThat(yq.getInt("yqts")).isEqualTo(3);
    JsonObject hf = requests.get(1).json();
    assertThat(hf.getString("lx")).isEqualTo("HF");
    assertThat(hf.getString("nr")).isEqualTo("路灯已修复");
    assertThat(hf.containsKey("yqts")).isFalse();
    assertThat(extension.delivery()).isEqualTo(Feedback.Delivery.DELIVERED);
    assertThat(reply.delivery()).isEqualTo(Feedback.Delivery.DELIVERED);
  }

  @Test
  void a503LeavesTheItemPendingWithTheAnswerAndAWait() throws Exception {
    startWithManualRounds();
    status = 503;
    answer = "{\"result\":\"UNAVAILABLE\"}";
    Feedback item = SampleTickets.signedFor(TicketJson.TICKET_NO, hoursAgo(1));
    long id = outbox.add(item);
    Instant before = Instant.now();

    round();

    Instant after = Instant.now();
    assertThat(delivery.calls).containsExactly(new Call("answered", id, 503, null));
    assertThat(item.delivery()).isEqualTo(Feedback.Delivery.PENDING);
    assertThat(item.attempts()).isEqualTo(1);
    assertThat(item.lastError()).isEqualTo("HTTP 503 {\"result\":\"UNAVAILABLE\"}");
    assertThat(item.nextAttemptAt()).isBetween(before.plus(FIRST_RETRY), after.plus(FIRST_RETRY));
    // The HTTP client itself may send a POST answered 503 once more (its default retry strategy);
    // the hotline takes a resend of a number as the same item.
    assertThat(requests)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.body()).isEqualTo(requests.get(0).body()));
    int sent = requests.size();

    round();

    assertThat(requests).as("not due again yet").hasSize(sent);
  }

  @Test
  void a409NamingALaterNumberMeansTheHotlineHadIt() throws Exception {
    startWithManualRounds();
    status = 409;
    answer = "{\"result\":\"OUT_OF_ORDER\",\"expected\":2}";
    Feedback item = SampleTickets.signedFor(TicketJson.TICKET_NO, hoursAgo(1));
    outbox.add(item);

    round();

    assertThat(item.delivery()).isEqualTo(Feedback.Delivery.DELIVERED);
  }

  @Test
  void a409AskingForThisNumberLeavesItPending() throws Exception {
    startWithManualRounds();
    status = 409;
    answer = "{\"result\":\"OUT_OF_ORDER\",\"expected\":1}";
    Feedback item = SampleTickets.signedFor(TicketJson.TICKET_NO, hoursAgo(1));
    outbox.add(item);

    round();

    assertThat(item.delivery()).isEqualTo(Feedback.Delivery.PENDING);
    assertThat(item.lastError()).startsWith("HTTP 409");
  }

  @Test
  void aHotlineThatCannotBeReachedLeavesTheItemPendingAsUnreachable() throws Exception {
    startWithManualRounds();
    stopHotline();
    Feedback item = SampleTickets.signedFor(TicketJson.TICKET_NO, hoursAgo(1));
    long id = outbox.add(item);
    Instant before = Instant.now();

    round();

    assertThat(delivery.calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.step()).isEqualTo("unreachable");
              assertThat(call.id()).isEqualTo(id);
              assertThat(call.failure()).isInstanceOf(IOException.class);
            });
    assertThat(item.delivery()).isEqualTo(Feedback.Delivery.PENDING);
    assertThat(item.attempts()).isEqualTo(1);
    assertThat(item.lastError()).isNotBlank().doesNotStartWith("HTTP");
    assertThat(item.nextAttemptAt()).isAfterOrEqualTo(before.plus(FIRST_RETRY));
  }

  @Test
  void aHotlineThatIsDownIsLoggedOnceNotPerItemAndWithoutContent() throws Exception {
    startWithManualRounds();
    status = 503;
    // The hotline's answer quotes what it was sent: none of it may reach the log.
    answer = "{\"result\":\"UNAVAILABLE\",\"reason\":\"路灯已修复 13812341234\"}";
    List<Feedback> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      HotlineTicket ticket = SampleTickets.transferred(String.format("12345-20261123-%06d", i));
      Feedback reply = ticket.replied("路灯已修复 13812341234", SampleTickets.UNIT_NAME, hoursAgo(1));
      outbox.add(reply);
      items.add(reply);
    }
    LogCapture log = LogCapture.of(FeedbackDelivery.class);
    try {
      round();
      assertThat(items).allSatisfy(item -> assertThat(item.attempts()).isEqualTo(1));

      assertThat(log.records)
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.getLevel()).isEqualTo(Level.WARNING);
                assertThat(line.getMessage())
                    .contains("HTTP 503 UNAVAILABLE", "12345-20261123-000000 #1")
                    .doesNotContain("13812341234", "路灯");
              });

      // The hotline is back: the next delivery says so, once.
      status = 200;
      answer = "{\"result\":\"OK\"}";
      outbox.add(SampleTickets.signedFor("12345-20261123-000099", hoursAgo(1)));
      round();

      assertThat(log.records).hasSize(2);
      assertThat(log.records.get(1).getLevel()).isEqualTo(Level.INFO);
      assertThat(log.records.get(1).getMessage())
          .startsWith("Feedback to the 12345 hotline delivered again after 20 failed attempts");
    } finally {
      log.close();
    }
  }

  @Test
  void anUnreachableHotlineIsLoggedWithTheFailureNotTheContent() throws Exception {
    startWithManualRounds();
    stopHotline();
    HotlineTicket ticket = SampleTickets.transferred(TicketJson.TICKET_NO);
    outbox.add(ticket.replied("路灯已修复 13812341234", SampleTickets.UNIT_NAME, hoursAgo(1)));
    LogCapture log = LogCapture.of(FeedbackDelivery.class);
    try {
      round();

      assertThat(log.records)
          .singleElement()
          .satisfies(
              line ->
                  assertThat(line.getMessage())
                      .startsWith("Feedback to the 12345 hotline failed: ")
                      .contains(TicketJson.TICKET_NO + " #1")
                      .doesNotContain("13812341234", "路灯"));
    } finally {
      log.close();
    }
  }

  @Test
  void nothingDueMeansNoRequest() throws Exception {
    startWithManualRounds();

    round();

    assertThat(requests).isEmpty();
    assertThat(delivery.calls).isEmpty();
  }
}
