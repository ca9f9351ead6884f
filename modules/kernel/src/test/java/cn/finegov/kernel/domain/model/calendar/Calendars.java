package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.application.calendar.CalendarReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calendars for tests: the shipped 2025 and 2026 arrangements, plus whatever a test adds. */
final class Calendars {

  private final Map<String, List<DayEntry>> days = new HashMap<>();
  private final Map<String, List<Integer>> years = new HashMap<>();

  private Calendars() {}

  /** The national calendar with the files of config/calendars (as the build ships them). */
  static Calendars shipped() {
    Calendars calendars = new Calendars();
    for (CalendarReferenceData.Shipped shipped : CalendarReferenceData.shipped(2100)) {
      shipped.file().rows().forEach(row -> calendars.day(Region.NATIONAL, row.entry()));
      calendars.arranged(Region.NATIONAL, shipped.file().year());
    }
    return calendars;
  }

  Calendars day(Region region, DayEntry entry) {
    days.computeIfAbsent(region.key(), key -> new ArrayList<>()).add(entry);
    return this;
  }

  Calendars day(Region region, String date, DayType type, String name) {
    return day(region, new DayEntry(LocalDate.parse(date), type, name, null));
  }

  Calendars arranged(Region region, int year) {
    years.computeIfAbsent(region.key(), key -> new ArrayList<>()).add(year);
    return this;
  }

  CalendarSnapshot snapshot(long version) {
    return new CalendarSnapshot(version, days, years);
  }
}
