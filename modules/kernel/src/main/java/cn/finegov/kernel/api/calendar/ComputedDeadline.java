package cn.finegov.kernel.api.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A deadline as the calendar computed it.
 *
 * @param rule how it was counted
 * @param startDate the start (for working days: not counted itself)
 * @param startTime the start time of a working-time rule, {@code null} for working days
 * @param region the regional calendar used, {@code null} for the national one
 * @param dueDate the last day: always a working day
 * @param dueTime the time on that day for working-time rules; {@code null} for working days, which
 *     end with the day
 * @param provisional whether it reaches into a year without an official arrangement (counted with
 *     weekends only, recomputed when the arrangement is loaded)
 * @param calendarVersion the version of the calendar that computed it
 * @param explanation how it came about
 */
public record ComputedDeadline(
    DeadlineRule rule,
    LocalDate startDate,
    LocalTime startTime,
    String region,
    LocalDate dueDate,
    LocalTime dueTime,
    boolean provisional,
    long calendarVersion,
    Explanation explanation) {

  public ComputedDeadline {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The explanation in Chinese or English. */
  public String explanation(Locale locale) {
    return explanation.text(locale);
  }

  /**
   * Whether the deadline has passed at {@code now} (a working-day deadline lasts its whole day).
   */
  public boolean isOverdue(LocalDateTime now) {
    return dueTime == null
        ? now.toLocalDate().isAfter(dueDate)
        : now.isAfter(dueDate.atTime(dueTime));
  }
}
