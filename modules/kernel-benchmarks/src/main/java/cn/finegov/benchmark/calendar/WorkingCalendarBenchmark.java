package cn.finegov.benchmark.calendar;

import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.calendar.WorkingDayCount;
import cn.finegov.kernel.application.calendar.CalendarReferenceData;
import cn.finegov.kernel.domain.model.calendar.CalendarSnapshot;
import cn.finegov.kernel.domain.model.calendar.DayEntry;
import cn.finegov.kernel.domain.model.calendar.OfficeHours;
import cn.finegov.kernel.domain.model.calendar.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the calendar arithmetic every deadline goes through, on the shipped 2025 and 2026
 * arrangements plus a region with overrides: starts cycle over every day of 2025 and 2026, so that
 * holidays, adjusted workdays and provisional years (2027) are all met.
 *
 * <pre>java -jar modules/kernel-benchmarks/target/benchmarks.jar WorkingCalendarBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkingCalendarBenchmark {

  private static final Region REGION = Region.of("330100");

  private CalendarSnapshot calendar;
  private OfficeHours hours;
  private LocalDate[] starts;
  private int next;

  @Setup
  public void setUp() {
    Map<String, List<DayEntry>> days = new HashMap<>();
    Map<String, List<Integer>> years = new HashMap<>();
    for (CalendarReferenceData.Shipped shipped : CalendarReferenceData.shipped(2030)) {
      shipped
          .file()
          .rows()
          .forEach(
              row ->
                  days.computeIfAbsent(Region.NATIONAL_KEY, key -> new ArrayList<>())
                      .add(row.entry()));
      years
          .computeIfAbsent(Region.NATIONAL_KEY, key -> new ArrayList<>())
          .add(shipped.file().year());
    }
    if (!years.getOrDefault(Region.NATIONAL_KEY, List.of()).contains(2026)) {
      throw new IllegalStateException(
          "the shipped 2026 arrangement is missing from the class path");
    }
    days.put(
        REGION.key(),
        List.of(
            new DayEntry(LocalDate.parse("2026-10-07"), DayType.WORKDAY, null, null),
            new DayEntry(LocalDate.parse("2026-10-08"), DayType.HOLIDAY, "地方纪念日", null)));
    calendar = new CalendarSnapshot(1, days, years);
    hours = OfficeHours.parse("08:30-12:00,14:00-17:30");
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate day = LocalDate.parse("2025-01-01");
        day.isBefore(LocalDate.parse("2027-01-01"));
        day = day.plusDays(1)) {
      dates.add(day);
    }
    starts = dates.toArray(LocalDate[]::new);
  }

  private LocalDate start() {
    LocalDate start = starts[next];
    next = next + 1 == starts.length ? 0 : next + 1;
    return start;
  }

  /** The common case: 20 working days (e.g. a disclosure reply), national calendar. */
  @Benchmark
  public ComputedDeadline addTwentyWorkingDays() {
    return calendar.addWorkingDays(start(), 20, Region.NATIONAL);
  }

  /** The same on a region's calendar. */
  @Benchmark
  public ComputedDeadline addTwentyWorkingDaysRegional() {
    return calendar.addWorkingDays(start(), 20, REGION);
  }

  /** 20 working days plus writing the English explanation (what a registry entry stores). */
  @Benchmark
  public String addTwentyWorkingDaysExplained() {
    return calendar.addWorkingDays(start(), 20, Region.NATIONAL).explanation(Locale.ENGLISH);
  }

  /** 7 working hours (one office day) from 16:00. */
  @Benchmark
  public ComputedDeadline addSevenWorkingHours() {
    return calendar.addWorkingMinutes(start().atTime(16, 0), 7 * 60, Region.NATIONAL, hours);
  }

  /** The working days of a quarter. */
  @Benchmark
  public WorkingDayCount countWorkingDaysOfAQuarter() {
    LocalDate from = start();
    return calendar.countWorkingDays(from, from.plusDays(91), Region.NATIONAL);
  }

  /** One year of working days (250), the long case. */
  @Benchmark
  public ComputedDeadline addAYearOfWorkingDays() {
    return calendar.addWorkingDays(start(), 250, Region.NATIONAL);
  }
}
