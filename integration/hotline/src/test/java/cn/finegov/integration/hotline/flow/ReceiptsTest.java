package cn.finegov.integration.hotline.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.integration.runtime.api.DeadLetters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The order of a receipt: queued first, remembered after. Whatever step fails, a message is never
 * remembered without being queued (the resend would be answered DUPLICATE and the ticket lost).
 */
class ReceiptsTest {

  private static final String FLOW = HotlineRoutes.TICKET_FLOW;
  private static final String KEY = "12345-20261123-0000000000001";

  private final TestReceipts receipts = new TestReceipts();

  @AfterEach
  void close() {
    receipts.close();
  }

  private IntakeResult push() {
    return receipts.queueOnce(FLOW, KEY, "{}", Map.of(Intake.CHANNEL, "PUSH"));
  }

  @Test
  void aNewMessageIsQueuedWithItsKeyAsSourceAndASecondIsADuplicate() {
    assertThat(push()).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(push()).isEqualTo(IntakeResult.DUPLICATE);
    assertThat(receipts.inbox.queued).hasSize(1);
    assertThat(receipts.inbox.queued.get(0).headers())
        .containsEntry(DeadLetters.SOURCE, KEY)
        .containsEntry(Intake.CHANNEL, "PUSH");
  }

  @Test
  void whenTheQueueRefusesTheKeyIsNotRememberedAndTheResendIsAccepted() {
    receipts.inbox.refuseNext = true;
    assertThatThrownBy(this::push).isInstanceOf(IllegalStateException.class);
    assertThat(receipts.inbox.queued).isEmpty();

    assertThat(push()).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(receipts.inbox.queued).hasSize(1);
  }

  @Test
  void aCrashAfterTheSendLeavesTheKeyUnrememberedSoTheResendIsQueuedAgain() {
    receipts.inbox.afterEnqueue =
        () -> {
          throw new IllegalStateException("the process died here");
        };
    assertThatThrownBy(this::push).hasMessage("the process died here");
    receipts.inbox.afterEnqueue = () -> {};

    // Never answered, the hotline sends it again: queued a second time, the handler keeps one.
    assertThat(push()).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(receipts.inbox.queued)
        .extracting(RecordingInbox.Queued::messageId)
        .containsExactly(KEY, KEY);
    assertThat(push()).isEqualTo(IntakeResult.DUPLICATE);
  }
}
