package cn.finegov.kernel.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void theWaitDoublesAfterEachFailure() {
    RetrySchedule schedule = new RetrySchedule(5, Duration.ofMinutes(5));

    assertThat(schedule.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
    assertThat(schedule.nextAttempt(2, NOW)).contains(NOW.plus(Duration.ofMinutes(10)));
    assertThat(schedule.nextAttempt(3, NOW)).contains(NOW.plus(Duration.ofMinutes(20)));
    assertThat(schedule.nextAttempt(4, NOW)).contains(NOW.plus(Duration.ofMinutes(40)));
  }

  @Test
  void noAttemptIsLeftAfterTheLast() {
    RetrySchedule schedule = new RetrySchedule(5, Duration.ofMinutes(5));

    assertThat(schedule.nextAttempt(5, NOW)).isEmpty();
    assertThat(schedule.nextAttempt(9, NOW)).isEmpty();
    assertThat(new RetrySchedule(1, Duration.ofMinutes(1)).nextAttempt(1, NOW)).isEmpty();
  }

  @Test
  void theWaitNeverExceedsADay() {
    RetrySchedule schedule = new RetrySchedule(50, Duration.ofMinutes(1440));

    assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofDays(1));
    assertThat(schedule.delayAfter(49)).isEqualTo(Duration.ofDays(1));
    assertThat(new RetrySchedule(50, Duration.ofMinutes(5)).delayAfter(40))
        .isEqualTo(Duration.ofDays(1));
  }

  @Test
  void aScheduleNeedsAnAttemptAndAPositiveWait() {
    assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
