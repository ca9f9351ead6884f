package cn.finegov.kernel.api.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Fired (synchronously, inside the transaction of the calendar change) for every open deadline
 * whose due date, provisional mark or explanation a calendar change altered. Owners observe it to
 * update what they show or send.
 *
 * @param deadline the deadline as it is now
 * @param previousDueDate the due date before
 * @param previousDueTime the due time before ({@code null} for working days)
 * @param previouslyProvisional the provisional mark before
 * @param previousCalendarVersion the calendar version that had computed it
 */
public record DeadlineRecomputed(
    DeadlineView deadline,
    LocalDate previousDueDate,
    LocalTime previousDueTime,
    boolean previouslyProvisional,
    long previousCalendarVersion) {

  /** Whether the due date or time moved. */
  public boolean dueChanged() {
    return !previousDueDate.equals(deadline.dueDate())
        || (previousDueTime == null
            ? deadline.dueTime() != null
            : !previousDueTime.equals(deadline.dueTime()));
  }
}
