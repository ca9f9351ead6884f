package cn.finegov.integration.hotline.flow;

import static cn.finegov.integration.hotline.message.TicketJson.text;
import static cn.finegov.integration.hotline.message.TicketJson.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.integration.hotline.flow.RecordingInbox.Queued;
import cn.finegov.integration.hotline.message.TicketJson;
import cn.finegov.integration.runtime.api.DeadLetters;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * {@code hotline-ticket-batch-intake}: the valid tickets of a pushed batch are queued as one inbox
 * batch and remembered, the results come back in the order of the push, an invalid ticket is left
 * for the single route, and a failure takes nothing (the whole push is sent again).
 */
class HotlineBatchIntakeRouteTest extends HotlineRouteTestSupport {

  private static final String FIRST = "12345-20261124-000101";
  private static final String SECOND = "12345-20261124-000102";
  private static final String THIRD = "12345-20261124-000103";

  @SuppressWarnings("unchecked")
  private static List<Object> results(Exchange exchange) {
    return exchange.getMessage().getHeader(Intake.RESULTS, List.class);
  }

  private Exchange push(String... texts) {
    return send(HotlineRoutes.BATCH_ENDPOINT, List.of(texts), "PUSH");
  }

  @Test
  void validTicketsAreQueuedAsOneBatchInTheirOrderAndAccepted() {
    start();

    Exchange answer = push(TicketJson.valid(FIRST), TicketJson.valid(SECOND));

    assertThat(answer.getException()).isNull();
    assertThat(results(answer))
        .containsExactly(
            new Intake.Taken(FIRST, IntakeResult.ACCEPTED),
            new Intake.Taken(SECOND, IntakeResult.ACCEPTED));
    assertThat(inbox.batches).containsExactly(2);
    assertThat(inbox.queued)
        .containsExactly(
            new Queued(
                HotlineRoutes.TICKET_FLOW,
                FIRST,
                TicketJson.valid(FIRST),
                Map.of(Intake.CHANNEL, "PUSH", DeadLetters.SOURCE, FIRST)),
            new Queued(
                HotlineRoutes.TICKET_FLOW,
                SECOND,
                TicketJson.valid(SECOND),
                Map.of(Intake.CHANNEL, "PUSH", DeadLetters.SOURCE, SECOND)));
  }

  @Test
  void ticketsTakenBeforeAndSecondCopiesInTheBatchAreDuplicatesAndNotQueued() {
    start();
    send(HotlineRoutes.TICKET_ENDPOINT, TicketJson.valid(FIRST), "PUSH");

    Exchange answer =
        push(TicketJson.valid(FIRST), TicketJson.valid(SECOND), TicketJson.valid(SECOND));

    assertThat(results(answer))
        .containsExactly(
            new Intake.Taken(FIRST, IntakeResult.DUPLICATE),
            new Intake.Taken(SECOND, IntakeResult.ACCEPTED),
            new Intake.Taken(SECOND, IntakeResult.DUPLICATE));
    assertThat(inbox.batches).containsExactly(1);
    assertThat(inbox.queued).extracting(Queued::messageId).containsExactly(FIRST, SECOND);

    Exchange again = push(TicketJson.valid(FIRST), TicketJson.valid(SECOND));
    assertThat(results(again))
        .extracting(taken -> ((Intake.Taken) taken).result())
        .containsExactly(IntakeResult.DUPLICATE, IntakeResult.DUPLICATE);
    assertThat(inbox.batches).as("nothing new, no batch").containsExactly(1);
  }

  @Test
  void anInvalidTicketIsLeftForTheSingleRouteAndTheOthersAreQueued() {
    start();
    String invalid = text(ticket().add("sqlx", "XX"));

    Exchange answer = push(TicketJson.valid(FIRST), invalid, TicketJson.valid(THIRD));

    assertThat(results(answer))
        .containsExactly(
            new Intake.Taken(FIRST, IntakeResult.ACCEPTED),
            null,
            new Intake.Taken(THIRD, IntakeResult.ACCEPTED));
    assertThat(inbox.queued).extracting(Queued::messageId).containsExactly(FIRST, THIRD);
    assertThat(deadLetters.received).as("the single route keeps it").isEmpty();
  }

  @Test
  void whenTheQueueRefusesNothingIsRememberedAndTheResendIsAccepted() {
    start();
    inbox.refuseNext = true;

    Exchange refused = push(TicketJson.valid(FIRST), TicketJson.valid(SECOND));

    assertThat(refused.getException()).isInstanceOf(IllegalStateException.class);
    assertThat(inbox.queued).isEmpty();
    Exchange again = push(TicketJson.valid(FIRST), TicketJson.valid(SECOND));
    assertThat(results(again))
        .extracting(taken -> ((Intake.Taken) taken).result())
        .containsExactly(IntakeResult.ACCEPTED, IntakeResult.ACCEPTED);
  }

  @Test
  void aCrashAfterTheSendLeavesTheKeysUnrememberedSoTheResendIsQueuedAgain() {
    start();
    inbox.afterEnqueue =
        () -> {
          throw new IllegalStateException("the process died here");
        };

    Exchange cut = push(TicketJson.valid(FIRST));

    assertThat(cut.getException()).hasMessage("the process died here");
    inbox.afterEnqueue = () -> {};
    Exchange again = push(TicketJson.valid(FIRST));
    assertThat(results(again)).containsExactly(new Intake.Taken(FIRST, IntakeResult.ACCEPTED));
    assertThat(inbox.queued).extracting(Queued::messageId).containsExactly(FIRST, FIRST);
  }

  @Test
  void aFailingDatabaseFailsTheWholePushWithoutRetries() {
    start();
    receipts.failNext(1);

    Exchange failed = push(TicketJson.valid(FIRST));

    assertThat(failed.getException()).hasMessage("database unavailable");
    assertThat(results(failed)).isNull();
    assertThat(receipts.calls).hasValue(1);
    assertThat(deadLetters.received).isEmpty();
  }
}
