package cn.finegov.simulators.hotline;

/**
 * The final answer to one push of a ticket (or of a return visit).
 *
 * @param gdbh the ticket number, {@code null} for a ticket without one
 * @param malformed how the ticket was broken, {@code null} for a well-formed one
 * @param outcome the answer
 * @param status the last HTTP status, 0 when no answer came
 * @param reason the suite's reason (REJECTED) or why the hotline gave up (FAILED), else {@code
 *     null}
 * @param attempts how many HTTP calls it took
 */
public record Delivery(
    String gdbh,
    MalformedKind malformed,
    Outcome outcome,
    int status,
    String reason,
    int attempts) {}
