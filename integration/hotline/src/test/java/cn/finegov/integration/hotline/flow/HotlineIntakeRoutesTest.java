package cn.finegov.integration.hotline.flow;

import static cn.finegov.integration.hotline.message.TicketJson.text;
import static cn.finegov.integration.hotline.message.TicketJson.ticket;
import static cn.finegov.integration.hotline.message.TicketJson.visit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.integration.hotline.flow.RecordingDeadLetters.Letter;
import cn.finegov.integration.hotline.flow.RecordingInbox.Queued;
import cn.finegov.integration.hotline.message.InvalidMessageException;
import cn.finegov.integration.hotline.message.TicketJson;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * {@code hotline-ticket-intake} and {@code hotline-visit-intake}: a valid message is queued once, a
 * resend is a duplicate, a malformed one is a dead letter at once, a failure of the suite is
 * retried and then kept as a dead letter. The answers of the inbound REST resource are read from
 * the exchange exactly as asserted here (result header, caught exception).
 */
class HotlineIntakeRoutesTest extends HotlineRouteTestSupport {

  private static final String NO = TicketJson.TICKET_NO;
  private static final String VISITED = "2026-11-24T15:00:00+08:00";

  private static IntakeResult result(Exchange exchange) {
    return exchange.getMessage().getHeader(Intake.RESULT, IntakeResult.class);
  }

  private static Throwable caught(Exchange exchange) {
    return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
  }

  // Tickets

  @Test
  void aValidTicketIsQueuedOnceAndAccepted() {
    start();
    String json = TicketJson.valid(NO);

    Exchange answer = send(HotlineRoutes.TICKET_ENDPOINT, json, "PUSH");

    assertThat(answer.getException()).isNull();
    assertThat(caught(answer)).isNull();
    assertThat(result(answer)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(answer.getMessage().getHeader(Intake.TICKET_NO)).isEqualTo(NO);
    assertThat(inbox.queued)
        .containsExactly(
            new Queued(
                HotlineRoutes.TICKET_FLOW,
                NO,
                json,
                Map.of(Intake.CHANNEL, "PUSH", DeadLetters.SOURCE, NO)));
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void theSameTicketAgainIsADuplicateAndNotQueuedTwice() {
    start();
    String json = TicketJson.valid(NO);

    Exchange first = send(HotlineRoutes.TICKET_ENDPOINT, json, "PUSH");
    Exchange again = send(HotlineRoutes.TICKET_ENDPOINT, json, "PUSH");
    Exchange fromTheTable = send(HotlineRoutes.TICKET_ENDPOINT, json, "TABLE");

    assertThat(result(first)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(result(again)).isEqualTo(IntakeResult.DUPLICATE);
    assertThat(result(fromTheTable)).isEqualTo(IntakeResult.DUPLICATE);
    assertThat(again.getMessage().getHeader(Intake.TICKET_NO)).isEqualTo(NO);
    assertThat(inbox.queued).hasSize(1);
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void anotherTicketIsQueuedToo() {
    start();

    send(HotlineRoutes.TICKET_ENDPOINT, TicketJson.valid(NO), "PUSH");
    Exchange other =
        send(HotlineRoutes.TICKET_ENDPOINT, TicketJson.valid("12345-20261123-000018"), "PUSH");

    assertThat(result(other)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(inbox.queued)
        .extracting(Queued::messageId)
        .containsExactly(NO, "12345-20261123-000018");
  }

  @Test
  void aTicketWithoutChannelIsQueuedAsAReplayAndBytesAreReadAsUtf8() {
    start();
    String json = TicketJson.valid(NO);

    Exchange answer =
        send(HotlineRoutes.TICKET_ENDPOINT, json.getBytes(StandardCharsets.UTF_8), null);

    assertThat(result(answer)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(inbox.queued)
        .singleElement()
        .satisfies(
            queued -> {
              assertThat(queued.body()).isEqualTo(json).contains(TicketJson.CONTENT);
              assertThat(queued.headers())
                  .containsOnly(
                      Map.entry(Intake.CHANNEL, "REPLAY"), Map.entry(DeadLetters.SOURCE, NO));
            });
  }

  @Test
  void aMalformedTicketIsADeadLetterWithItsBodyAndReasonAndIsNotQueued() {
    start();
    String json = text(ticket().add("sqlx", "XX"));

    Exchange answer = send(HotlineRoutes.TICKET_ENDPOINT, json, "PUSH");

    assertThat(answer.getException()).as("handled").isNull();
    assertThat(result(answer)).isNull();
    assertThat(answer.getMessage().getHeader(Intake.TICKET_NO)).isEqualTo(NO);
    assertThat(caught(answer))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            refusal -> assertThat(refusal.arguments()).containsExactly("sqlx", "XX"));
    assertThat(deadLetters.received).hasSize(1);
    Letter letter = deadLetters.received.get(0);
    assertThat(letter.body()).isEqualTo(json);
    assertThat(letter.failure()).isSameAs(caught(answer));
    assertThat(letter.routeId()).isEqualTo("hotline-ticket-intake");
    assertThat(letter.headers())
        .containsEntry(DeadLetters.FLOW, HotlineRoutes.TICKET_FLOW)
        .containsEntry(DeadLetters.REPLAY_TARGET, HotlineRoutes.TICKET_ENDPOINT)
        .containsEntry(DeadLetterChannel.DEDUP_KEY, HotlineRoutes.TICKET_FLOW + ":" + NO)
        .containsEntry(DeadLetters.SOURCE, NO)
        .containsEntry(Intake.CHANNEL, "PUSH");
    assertThat(receipts.calls).hasValue(0);
    assertThat(inbox.queued).isEmpty();
  }

  @Test
  void textThatIsNotJsonIsADeadLetterKeyedOnItsContent() {
    start();
    String garbage = "{\"gdbh\": \"12345-2026";

    send(HotlineRoutes.TICKET_ENDPOINT, garbage, "PUSH");
    send(HotlineRoutes.TICKET_ENDPOINT, garbage, "PUSH");
    send(HotlineRoutes.TICKET_ENDPOINT, "something else", "PUSH");

    assertThat(deadLetters.received).hasSize(3);
    Letter first = deadLetters.received.get(0);
    assertThat(first.body()).isEqualTo(garbage);
    assertThat(first.failure())
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            refusal -> assertThat(refusal.messageKey()).isEqualTo("hotline.message.not-json"));
    assertThat(first.headers())
        .containsEntry(DeadLetters.SOURCE, "?")
        .containsEntry(DeadLetters.FLOW, HotlineRoutes.TICKET_FLOW);
    assertThat((String) first.header(DeadLetterChannel.DEDUP_KEY))
        .startsWith(HotlineRoutes.TICKET_FLOW + ":")
        .isEqualTo(deadLetters.received.get(1).header(DeadLetterChannel.DEDUP_KEY))
        .isNotEqualTo(deadLetters.received.get(2).header(DeadLetterChannel.DEDUP_KEY));
    assertThat(inbox.queued).isEmpty();
  }

  @Test
  void unreadableTicketsWithTheSameStringHashAreTwoDeadLetters() {
    start();
    // "Aa" and "BB" have the same String.hashCode (2112): a 32-bit key would make the second
    // overwrite the first's dead letter.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

    send(HotlineRoutes.TICKET_ENDPOINT, "Aa", "PUSH");
    send(HotlineRoutes.TICKET_ENDPOINT, "BB", "PUSH");

    assertThat(deadLetters.received)
        .extracting(letter -> (String) letter.header(DeadLetterChannel.DEDUP_KEY))
        .containsExactly(
            HotlineRoutes.TICKET_FLOW + ":sha256-" + sha256("Aa"),
            HotlineRoutes.TICKET_FLOW + ":sha256-" + sha256("BB"))
        .doesNotHaveDuplicates();
  }

  @Test
  void unreadableVisitsWithTheSameStringHashAreTwoDeadLetters() {
    start();
    String first = "{\"gdbh\": \"Aa\"";
    String second = "{\"gdbh\": \"BB\"";
    assertThat(first.hashCode()).isEqualTo(second.hashCode());

    send(HotlineRoutes.VISIT_ENDPOINT, first, "PUSH");
    send(HotlineRoutes.VISIT_ENDPOINT, second, "PUSH");
    send(HotlineRoutes.VISIT_ENDPOINT, first, "PUSH");

    assertThat(deadLetters.received)
        .extracting(letter -> (String) letter.header(DeadLetterChannel.DEDUP_KEY))
        .containsExactly(
            HotlineRoutes.VISIT_FLOW + ":sha256-" + sha256(first),
            HotlineRoutes.VISIT_FLOW + ":sha256-" + sha256(second),
            HotlineRoutes.VISIT_FLOW + ":sha256-" + sha256(first));
  }

  @Test
  void theContentKeyIsTheSha256OfTheUtf8Bytes() {
    assertThat(Intake.contentKey("f", "Aa")).isNotEqualTo(Intake.contentKey("f", "BB"));
    assertThat(Intake.contentKey("f", "abc"))
        .isEqualTo("f:sha256-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Intake.contentKey("f", "工单"))
        .isEqualTo("f:sha256-e45308061f71ca078488dab3f2ce373b3838d355dcbedc7ca3297a6c9636a39c");
    assertThat(Intake.contentKey("f", null)).isEqualTo(Intake.contentKey("f", ""));
  }

  private static String sha256(String text) throws IllegalStateException {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aTransientFailureIsRetriedAndTheTicketIsQueued() {
    start();
    receipts.failNext(2);

    Exchange answer = send(HotlineRoutes.TICKET_ENDPOINT, TicketJson.valid(NO), "PUSH");

    assertThat(result(answer)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(answer.getException()).isNull();
    assertThat(caught(answer))
        .as("Camel keeps the caught exception after a successful redelivery: read RESULT first")
        .isInstanceOf(IllegalStateException.class);
    assertThat(receipts.calls).hasValue(3);
    assertThat(inbox.queued).hasSize(1);
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void aLastingFailureEndsInTheDeadLettersAfterTwoRetriesAndTheResendIsAccepted() {
    start();
    receipts.failNext(3);
    String json = TicketJson.valid(NO);

    Exchange answer = send(HotlineRoutes.TICKET_ENDPOINT, json, "PUSH");

    assertThat(answer.getException()).as("handled by the dead letter channel").isNull();
    assertThat(caught(answer))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database unavailable");
    assertThat(result(answer)).as("the resource answers 503").isNull();
    assertThat(receipts.calls).hasValue(3);
    assertThat(inbox.queued).isEmpty();
    assertThat(deadLetters.received)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.body()).isEqualTo(json);
              assertThat(letter.failure()).isInstanceOf(IllegalStateException.class);
              assertThat(letter.routeId()).isEqualTo("hotline-ticket-intake");
              assertThat(letter.headers())
                  .containsEntry(DeadLetters.FLOW, HotlineRoutes.TICKET_FLOW)
                  .containsEntry(DeadLetters.REPLAY_TARGET, HotlineRoutes.TICKET_ENDPOINT)
                  .containsEntry(DeadLetterChannel.DEDUP_KEY, HotlineRoutes.TICKET_FLOW + ":" + NO);
            });

    Exchange resend = send(HotlineRoutes.TICKET_ENDPOINT, json, "PUSH");

    assertThat(result(resend)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(inbox.queued).hasSize(1);
  }

  @Test
  void aReplayedDeadLetterGoesThroughTheIntakeAgain() {
    start();
    receipts.failNext(3);
    String json = TicketJson.valid(NO);
    send(HotlineRoutes.TICKET_ENDPOINT, json, "PUSH");
    Letter letter = deadLetters.received.get(0);

    Exchange answer = send((String) letter.header(DeadLetters.REPLAY_TARGET), letter.body(), null);

    assertThat(result(answer)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(inbox.queued)
        .singleElement()
        .satisfies(queued -> assertThat(queued.headers()).containsEntry(Intake.CHANNEL, "REPLAY"));
  }

  // Return visits

  @Test
  void aValidVisitIsQueuedOnceAndAccepted() {
    start();
    String json = text(visit(NO, VISITED, "MY"));
    String key = NO + "@" + Instant.parse("2026-11-24T07:00:00Z").toEpochMilli();

    Exchange answer = send(HotlineRoutes.VISIT_ENDPOINT, json, "PUSH");

    assertThat(answer.getException()).isNull();
    assertThat(result(answer)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(answer.getMessage().getHeader(Intake.TICKET_NO)).isEqualTo(NO);
    assertThat(inbox.queued)
        .containsExactly(
            new Queued(
                HotlineRoutes.VISIT_FLOW,
                key,
                json,
                Map.of(Intake.CHANNEL, "PUSH", DeadLetters.SOURCE, key)));
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void theSameVisitAgainIsADuplicateButAnotherVisitOfTheTicketIsNot() {
    start();

    Exchange first = send(HotlineRoutes.VISIT_ENDPOINT, text(visit(NO, VISITED, "BMY")), "PUSH");
    Exchange again =
        send(HotlineRoutes.VISIT_ENDPOINT, text(visit(NO, "2026-11-24T07:00:00Z", "BMY")), "PUSH");
    Exchange later =
        send(
            HotlineRoutes.VISIT_ENDPOINT,
            text(visit(NO, "2026-11-30T10:00:00+08:00", "MY")),
            "PUSH");

    assertThat(result(first)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(result(again)).isEqualTo(IntakeResult.DUPLICATE);
    assertThat(result(later)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(inbox.queued).hasSize(2).allMatch(q -> q.flow().equals(HotlineRoutes.VISIT_FLOW));
  }

  @Test
  void aVisitAndATicketOfTheSameNumberAreKeptApart() {
    start();

    Exchange ticket = send(HotlineRoutes.TICKET_ENDPOINT, TicketJson.valid(NO), "PUSH");
    Exchange visit = send(HotlineRoutes.VISIT_ENDPOINT, text(visit(NO, VISITED, "MY")), "PUSH");

    assertThat(result(ticket)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(result(visit)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(inbox.queued)
        .extracting(Queued::flow)
        .containsExactly(HotlineRoutes.TICKET_FLOW, HotlineRoutes.VISIT_FLOW);
  }

  @Test
  void aMalformedVisitIsADeadLetterWithItsBodyAndReasonAndIsNotQueued() {
    start();
    String json = text(visit(NO, VISITED, "OK"));

    Exchange answer = send(HotlineRoutes.VISIT_ENDPOINT, json, "PUSH");

    assertThat(answer.getException()).isNull();
    assertThat(result(answer)).isNull();
    assertThat(answer.getMessage().getHeader(Intake.TICKET_NO)).isEqualTo(NO);
    assertThat(caught(answer))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            refusal -> assertThat(refusal.arguments()).containsExactly("jg", "OK"));
    assertThat(deadLetters.received)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.body()).isEqualTo(json);
              assertThat(letter.failure()).isSameAs(caught(answer));
              assertThat(letter.routeId()).isEqualTo("hotline-visit-intake");
              assertThat(letter.headers())
                  .containsEntry(DeadLetters.FLOW, HotlineRoutes.VISIT_FLOW)
                  .containsEntry(DeadLetters.REPLAY_TARGET, HotlineRoutes.VISIT_ENDPOINT)
                  .containsEntry(DeadLetters.SOURCE, NO)
                  .containsEntry(Intake.CHANNEL, "PUSH");
              assertThat((String) letter.header(DeadLetterChannel.DEDUP_KEY))
                  .startsWith(HotlineRoutes.VISIT_FLOW + ":");
            });
    assertThat(receipts.calls).hasValue(0);
    assertThat(inbox.queued).isEmpty();
  }

  @Test
  void aTransientFailureOfAVisitIsRetriedAndItIsQueued() {
    start();
    receipts.failNext(2);

    Exchange answer = send(HotlineRoutes.VISIT_ENDPOINT, text(visit(NO, VISITED, "MY")), "PUSH");

    assertThat(result(answer)).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(receipts.calls).hasValue(3);
    assertThat(inbox.queued).hasSize(1);
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void aLastingFailureOfAVisitEndsInTheDeadLettersAfterTwoRetries() {
    start();
    receipts.failNext(3);
    String json = text(visit(NO, VISITED, "MY"));
    String key = NO + "@" + Instant.parse("2026-11-24T07:00:00Z").toEpochMilli();

    Exchange answer = send(HotlineRoutes.VISIT_ENDPOINT, json, "PUSH");

    assertThat(answer.getException()).isNull();
    assertThat(caught(answer)).isInstanceOf(IllegalStateException.class);
    assertThat(result(answer)).isNull();
    assertThat(receipts.calls).hasValue(3);
    assertThat(inbox.queued).isEmpty();
    assertThat(deadLetters.received)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.body()).isEqualTo(json);
              assertThat(letter.routeId()).isEqualTo("hotline-visit-intake");
              assertThat(letter.headers())
                  .containsEntry(DeadLetters.FLOW, HotlineRoutes.VISIT_FLOW)
                  .containsEntry(DeadLetters.REPLAY_TARGET, HotlineRoutes.VISIT_ENDPOINT)
                  .containsEntry(DeadLetterChannel.DEDUP_KEY, HotlineRoutes.VISIT_FLOW + ":" + key);
            });
  }

  @Test
  void withoutTheMiddleDatabaseOnlyTheIntakeAndFeedbackRoutesExist() {
    start();

    assertThat(context.getRoutes())
        .extracting(route -> route.getRouteId())
        .containsExactlyInAnyOrder(
            "hotline-ticket-intake",
            "hotline-ticket-batch-intake",
            "hotline-visit-intake",
            "hotline-feedback");
  }
}
