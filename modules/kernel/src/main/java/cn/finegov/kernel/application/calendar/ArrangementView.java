package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.domain.model.calendar.CalendarArrangement;
import cn.finegov.kernel.domain.model.calendar.DayOrigin;
import java.io.Serializable;
import java.time.Instant;

/**
 * A loaded arrangement of one year.
 *
 * @param region the region, {@code null} for the national calendar
 * @param year the year
 * @param origin shipped with the suite or uploaded
 * @param source the file name
 * @param days days the file held
 * @param loadedBy who loaded it last
 * @param loadedAt when
 */
public record ArrangementView(
    String region,
    int year,
    DayOrigin origin,
    String source,
    int days,
    String loadedBy,
    Instant loadedAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static ArrangementView of(CalendarArrangement arrangement) {
    return new ArrangementView(
        arrangement.region().code(),
        arrangement.year(),
        arrangement.origin(),
        arrangement.source(),
        arrangement.dayCount(),
        arrangement.loadedBy(),
        arrangement.loadedAt());
  }
}
