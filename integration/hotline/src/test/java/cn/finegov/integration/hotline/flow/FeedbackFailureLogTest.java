package cn.finegov.integration.hotline.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate-limited log of failed feedback deliveries: a hotline that is down for a quarter of an
 * hour, polled every few seconds, gives a handful of lines, not hundreds.
 */
class FeedbackFailureLogTest {

  private static final Instant START = Instant.parse("2026-11-23T02:00:00Z");
  private static final Duration INTERVAL = Duration.ofMinutes(5);

  /** A clock the test moves. */
  static final class TestClock extends Clock {

    private Instant now = START;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();
  private LogCapture capture;
  private Logger logger;
  private FeedbackFailureLog log;

  @BeforeEach
  void setUp() {
    logger = Logger.getLogger("test.feedback." + UUID.randomUUID());
    logger.setUseParentHandlers(false);
    capture = LogCapture.of(logger);
    log = new FeedbackFailureLog(logger, clock, () -> INTERVAL);
  }

  @AfterEach
  void tearDown() {
    capture.close();
  }

  private void fail(int seq) {
    log.failed(
        "12345-20261123-000017 #" + seq,
        "HTTP 503 UNAVAILABLE",
        clock.instant().plus(Duration.ofMinutes(1)));
  }

  @Test
  void aHotlineDownForFifteenMinutesGivesTheFirstFailureTwoSummariesAndOneRecovery() {
    // Polled every 3 s, three items failing per poll: 900 failed attempts in 15 minutes.
    for (int poll = 0; poll < 300; poll++) {
      for (int seq = 1; seq <= 3; seq++) {
        fail(seq);
      }
      clock.advance(Duration.ofSeconds(3));
    }
    log.delivered();
    log.delivered();

    assertThat(capture.records)
        .extracting(LogRecord::getLevel)
        .containsExactly(Level.WARNING, Level.WARNING, Level.WARNING, Level.INFO);
    List<String> lines = capture.lines();
    assertThat(lines.get(0))
        .startsWith("Feedback to the 12345 hotline failed: HTTP 503 UNAVAILABLE")
        .contains("12345-20261123-000017 #1", "next attempt at 2026-11-23T02:01:00Z")
        .contains("at most every 5 min");
    // Five minutes after the first line: 100 polls × 3 − 1 failures not yet reported, + this one.
    assertThat(lines.get(1))
        .startsWith("Feedback to the 12345 hotline still failing: 300 failed attempts since ")
        .contains("since 2026-11-23T02:00:00Z", "failing since 2026-11-23T02:00:00Z")
        .contains("HTTP 503 UNAVAILABLE", "next attempt at 2026-11-23T02:06:00Z");
    assertThat(lines.get(2))
        .startsWith("Feedback to the 12345 hotline still failing: 300 failed attempts since ")
        .contains("since 2026-11-23T02:05:00Z", "failing since 2026-11-23T02:00:00Z");
    assertThat(lines.get(3))
        .isEqualTo(
            "Feedback to the 12345 hotline delivered again after 900 failed attempts in 15 min"
                + " (failing since 2026-11-23T02:00:00Z).");
  }

  @Test
  void failuresAfterARecoveryAreLoggedAgainOnlyAfterTheInterval() {
    fail(1);
    clock.advance(Duration.ofSeconds(10));
    log.delivered();
    // The hotline goes down again a minute later.
    clock.advance(Duration.ofMinutes(1));
    fail(2);
    clock.advance(Duration.ofMinutes(2));
    fail(2);
    clock.advance(Duration.ofMinutes(3));
    fail(2);

    assertThat(capture.lines())
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).startsWith("Feedback to the 12345 hotline failed");
              assertThat(lines.get(1))
                  .startsWith("Feedback to the 12345 hotline delivered again after 1 failed")
                  .contains("in 10 s");
              assertThat(lines.get(2))
                  .startsWith("Feedback to the 12345 hotline still failing: 3 failed attempts")
                  .contains("since 2026-11-23T02:00:10Z", "failing since 2026-11-23T02:01:10Z");
            });
  }

  @Test
  void oneItemRefusedAgainAndAgainBetweenDeliveriesGivesAtMostTwoLinesPerInterval() {
    // The hotline is up; one item is refused every minute, others are delivered in between.
    for (int minute = 0; minute < 60; minute++) {
      fail(4);
      clock.advance(Duration.ofSeconds(1));
      log.delivered();
      clock.advance(Duration.ofSeconds(59));
    }

    // A failure line and its recovery line every 6 minutes (the first failure after 5 minutes
    // since the last line): 10 pairs in an hour instead of 120 lines.
    List<String> lines = capture.lines();
    assertThat(lines).hasSize(20);
    int counted = 0;
    for (String line : lines) {
      if (line.startsWith("Feedback to the 12345 hotline failed")) {
        counted += 1;
      } else if (line.startsWith("Feedback to the 12345 hotline still failing: ")) {
        counted += Integer.parseInt(line.split(": ")[1].split(" ")[0]);
      }
    }
    // No failure is lost from the counts: the last 5 wait for the next line.
    assertThat(counted).isEqualTo(55);
    for (int i = 0; i + 1 < lines.size(); i += 2) {
      assertThat(lines.get(i + 1)).contains("delivered again after 1 failed attempt in 1 s");
    }
  }

  @Test
  void deliveriesWithoutFailuresLogNothing() {
    log.delivered();
    log.delivered();

    assertThat(capture.records).isEmpty();
  }

  @Test
  void durationsReadLikeAPerson() {
    assertThat(FeedbackFailureLog.readable(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(FeedbackFailureLog.readable(Duration.ofMinutes(5))).isEqualTo("5 min");
    assertThat(FeedbackFailureLog.readable(Duration.ofSeconds(750))).isEqualTo("12 min 30 s");
    assertThat(FeedbackFailureLog.readable(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
  }
}
