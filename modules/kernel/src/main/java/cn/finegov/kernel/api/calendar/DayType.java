package cn.finegov.kernel.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What kind of day a date is in the working-day calendar. */
public enum DayType {
  /** A Monday to Friday that is worked. */
  WORKDAY(true),
  /** A Saturday or Sunday that is not worked. */
  WEEKEND(false),
  /** A statutory or local holiday (any day of the week). */
  HOLIDAY(false),
  /** A Saturday or Sunday that is worked to make up for a holiday (调休上班). */
  ADJUSTED_WORKDAY(true);

  private final boolean working;

  DayType(boolean working) {
    this.working = working;
  }

  /** Whether the day is worked. */
  public boolean working() {
    return working;
  }

  /** Bundle key of the type's name. */
  public String labelKey() {
    return "calendar.type." + name();
  }

  /** The type of a date without any arrangement: weekend or workday. */
  public static DayType ordinary(LocalDate date) {
    return isWeekend(date) ? WEEKEND : WORKDAY;
  }

  /**
   * Whether a date may carry this type: WORKDAY only Monday to Friday, WEEKEND and ADJUSTED_WORKDAY
   * only on Saturday and Sunday, HOLIDAY on any day.
   */
  public boolean allowedOn(LocalDate date) {
    return switch (this) {
      case WORKDAY -> !isWeekend(date);
      case WEEKEND, ADJUSTED_WORKDAY -> isWeekend(date);
      case HOLIDAY -> true;
    };
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
