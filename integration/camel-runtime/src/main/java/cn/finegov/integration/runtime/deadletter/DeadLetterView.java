package cn.finegov.integration.runtime.deadletter;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A dead letter as screens and REST show it.
 *
 * @param id identifier
 * @param flow the flow
 * @param routeId the route or component that failed
 * @param source where the message came from
 * @param reference the failing part (a row)
 * @param reason why it failed
 * @param exceptionType the exception's class
 * @param status open, replayed or discarded
 * @param failureCount how often it failed
 * @param firstFailedAt first failure
 * @param lastFailedAt latest failure
 * @param replayCount how often it was replayed
 * @param lastReplayedAt latest replay
 * @param lastReplayedBy who replayed it last
 * @param closedAt when it was discarded
 * @param closedBy who discarded it
 * @param replayTarget where a replay sends it
 * @param body the original message
 * @param headers the original headers
 */
public record DeadLetterView(
    long id,
    String flow,
    String routeId,
    String source,
    String reference,
    String reason,
    String exceptionType,
    DeadLetterStatus status,
    int failureCount,
    Instant firstFailedAt,
    Instant lastFailedAt,
    int replayCount,
    Instant lastReplayedAt,
    String lastReplayedBy,
    Instant closedAt,
    String closedBy,
    String replayTarget,
    String body,
    Map<String, String> headers)
    implements Serializable {

  /** Lists show this much of a message; the whole message is in the single view. */
  static final int LIST_BODY = 500;

  static DeadLetterView of(DeadLetter letter) {
    return of(letter, Integer.MAX_VALUE);
  }

  /** The view with the body cut to {@code maxBody} characters (with an ellipsis when cut). */
  static DeadLetterView of(DeadLetter letter, int maxBody) {
    String body = letter.body();
    if (body != null && body.length() > maxBody) {
      body = body.substring(0, maxBody) + "…";
    }
    return new DeadLetterView(
        letter.id(),
        letter.flow(),
        letter.routeId(),
        letter.source(),
        letter.reference(),
        letter.reason(),
        letter.exceptionType(),
        letter.status(),
        letter.failureCount(),
        letter.firstFailedAt(),
        letter.lastFailedAt(),
        letter.replayCount(),
        letter.lastReplayedAt(),
        letter.lastReplayedBy(),
        letter.closedAt(),
        letter.closedBy(),
        letter.replayTarget(),
        body,
        HeaderJson.read(letter.headers()));
  }

  public boolean isReplayable() {
    return status != DeadLetterStatus.DISCARDED && replayTarget != null && !replayTarget.isBlank();
  }
}
