package cn.finegov.kernel.api.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Deadline arithmetic on the working-day calendar (statutory holidays, adjusted workdays, regional
 * overrides) and the office hours (kernel setting {@code calendar.office-hours}). The start day is
 * never counted, and a deadline never ends on a non-working day. A region is the code of the unit
 * (usually a district) whose regional calendar applies; {@code null} or blank means the national
 * calendar. Every result names the calendar version that produced it and explains itself.
 *
 * <p>Invalid input (negative amounts, a malformed region) fails with a {@link
 * cn.finegov.kernel.api.error.ValidationException}; unusable office hours with a {@link
 * cn.finegov.kernel.api.error.DomainException} that says what is wrong with the setting.
 */
public interface WorkingCalendar {

  /**
   * The day {@code days} working days after {@code start}. With 0 days: {@code start} itself when
   * it is a working day, else the next working day.
   */
  ComputedDeadline addWorkingDays(LocalDate start, long days, String region);

  /** {@link #addWorkingDays(LocalDate, long, String)} on the national calendar. */
  default ComputedDeadline addWorkingDays(LocalDate start, long days) {
    return addWorkingDays(start, days, null);
  }

  /**
   * The moment after {@code workingTime} of office hours, counted from {@code start} (from the next
   * office period when {@code start} lies outside one). A due time at the end of an office period
   * stays there.
   */
  ComputedDeadline addWorkingHours(LocalDateTime start, Duration workingTime, String region);

  /**
   * The working days after {@code from} up to and including {@code to}; negative when {@code to} is
   * before {@code from}.
   */
  WorkingDayCount countWorkingDays(LocalDate from, LocalDate to, String region);

  /**
   * The office time between two moments (within the office hours of working days), e.g. how much of
   * a limit in working hours a stage has used; zero when {@code to} is not after {@code from}.
   */
  Duration workingTimeBetween(LocalDateTime from, LocalDateTime to, String region);

  /**
   * A deadline by a rule: working days from {@code start}'s date, or working time from {@code
   * start}.
   */
  default ComputedDeadline compute(DeadlineRule rule, LocalDateTime start, String region) {
    return rule.hours()
        ? addWorkingHours(start, Duration.ofMinutes(rule.amount()), region)
        : addWorkingDays(start.toLocalDate(), rule.amount(), region);
  }

  /** The type of a date in a region's calendar. */
  DayType dayType(LocalDate date, String region);

  /** Whether a date is worked in a region. */
  default boolean isWorkingDay(LocalDate date, String region) {
    return dayType(date, region).working();
  }

  /** The current calendar version: it grows with every change of days or arrangements. */
  long version();
}
