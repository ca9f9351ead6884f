package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.api.calendar.CalendarChanged;
import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.calendar.WorkingCalendar;
import cn.finegov.kernel.api.calendar.WorkingDayCount;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.calendar.CalendarArrangement;
import cn.finegov.kernel.domain.model.calendar.CalendarDay;
import cn.finegov.kernel.domain.model.calendar.CalendarRepository;
import cn.finegov.kernel.domain.model.calendar.CalendarSnapshot;
import cn.finegov.kernel.domain.model.calendar.DayEntry;
import cn.finegov.kernel.domain.model.calendar.OfficeHours;
import cn.finegov.kernel.domain.model.calendar.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar arithmetic for every module. It works on an in-memory {@link CalendarSnapshot},
 * reloaded after each committed change on this server and, for changes made on another server of a
 * cluster, when a check of the stored version (at most every 30 seconds) finds it has moved.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WorkingCalendarService implements WorkingCalendar {

  private static final long RECHECK_NANOS = Duration.ofSeconds(30).toNanos();

  /** Longest span a count may cover (about a century). */
  static final long MAX_COUNT_SPAN = 36_600;

  @Inject private CalendarRepository calendar;
  @Inject private ModuleSettings settings;

  private volatile CalendarSnapshot current;
  private volatile long knownVersion = -1;
  private volatile long checkedAt;

  private volatile String officeHoursText;
  private volatile OfficeHours officeHours;

  @Override
  public ComputedDeadline addWorkingDays(LocalDate start, long days, String region) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (start == null) {
      errors.add("start", "validation.required");
    }
    checkAmount(errors, "days", days, DeadlineRule.MAX_DAYS, DeadlineRule.MAX_DAYS);
    Region parsed = region(region, errors);
    errors.throwIfAny();
    return snapshot().addWorkingDays(start, days, parsed);
  }

  @Override
  public ComputedDeadline addWorkingHours(
      LocalDateTime start, Duration workingTime, String region) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (start == null) {
      errors.add("start", "validation.required");
    }
    if (workingTime == null) {
      errors.add("hours", "validation.required");
    } else {
      checkAmount(
          errors,
          "hours",
          workingTime.toMinutes(),
          DeadlineRule.MAX_MINUTES,
          DeadlineRule.MAX_MINUTES / 60);
    }
    Region parsed = region(region, errors);
    errors.throwIfAny();
    return snapshot().addWorkingMinutes(start, workingTime.toMinutes(), parsed, officeHours());
  }

  @Override
  public WorkingDayCount countWorkingDays(LocalDate from, LocalDate to, String region) {
    ValidationException.Collector errors = new ValidationException.Collector();
    checkSpan(errors, from, to);
    Region parsed = region(region, errors);
    errors.throwIfAny();
    return snapshot().countWorkingDays(from, to, parsed);
  }

  @Override
  public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to, String region) {
    ValidationException.Collector errors = new ValidationException.Collector();
    checkSpan(errors, from, to);
    Region parsed = region(region, errors);
    errors.throwIfAny();
    return Duration.ofMinutes(snapshot().countWorkingMinutes(from, to, parsed, officeHours()));
  }

  /** Both ends are required and at most {@value #MAX_COUNT_SPAN} days apart. */
  private static void checkSpan(ValidationException.Collector errors, Temporal from, Temporal to) {
    if (from == null) {
      errors.add("from", "validation.required");
    }
    if (to == null) {
      errors.add("to", "validation.required");
    }
    if (from != null
        && to != null
        && Math.abs(ChronoUnit.DAYS.between(from, to)) > MAX_COUNT_SPAN) {
      errors.add("to", "calendar.count.span", String.valueOf(MAX_COUNT_SPAN));
    }
  }

  @Override
  public DayType dayType(LocalDate date, String region) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (date == null) {
      errors.add("date", "validation.required");
    }
    Region parsed = region(region, errors);
    errors.throwIfAny();
    return snapshot().dayType(date, parsed);
  }

  @Override
  public long version() {
    return snapshot().version();
  }

  /**
   * The office hours of setting {@code calendar.office-hours}.
   *
   * @throws cn.finegov.kernel.api.error.DomainException when the setting's value is unusable,
   *     naming the value and what is wrong
   */
  public OfficeHours officeHours() {
    String text = settings.get(KernelModule.KEY, KernelModule.CALENDAR_OFFICE_HOURS);
    OfficeHours parsed = officeHours;
    if (parsed == null || !text.equals(officeHoursText)) {
      parsed = OfficeHours.parse(text);
      officeHours = parsed;
      officeHoursText = text;
    }
    return parsed;
  }

  /** The calendar in force on this server. */
  public CalendarSnapshot snapshot() {
    CalendarSnapshot snapshot = current;
    if (snapshot == null || snapshot.version() < knownVersion) {
      return reload();
    }
    long now = System.nanoTime();
    if (now - checkedAt > RECHECK_NANOS) {
      checkedAt = now;
      if (calendar.version() != snapshot.version()) {
        return reload();
      }
    }
    return snapshot;
  }

  private synchronized CalendarSnapshot reload() {
    CalendarSnapshot loaded = load(calendar.version());
    current = loaded;
    knownVersion = Math.max(knownVersion, loaded.version());
    checkedAt = System.nanoTime();
    return loaded;
  }

  /**
   * The calendar as the database holds it now, labelled with {@code version} (inside a change's
   * transaction: including the change).
   */
  public CalendarSnapshot load(long version) {
    Map<String, List<DayEntry>> days = new HashMap<>();
    for (CalendarDay day : calendar.allDays()) {
      days.computeIfAbsent(day.region().key(), key -> new ArrayList<>()).add(day.entry());
    }
    Map<String, List<Integer>> years = new HashMap<>();
    for (CalendarArrangement arrangement : calendar.arrangements()) {
      years
          .computeIfAbsent(arrangement.region().key(), key -> new ArrayList<>())
          .add(arrangement.year());
    }
    return new CalendarSnapshot(version, days, years);
  }

  /** After a committed change on this server: the next computation reloads. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
    if (change.version() > knownVersion) {
      knownVersion = change.version();
    }
  }

  static Region region(String text, ValidationException.Collector errors) {
    try {
      return Region.of(text);
    } catch (ValidationException e) {
      e.errors().forEach(error -> errors.add(error.field(), error.messageKey(), error.arguments()));
      return Region.NATIONAL;
    }
  }

  private static void checkAmount(
      ValidationException.Collector errors, String field, long amount, long max, long shown) {
    if (amount < 0 || amount > max) {
      errors.add(field, "calendar.amount.range", String.valueOf(shown));
    }
  }
}
