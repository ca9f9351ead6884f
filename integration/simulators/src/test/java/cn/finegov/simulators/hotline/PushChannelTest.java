package cn.finegov.simulators.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushChannelTest {

  private static final String SECRET = "push-secret";

  private SuiteStandIn suite;
  private HotlineSimulator hotline;

  @BeforeEach
  void start() throws IOException {
    suite = new SuiteStandIn(SECRET);
    hotline = HotlineSimulator.start(settings(suite.url()).build());
  }

  @AfterEach
  void stop() {
    hotline.close();
    suite.close();
  }

  private static HotlineSettings.Builder settings(String suiteUrl) {
    return HotlineSettings.builder()
        .port(0)
        .secret(SECRET)
        .suiteUrl(suiteUrl)
        .retry(4, Duration.ofMillis(20), Duration.ofMillis(100));
  }

  @Test
  void aTicketIsPushedSignedAndAccepted() {
    Ticket ticket = hotline.newTicket();

    Delivery delivery = hotline.push(ticket);

    assertThat(delivery.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(delivery.status()).isEqualTo(202);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(suite.tickets).containsEntry(ticket.gdbh(), ticket.json());
    SuiteStandIn.Received request = suite.received.peek();
    assertThat(request.signature())
        .isEqualTo(
            TestSigner.sign(
                SECRET, request.timestamp(), request.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(Long.parseLong(request.timestamp()))
        .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(10_000L));
    assertThat(hotline.acknowledged()).containsExactly(ticket.gdbh());
    assertThat(hotline.result(ticket.gdbh())).contains(delivery);
  }

  @Test
  void a503IsRetriedWithBackOffUntilTheSuiteTakesTheTicket() {
    suite.answerNext(2, 503);
    Ticket ticket = hotline.newTicket();

    Delivery delivery = hotline.push(ticket);

    assertThat(delivery.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(delivery.attempts()).isEqualTo(3);
    List<SuiteStandIn.Received> calls = suite.received(HotlineSimulator.TICKETS_PATH);
    assertThat(calls).hasSize(3);
    // each attempt is signed anew and carries the same body; the pauses grow
    assertThat(calls).extracting(SuiteStandIn.Received::body).containsOnly(ticket.json());
    assertThat(calls.get(1).atMillis() - calls.get(0).atMillis()).isGreaterThanOrEqualTo(20);
    assertThat(calls.get(2).atMillis() - calls.get(1).atMillis()).isGreaterThanOrEqualTo(40);
    assertThat(hotline.acknowledged()).contains(ticket.gdbh());
  }

  @Test
  void otherServerErrorsAreRetriedToo() {
    suite.answerNext(1, 500);
    suite.answerNext(1, 502);

    assertThat(hotline.pushNew().outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(suite.received).hasSize(3);
  }

  @Test
  void aSuiteThatIsStillStartingAnswers404AndIsTriedAgain() {
    suite.answerNext(1, 404);

    Delivery delivery = hotline.pushNew();

    assertThat(delivery.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(delivery.attempts()).isEqualTo(2);
  }

  @Test
  void theHotlineGivesUpAfterTheLastAttemptAndRecordsFailed() {
    suite.answerNext(4, 503);
    Ticket ticket = hotline.newTicket();

    Delivery delivery = hotline.push(ticket);

    assertThat(delivery.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(delivery.attempts()).isEqualTo(4);
    assertThat(delivery.reason()).contains("gave up after 4 attempts").contains("503");
    assertThat(hotline.acknowledged()).doesNotContain(ticket.gdbh());
    assertThat(suite.tickets).isEmpty();
  }

  @Test
  void connectionErrorsAreRetriedAndEndAsFailed() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (HotlineSimulator unreachable =
        HotlineSimulator.start(
            settings("http://127.0.0.1:" + closedPort + "/governance").build())) {
      Delivery delivery = unreachable.pushNew();

      assertThat(delivery.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(delivery.attempts()).isEqualTo(4);
      assertThat(delivery.status()).isZero();
      assertThat(delivery.reason()).contains("ConnectException");
    }
  }

  @Test
  void aRejectedTicketIsRecordedWithTheSuitesReason() {
    MalformedTicket ticket = hotline.newMalformed(MalformedKind.MISSING_CONTENT);

    Delivery delivery = hotline.push(ticket);

    assertThat(delivery.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(delivery.status()).isEqualTo(400);
    assertThat(delivery.reason()).isEqualTo("nr is missing");
    assertThat(delivery.malformed()).isEqualTo(MalformedKind.MISSING_CONTENT);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(hotline.result(ticket.gdbh())).contains(delivery);
    assertThat(hotline.acknowledged()).isEmpty();
  }

  @Test
  void aResentTicketIsAnsweredDuplicateAndCountsAsAcknowledged() {
    Ticket ticket = hotline.newTicket();
    hotline.push(ticket);

    Delivery again = hotline.push(ticket);

    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(again.status()).isEqualTo(200);
    assertThat(hotline.acknowledged()).containsExactly(ticket.gdbh());
    assertThat(hotline.deliveries())
        .extracting(Delivery::outcome)
        .containsExactly(Outcome.ACCEPTED, Outcome.DUPLICATE);
  }

  @Test
  void aWrongSecretIsNotRetried() {
    try (HotlineSimulator wrong =
        HotlineSimulator.start(settings(suite.url()).secret("wrong").build())) {
      Delivery delivery = wrong.pushNew();

      assertThat(delivery.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(delivery.status()).isEqualTo(401);
      assertThat(delivery.attempts()).isEqualTo(1);
      assertThat(suite.unauthorized).hasValue(1);
    }
  }

  @Test
  void aBatchIsAnsweredPerTicketInOrder() {
    Ticket first = hotline.newTicket();
    hotline.push(first);
    List<Ticket> batch = List.of(hotline.newTicket(), first, hotline.newTicket());

    List<Delivery> answers = hotline.pushBatch(batch);

    assertThat(answers)
        .extracting(Delivery::gdbh)
        .containsExactly(batch.get(0).gdbh(), first.gdbh(), batch.get(2).gdbh());
    assertThat(answers)
        .extracting(Delivery::outcome)
        .containsExactly(Outcome.ACCEPTED, Outcome.DUPLICATE, Outcome.ACCEPTED);
    assertThat(suite.received(HotlineSimulator.TICKETS_PATH).get(1).body())
        .startsWith("{\"tickets\":[");
    assertThat(hotline.acknowledged()).hasSize(3);
  }

  @Test
  void whileDownNothingIsPushedAndTheTicketsGoAfterwards() {
    hotline.down(Duration.ofMillis(400));
    long started = System.currentTimeMillis();

    Delivery delivery = hotline.pushNew();

    assertThat(delivery.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(suite.received.peek().atMillis() - started).isGreaterThanOrEqualTo(350);
    assertThat(hotline.isDown()).isFalse();
  }

  @Test
  void aBurstSendsEveryTicketOnceOnSeveralThreads() {
    ScenarioReport report = hotline.burst(200, 8);

    assertThat(report.accepted()).isEqualTo(200);
    assertThat(report.validTicketNumbers()).hasSize(200).doesNotHaveDuplicates();
    assertThat(suite.tickets.keySet())
        .containsExactlyInAnyOrderElementsOf(report.validTicketNumbers());
    assertThat(hotline.acknowledged())
        .containsExactlyInAnyOrderElementsOf(report.validTicketNumbers());
  }
}
