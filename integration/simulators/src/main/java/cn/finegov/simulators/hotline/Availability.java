package cn.finegov.simulators.hotline;

import java.time.Duration;
import java.time.Instant;

/** The hotline's down mode: while down it answers 503 and pushes nothing. */
final class Availability {

  private static final Instant FOREVER = Instant.MAX;

  private volatile Instant downUntil;

  /** Down for {@code duration}; zero or negative: until {@link #up()}. */
  void down(Duration duration) {
    downUntil =
        duration == null || duration.isZero() || duration.isNegative()
            ? FOREVER
            : Instant.now().plus(duration);
  }

  void up() {
    downUntil = null;
  }

  boolean isDown() {
    Instant until = downUntil;
    return until != null && Instant.now().isBefore(until);
  }

  /** The end of the down time, or {@code null} when up or down until {@link #up()}. */
  Instant downUntil() {
    Instant until = downUntil;
    return until == null || until == FOREVER || !isDown() ? null : until;
  }

  /** Blocks while the hotline is down. */
  void awaitUp() throws InterruptedException {
    while (isDown()) {
      Thread.sleep(50);
    }
  }
}
