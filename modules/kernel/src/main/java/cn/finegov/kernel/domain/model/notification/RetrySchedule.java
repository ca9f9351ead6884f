package cn.finegov.kernel.domain.model.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code base}, then twice as long after each further
 * failure (at most a day), until {@code maxAttempts} attempts were made. With the defaults (5
 * attempts, 5 minutes) a delivery is tried at 0, +5, +15, +35 and +75 minutes.
 *
 * @param maxAttempts attempts in total (setting {@code notifications.delivery.max-attempts})
 * @param base delay after the first failure (setting {@code notifications.delivery.retry-minutes})
 */
public record RetrySchedule(int maxAttempts, Duration base) {

  static final Duration LONGEST = Duration.ofDays(1);

  public RetrySchedule {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("a positive delay");
    }
  }

  /**
   * When to try again after {@code attemptsMade} attempts, the last one failing at {@code now};
   * empty when no attempt is left.
   */
  public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(now.plus(delayAfter(attemptsMade)));
  }

  /** The wait after the {@code attemptsMade}-th failed attempt. */
  public Duration delayAfter(int attemptsMade) {
    int doublings = Math.max(0, Math.min(attemptsMade - 1, 30));
    Duration delay = base;
    for (int i = 0; i < doublings && delay.compareTo(LONGEST) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
  }
}
