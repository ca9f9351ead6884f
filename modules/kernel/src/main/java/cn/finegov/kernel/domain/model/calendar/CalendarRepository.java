package cn.finegov.kernel.domain.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores the calendar's days, arrangements and version. */
public interface CalendarRepository {

  /** Every stored day of every region (to build a {@link CalendarSnapshot}). */
  List<CalendarDay> allDays();

  /** A region's stored days between two dates (inclusive), by date. */
  List<CalendarDay> days(Region region, LocalDate from, LocalDate to);

  Optional<CalendarDay> day(Region region, LocalDate date);

  CalendarDay store(CalendarDay day);

  void delete(CalendarDay day);

  /** Every loaded arrangement, by region and year. */
  List<CalendarArrangement> arrangements();

  Optional<CalendarArrangement> arrangement(Region region, int year);

  CalendarArrangement store(CalendarArrangement arrangement);

  /** Codes of the regions with stored days or arrangements of their own. */
  List<String> regions();

  /** The version counter, locked for writing until the transaction ends. */
  CalendarState lockState();

  /** The current version (read without a lock). */
  long version();

  /** Writes pending changes, so that queries see them. */
  void flush();
}
