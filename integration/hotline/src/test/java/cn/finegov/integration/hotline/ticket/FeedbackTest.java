package cn.finegov.integration.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
  private static final Duration FIRST = Duration.ofSeconds(2);
  private static final Duration LONGEST = Duration.ofSeconds(60);

  private static Feedback pending() {
    return new Feedback(
        SampleTickets.transferred("12345-20261123-000017"),
        1,
        FeedbackKind.QS,
        AT,
        SampleTickets.UNIT_NAME,
        null,
        null);
  }

  @Test
  void aNewItemIsPendingAndDueAtOnce() {
    Feedback item = pending();

    assertThat(item.delivery()).isEqualTo(Feedback.Delivery.PENDING);
    assertThat(item.attempts()).isZero();
    assertThat(item.nextAttemptAt()).isEqualTo(AT);
    assertThat(item.lastError()).isNull();
    assertThat(item.deliveredAt()).isNull();
  }

  @Test
  void theWaitAfterAFailureDoublesFromTheFirstToTheLongest() {
    Feedback item = pending();
    long[] expectedSeconds = {2, 4, 8, 16, 32, 60, 60};

    for (int i = 0; i < expectedSeconds.length; i++) {
      Instant now = AT.plus(Duration.ofMinutes(i));
      item.failed("HTTP 503", now, FIRST, LONGEST);

      assertThat(item.attempts()).isEqualTo(i + 1);
      assertThat(Duration.between(now, item.nextAttemptAt()))
          .as("wait after failure %d", i + 1)
          .isEqualTo(Duration.ofSeconds(expectedSeconds[i]));
      assertThat(item.delivery()).isEqualTo(Feedback.Delivery.PENDING);
    }
  }

  @Test
  void theWaitStaysAtTheLongestAfterManyFailures() {
    Feedback item = pending();
    Instant now = AT;
    for (int i = 0; i < 100; i++) {
      now = now.plusSeconds(1);
      item.failed("HTTP 503", now, FIRST, LONGEST);
    }

    assertThat(item.attempts()).isEqualTo(100);
    assertThat(item.nextAttemptAt()).isEqualTo(now.plus(LONGEST));
  }

  @Test
  void theErrorIsKeptCutTo500Characters() {
    Feedback item = pending();

    item.failed("x".repeat(800), AT, FIRST, LONGEST);
    assertThat(item.lastError()).hasSize(500);

    item.failed("ConnectException: Connection refused", AT, FIRST, LONGEST);
    assertThat(item.lastError()).isEqualTo("ConnectException: Connection refused");

    item.failed(null, AT, FIRST, LONGEST);
    assertThat(item.lastError()).isNull();
  }

  @Test
  void aDeliveredItemCountsTheAttemptAndForgetsTheError() {
    Feedback item = pending();
    item.failed("HTTP 503", AT, FIRST, LONGEST);
    Instant delivered = AT.plusSeconds(3);

    item.delivered(delivered);

    assertThat(item.delivery()).isEqualTo(Feedback.Delivery.DELIVERED);
    assertThat(item.deliveredAt()).isEqualTo(delivered);
    assertThat(item.attempts()).isEqualTo(2);
    assertThat(item.lastError()).isNull();
  }
}
