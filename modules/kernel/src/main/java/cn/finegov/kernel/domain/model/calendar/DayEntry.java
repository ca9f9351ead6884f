package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.calendar.DayType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day as the calendar arithmetic sees it: date, type and names.
 *
 * @param date the date
 * @param type its type
 * @param name Chinese name (a holiday's), or {@code null}
 * @param nameEn English name, or {@code null}
 */
public record DayEntry(LocalDate date, DayType type, String name, String nameEn) {

  public DayEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
  }
}
