package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.domain.model.calendar.DayOrigin;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A date as a region's calendar has it.
 *
 * @param date the date
 * @param weekday 1 (Monday) to 7 (Sunday)
 * @param type its type
 * @param name Chinese name, or {@code null}
 * @param nameEn English name, or {@code null}
 * @param decidedBy whether the date is ordinary, decided by the national calendar, or by the
 *     region's own day
 * @param nationalType the type in the national calendar (differs from {@code type} when a region
 *     overrides it)
 * @param origin where the deciding stored day came from, {@code null} for ordinary dates
 * @param source the file or screen it came from, or {@code null}
 * @param updatedBy who stored it last, or {@code null}
 * @param updatedAt when, or {@code null}
 */
public record CalendarDayView(
    LocalDate date,
    int weekday,
    DayType type,
    String name,
    String nameEn,
    Decision decidedBy,
    DayType nationalType,
    DayOrigin origin,
    String source,
    String updatedBy,
    Instant updatedAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What decides a date's type. */
  public enum Decision {
    /** No stored day: the ordinary week. */
    ORDINARY,
    /** A day of the national calendar. */
    NATIONAL,
    /** A day of the region's own. */
    REGIONAL
  }

  public boolean working() {
    return type.working();
  }

  /** Whether the date differs from the ordinary week or is stored for the region. */
  public boolean special() {
    return decidedBy != Decision.ORDINARY;
  }
}
