package cn.finegov.integration.hotline.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What the server log hears of failed feedback deliveries. While the hotline is down every poll
 * fails, so a line per attempt would flood the log; instead:
 *
 * <ul>
 *   <li>the first failure is logged (WARNING) with the item and the next attempt;
 *   <li>further failures are counted, and at most one summary line (WARNING) is written per
 *       interval (failed attempts since the last line, when the failing began, the latest error and
 *       the next attempt), at the next failure after the interval has passed;
 *   <li>the first delivery after a logged failure writes one line (INFO): delivered again after n
 *       failed attempts, and how long it failed.
 * </ul>
 *
 * No line is written more often than once per interval, except the recovery line that closes a
 * logged failure: a single item refused again and again between successful deliveries gives at most
 * one failure line and one recovery line per interval. Failures that were not reported before a
 * delivery succeeded are kept in the count of the next line. The caller passes only an item's
 * reference (ticket number and sequence number) and an error without message content: no phone
 * number or ticket text reaches the log through this class.
 */
final class FeedbackFailureLog {

  private final Logger logger;
  private final Clock clock;
  private final Supplier<Duration> interval;

  private Instant lastLineAt;
  private int unreported;
  private Instant failingSince;
  private int failuresSinceFailing;
  private boolean failingReported;

  /**
   * @param interval at least this long between two lines (read at every failure, so that a changed
   *     setting applies at once)
   */
  FeedbackFailureLog(Logger logger, Clock clock, Supplier<Duration> interval) {
    this.logger = logger;
    this.clock = clock;
    this.interval = interval;
  }

  /**
   * A delivery attempt failed.
   *
   * @param item the item's reference, e.g. {@code 12345-20261123-000017 #2}
   * @param error the failure without content, e.g. {@code HTTP 503 UNAVAILABLE}
   * @param nextAttempt when the item is tried again
   */
  synchronized void failed(String item, String error, Instant nextAttempt) {
    Instant now = clock.instant();
    if (failingSince == null) {
      failingSince = now;
      failuresSinceFailing = 0;
      failingReported = false;
    }
    failuresSinceFailing++;
    unreported++;
    Duration every = interval.get();
    if (lastLineAt != null && now.isBefore(lastLineAt.plus(every))) {
      return;
    }
    if (!failingReported && unreported == 1) {
      logger.warning(
          "Feedback to the 12345 hotline failed: "
              + error
              + " ("
              + item
              + "); it stays pending, next attempt at "
              + seconds(nextAttempt)
              + ". Further failures are summarised at most every "
              + readable(every)
              + " until a delivery succeeds.");
    } else {
      logger.warning(
          "Feedback to the 12345 hotline still failing: "
              + unreported
              + (unreported == 1 ? " failed attempt" : " failed attempts")
              + " since "
              + seconds(lastLineAt)
              + " (failing since "
              + seconds(failingSince)
              + "); latest: "
              + error
              + " ("
              + item
              + "), next attempt at "
              + seconds(nextAttempt)
              + ".");
    }
    lastLineAt = now;
    unreported = 0;
    failingReported = true;
  }

  /** A delivery succeeded. */
  synchronized void delivered() {
    if (failingSince == null) {
      return;
    }
    Instant now = clock.instant();
    if (failingReported) {
      logger.info(
          "Feedback to the 12345 hotline delivered again after "
              + failuresSinceFailing
              + (failuresSinceFailing == 1 ? " failed attempt" : " failed attempts")
              + " in "
              + readable(Duration.between(failingSince, now))
              + " (failing since "
              + seconds(failingSince)
              + ").");
      lastLineAt = now;
      unreported = 0;
    }
    failingSince = null;
    failuresSinceFailing = 0;
    failingReported = false;
  }

  private static String seconds(Instant at) {
    return at == null ? "?" : at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** {@code 45 s}, {@code 5 min}, {@code 12 min 30 s}, {@code 2 h 5 min}. */
  static String readable(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return minutes + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }
}
