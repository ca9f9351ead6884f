package cn.finegov.kernel.api.calendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The working days between two dates: after {@code from}, up to and including {@code to}; negative
 * when {@code to} lies before {@code from}.
 *
 * @param from the first date (not counted)
 * @param to the last date (counted when it is a working day)
 * @param region the regional calendar used, {@code null} for the national one
 * @param workingDays the count
 * @param provisional whether the span reaches a year without an official arrangement
 * @param calendarVersion the version of the calendar that counted
 * @param explanation how the count came about
 */
public record WorkingDayCount(
    LocalDate from,
    LocalDate to,
    String region,
    long workingDays,
    boolean provisional,
    long calendarVersion,
    Explanation explanation) {

  public String explanation(Locale locale) {
    return explanation.text(locale);
  }
}
