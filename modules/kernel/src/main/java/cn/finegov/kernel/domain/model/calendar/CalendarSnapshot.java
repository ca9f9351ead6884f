package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.calendar.Explanation;
import cn.finegov.kernel.api.calendar.Explanation.Note;
import cn.finegov.kernel.api.calendar.WorkingDayCount;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One version of the whole calendar in memory, immutable, doing the deadline arithmetic without the
 * database. A region's calendar is the national one with the region's days on top; each is compiled
 * on first use into one byte per day over the years that have stored days, so that a lookup is an
 * array access. Days outside those years are ordinary: Monday to Friday worked, weekends not.
 */
public final class CalendarSnapshot {

  private static final DayType[] TYPES = DayType.values();
  private static final int TYPE_MASK = 0b11;

  /** Set on a day the region works although the national calendar does not. */
  private static final int REGIONAL_WORK = 0b100;

  private static final int WORKDAY = DayType.WORKDAY.ordinal();
  private static final int WEEKEND = DayType.WEEKEND.ordinal();
  private static final int HOLIDAY = DayType.HOLIDAY.ordinal();
  private static final int ADJUSTED = DayType.ADJUSTED_WORKDAY.ordinal();
  private static final boolean[] WORKING = new boolean[TYPES.length];

  /** More days than any rule may count, to stop a runaway loop on an absurd calendar. */
  private static final long MAX_SPAN_DAYS = 40_000;

  static {
    for (DayType type : TYPES) {
      WORKING[type.ordinal()] = type.working();
    }
  }

  private final long version;
  private final Map<String, Map<LocalDate, DayEntry>> days;
  private final Map<String, Set<Integer>> arrangedYears;
  private final Map<String, Table> tables = new ConcurrentHashMap<>();

  /**
   * @param version the calendar version
   * @param days stored days by region key ({@link Region#key()})
   * @param arrangedYears years with a loaded arrangement by region key
   */
  public CalendarSnapshot(
      long version,
      Map<String, ? extends Collection<DayEntry>> days,
      Map<String, ? extends Collection<Integer>> arrangedYears) {
    this.version = version;
    Map<String, Map<LocalDate, DayEntry>> byRegion = new HashMap<>();
    days.forEach(
        (region, entries) -> {
          Map<LocalDate, DayEntry> map = new HashMap<>();
          entries.forEach(entry -> map.put(entry.date(), entry));
          byRegion.put(region, Map.copyOf(map));
        });
    this.days = Map.copyOf(byRegion);
    Map<String, Set<Integer>> years = new HashMap<>();
    arrangedYears.forEach((region, list) -> years.put(region, Set.copyOf(list)));
    this.arrangedYears = Map.copyOf(years);
  }

  /** A calendar with no stored days and no arrangements (weekends only). */
  public static CalendarSnapshot empty(long version) {
    return new CalendarSnapshot(version, Map.of(), Map.of());
  }

  public long version() {
    return version;
  }

  /** The type of a date in a region's calendar. */
  public DayType dayType(LocalDate date, Region region) {
    return TYPES[table(region).code(date.toEpochDay()) & TYPE_MASK];
  }

  /** The stored day that decides a date in a region (the region's own, else the national one). */
  public Optional<DayEntry> entry(LocalDate date, Region region) {
    return Optional.ofNullable(table(region).entry(date));
  }

  /** Whether the year has an official arrangement for the region (its own or the national one). */
  public boolean arranged(int year, Region region) {
    return table(region).arranged.contains(year);
  }

  /**
   * The day {@code days} working days after {@code start}; with 0 days {@code start} itself or the
   * next working day.
   */
  public ComputedDeadline addWorkingDays(LocalDate start, long days, Region region) {
    DeadlineRule rule = DeadlineRule.workingDays(days);
    Table table = table(region);
    Notes notes = new Notes(table);
    long day = start.toEpochDay();
    long first;
    if (days == 0) {
      first = day;
      int code = table.code(day);
      while (!WORKING[code & TYPE_MASK]) {
        notes.skipped(day, code);
        day = step(day, first);
        code = table.code(day);
      }
      notes.counted(day, code);
    } else {
      first = day + 1;
      long counted = 0;
      while (counted < days) {
        day = step(day, first);
        int code = table.code(day);
        if (WORKING[code & TYPE_MASK]) {
          counted++;
          notes.counted(day, code);
        } else {
          notes.skipped(day, code);
        }
      }
    }
    LocalDate due = LocalDate.ofEpochDay(day);
    List<Integer> provisional = provisionalYears(table, LocalDate.ofEpochDay(first), due);
    Explanation explanation =
        new Explanation(
            Explanation.Kind.ADD_DAYS,
            start,
            null,
            due,
            null,
            days,
            region.code(),
            null,
            notes.list(),
            provisional);
    return new ComputedDeadline(
        rule, start, null, region.code(), due, null, !provisional.isEmpty(), version, explanation);
  }

  /**
   * The moment after {@code minutes} of office time from {@code start}. A start with seconds counts
   * from the next whole minute.
   */
  public ComputedDeadline addWorkingMinutes(
      LocalDateTime start, long minutes, Region region, OfficeHours hours) {
    DeadlineRule rule = new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, minutes);
    Table table = table(region);
    Notes notes = new Notes(table);
    long first = start.toLocalDate().toEpochDay();
    long day = first;
    LocalTime startTime = start.toLocalTime();
    int minute = startTime.getHour() * 60 + startTime.getMinute();
    if (startTime.getSecond() > 0 || startTime.getNano() > 0) {
      minute++;
    }
    long remaining = minutes;
    int dueMinute = -1;
    while (dueMinute < 0) {
      int code = table.code(day);
      if (WORKING[code & TYPE_MASK]) {
        boolean used = false;
        for (int i = 0; i < hours.periods() && dueMinute < 0; i++) {
          if (minute >= hours.end(i)) {
            continue;
          }
          used = true;
          int from = Math.max(minute, hours.start(i));
          int available = hours.end(i) - from;
          if (remaining <= available) {
            dueMinute = from + (int) remaining;
          } else {
            remaining -= available;
            minute = hours.end(i);
          }
        }
        if (used) {
          notes.counted(day, code);
        }
      } else {
        notes.skipped(day, code);
      }
      if (dueMinute < 0) {
        day = step(day, first);
        minute = 0;
      }
    }
    LocalDate dueDate = LocalDate.ofEpochDay(day);
    LocalTime dueTime = LocalTime.of(dueMinute / 60, dueMinute % 60);
    List<Integer> provisional = provisionalYears(table, start.toLocalDate(), dueDate);
    Explanation explanation =
        new Explanation(
            Explanation.Kind.ADD_HOURS,
            start.toLocalDate(),
            LocalTime.of(startTime.getHour(), startTime.getMinute()),
            dueDate,
            dueTime,
            minutes,
            region.code(),
            hours.toString(),
            notes.list(),
            provisional);
    return new ComputedDeadline(
        rule,
        start.toLocalDate(),
        LocalTime.of(startTime.getHour(), startTime.getMinute()),
        region.code(),
        dueDate,
        dueTime,
        !provisional.isEmpty(),
        version,
        explanation);
  }

  /**
   * The minutes of office time in {@code [from, to)}: what a stage has used of a limit counted in
   * working time. Seconds are ignored; 0 when {@code to} is not after {@code from}.
   */
  public long countWorkingMinutes(
      LocalDateTime from, LocalDateTime to, Region region, OfficeHours hours) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long firstDay = from.toLocalDate().toEpochDay();
    long lastDay = to.toLocalDate().toEpochDay();
    if (lastDay - firstDay > MAX_SPAN_DAYS) {
      throw new IllegalArgumentException("span longer than " + MAX_SPAN_DAYS + " days");
    }
    Table table = table(region);
    int fromMinute = from.getHour() * 60 + from.getMinute();
    int toMinute = to.getHour() * 60 + to.getMinute();
    long total = 0;
    for (long day = firstDay; day <= lastDay; day++) {
      if (!WORKING[table.code(day) & TYPE_MASK]) {
        continue;
      }
      int low = day == firstDay ? fromMinute : 0;
      int high = day == lastDay ? toMinute : 24 * 60;
      for (int i = 0; i < hours.periods(); i++) {
        total += Math.max(0, Math.min(high, hours.end(i)) - Math.max(low, hours.start(i)));
      }
    }
    return total;
  }

  /** The working days after {@code from} up to and including {@code to}; negative backwards. */
  public WorkingDayCount countWorkingDays(LocalDate from, LocalDate to, Region region) {
    Table table = table(region);
    Notes notes = new Notes(table);
    boolean backwards = to.isBefore(from);
    long low = (backwards ? to : from).toEpochDay();
    long high = (backwards ? from : to).toEpochDay();
    if (high - low > MAX_SPAN_DAYS) {
      throw new IllegalArgumentException("span longer than " + MAX_SPAN_DAYS + " days");
    }
    long count = 0;
    for (long day = low + 1; day <= high; day++) {
      int code = table.code(day);
      if (WORKING[code & TYPE_MASK]) {
        count++;
        notes.counted(day, code);
      } else {
        notes.skipped(day, code);
      }
    }
    long signed = backwards ? -count : count;
    List<Integer> provisional =
        high > low
            ? provisionalYears(table, LocalDate.ofEpochDay(low + 1), LocalDate.ofEpochDay(high))
            : List.of();
    Explanation explanation =
        new Explanation(
            Explanation.Kind.COUNT,
            from,
            null,
            to,
            null,
            signed,
            region.code(),
            null,
            notes.list(),
            provisional);
    return new WorkingDayCount(
        from, to, region.code(), signed, !provisional.isEmpty(), version, explanation);
  }

  private static long step(long day, long first) {
    if (day - first >= MAX_SPAN_DAYS) {
      throw new IllegalStateException(
          "no working day within " + MAX_SPAN_DAYS + " days: the calendar is broken");
    }
    return day + 1;
  }

  private static List<Integer> provisionalYears(Table table, LocalDate from, LocalDate to) {
    List<Integer> missing = null;
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!table.arranged.contains(year)) {
        if (missing == null) {
          missing = new ArrayList<>(2);
        }
        missing.add(year);
      }
    }
    return missing == null ? List.of() : missing;
  }

  private Table table(Region region) {
    Objects.requireNonNull(region, "region");
    String key =
        days.containsKey(region.key()) || arrangedYears.containsKey(region.key())
            ? region.key()
            : Region.NATIONAL_KEY;
    return tables.computeIfAbsent(key, this::compile);
  }

  private Table compile(String key) {
    Map<LocalDate, DayEntry> national = days.getOrDefault(Region.NATIONAL_KEY, Map.of());
    Map<LocalDate, DayEntry> own =
        Region.NATIONAL_KEY.equals(key) ? Map.of() : days.getOrDefault(key, Map.of());
    Map<LocalDate, DayEntry> effective = new HashMap<>(national);
    effective.putAll(own);
    Set<Integer> arranged =
        new HashSet<>(arrangedYears.getOrDefault(Region.NATIONAL_KEY, Set.of()));
    if (!Region.NATIONAL_KEY.equals(key)) {
      arranged.addAll(arrangedYears.getOrDefault(key, Set.of()));
    }
    if (effective.isEmpty()) {
      return new Table(0, new byte[0], Map.of(), arranged);
    }
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    for (LocalDate date : effective.keySet()) {
      minYear = Math.min(minYear, date.getYear());
      maxYear = Math.max(maxYear, date.getYear());
    }
    long first = LocalDate.of(minYear, 1, 1).toEpochDay();
    long last = LocalDate.of(maxYear, 12, 31).toEpochDay();
    byte[] codes = new byte[(int) (last - first + 1)];
    for (long day = first; day <= last; day++) {
      codes[(int) (day - first)] = (byte) ordinary(day);
    }
    for (DayEntry entry : effective.values()) {
      long day = entry.date().toEpochDay();
      int code = entry.type().ordinal();
      if (entry.type().working() && own.containsKey(entry.date())) {
        DayEntry base = national.get(entry.date());
        boolean nationallyWorking = base != null ? base.type().working() : WORKING[ordinary(day)];
        if (!nationallyWorking) {
          code |= REGIONAL_WORK;
        }
      }
      codes[(int) (day - first)] = (byte) code;
    }
    return new Table(first, codes, Map.copyOf(effective), arranged);
  }

  /** The type of a day without arrangement: weekends off. 1970-01-01 was a Thursday. */
  private static int ordinary(long epochDay) {
    return Math.floorMod(epochDay + 3, 7) >= 5 ? WEEKEND : WORKDAY;
  }

  /** A region's compiled calendar. */
  private static final class Table {
    private final long first;
    private final byte[] codes;
    private final Map<LocalDate, DayEntry> entries;
    private final Set<Integer> arranged;

    Table(long first, byte[] codes, Map<LocalDate, DayEntry> entries, Set<Integer> arranged) {
      this.first = first;
      this.codes = codes;
      this.entries = entries;
      this.arranged = Set.copyOf(arranged);
    }

    int code(long epochDay) {
      long index = epochDay - first;
      if (index >= 0 && index < codes.length) {
        return codes[(int) index];
      }
      return ordinary(epochDay);
    }

    DayEntry entry(LocalDate date) {
      return entries.get(date);
    }
  }

  /** Collects the remarkable days met, merging consecutive holidays of one name. */
  private static final class Notes {
    private final Table table;
    private List<Note> notes;
    private long runEnd = Long.MIN_VALUE;

    Notes(Table table) {
      this.table = table;
    }

    void skipped(long day, int code) {
      if ((code & TYPE_MASK) != HOLIDAY) {
        return;
      }
      LocalDate date = LocalDate.ofEpochDay(day);
      DayEntry entry = table.entry(date);
      String name = entry == null ? null : entry.name();
      String nameEn = entry == null ? null : entry.nameEn();
      if (notes != null && runEnd == day - 1) {
        Note last = notes.get(notes.size() - 1);
        if (last.type() == Note.Type.HOLIDAY_SKIPPED && Objects.equals(last.name(), name)) {
          notes.set(notes.size() - 1, new Note(last.type(), last.from(), date, name, nameEn));
          runEnd = day;
          return;
        }
      }
      add(new Note(Note.Type.HOLIDAY_SKIPPED, date, date, name, nameEn));
      runEnd = day;
    }

    void counted(long day, int code) {
      int type = code & TYPE_MASK;
      if (type == ADJUSTED) {
        LocalDate date = LocalDate.ofEpochDay(day);
        DayEntry entry = table.entry(date);
        add(
            new Note(
                Note.Type.ADJUSTED_WORKDAY_COUNTED,
                date,
                date,
                entry == null ? null : entry.name(),
                entry == null ? null : entry.nameEn()));
      } else if (type == WORKDAY && (code & REGIONAL_WORK) != 0) {
        LocalDate date = LocalDate.ofEpochDay(day);
        add(new Note(Note.Type.REGIONAL_WORKDAY_COUNTED, date, date, null, null));
      }
    }

    private void add(Note note) {
      if (notes == null) {
        notes = new ArrayList<>(4);
      }
      notes.add(note);
    }

    List<Note> list() {
      return notes == null ? List.of() : notes;
    }
  }
}
