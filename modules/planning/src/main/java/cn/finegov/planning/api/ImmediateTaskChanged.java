package cn.finegov.planning.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step of an immediate task (即时性任务) that the channel it came from wants to hear of: fired (CDI
 * event, synchronous) in the transaction of the step, for immediate tasks with an external
 * reference only. The 12345 hotline turns them into the feedback on its ticket: started, delay
 * asked for, delay decided, completed with the last progress report as the reply.
 *
 * @param number the task number ({@code 2026-000042})
 * @param source the task source ({@code HOTLINE_12345}, …) as the intake got it
 * @param reference the external reference (e.g. the ticket number)
 * @param step what happened
 * @param leadUnitCode the unit leading the task
 * @param deadline the deadline before the step
 * @param proposedDeadline the deadline asked for ({@link Step#DELAY_REQUESTED}) or granted ({@link
 *     Step#DELAY_APPROVED}); {@code null} otherwise
 * @param text the reason of a delay request, the note of a decision, or the last progress report of
 *     a completed task; may be {@code null}
 * @param at when
 */
public record ImmediateTaskChanged(
    String number,
    String source,
    String reference,
    Step step,
    String leadUnitCode,
    LocalDate deadline,
    LocalDate proposedDeadline,
    String text,
    Instant at) {

  /** The steps announced. */
  public enum Step {
    STARTED,
    DELAY_REQUESTED,
    DELAY_APPROVED,
    DELAY_REFUSED,
    COMPLETED
  }
}
