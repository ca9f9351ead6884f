package cn.finegov.integration.runtime.deadletter;

/**
 * Filter of the dead-letter list; {@code null} fields do not filter.
 *
 * @param flow the flow (exact)
 * @param status the status
 * @param text part of the source, reference or reason
 */
public record DeadLetterQuery(String flow, DeadLetterStatus status, String text) {

  public static DeadLetterQuery open() {
    return new DeadLetterQuery(null, DeadLetterStatus.OPEN, null);
  }
}
