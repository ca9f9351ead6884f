package cn.finegov.kernel.application.calendar;

import java.io.Serializable;

/**
 * What loading a year's file did.
 *
 * @param year the year
 * @param region the region, {@code null} for the national calendar
 * @param days days in the file
 * @param calendarVersion the calendar version after the load
 * @param recomputedDeadlines open deadlines that moved
 */
public record YearLoadResult(
    int year, String region, int days, long calendarVersion, int recomputedDeadlines)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
