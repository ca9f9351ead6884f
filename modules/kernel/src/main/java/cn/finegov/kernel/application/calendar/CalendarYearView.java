package cn.finegov.kernel.application.calendar;

import java.io.Serializable;
import java.util.List;

/**
 * A year of a region's calendar.
 *
 * @param year the year
 * @param region the region, {@code null} for the national calendar
 * @param arranged whether an official arrangement of the year is loaded (else deadlines into it are
 *     provisional)
 * @param arrangements the loaded arrangements that apply (national, and the region's own)
 * @param calendarVersion the current calendar version
 * @param days every date of the year, in order
 */
public record CalendarYearView(
    int year,
    String region,
    boolean arranged,
    List<ArrangementView> arrangements,
    long calendarVersion,
    List<CalendarDayView> days)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The dates that are not ordinary (holidays, adjusted workdays, the region's days). */
  public List<CalendarDayView> specialDays() {
    return days.stream().filter(CalendarDayView::special).toList();
  }
}
