package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.CalendarChanged;
import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.SettingChanged;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.text.Texts;
import cn.finegov.kernel.application.calendar.CalendarDayView.Decision;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.calendar.CalendarArrangement;
import cn.finegov.kernel.domain.model.calendar.CalendarDay;
import cn.finegov.kernel.domain.model.calendar.CalendarFile;
import cn.finegov.kernel.domain.model.calendar.CalendarRepository;
import cn.finegov.kernel.domain.model.calendar.CalendarSnapshot;
import cn.finegov.kernel.domain.model.calendar.CalendarState;
import cn.finegov.kernel.domain.model.calendar.DayEntry;
import cn.finegov.kernel.domain.model.calendar.DayOrigin;
import cn.finegov.kernel.domain.model.calendar.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maintenance of the calendar by administrators (permission {@code kernel.calendar.manage}): edit
 * or reset a day, load a year's file; and the shipped arrangements loaded at start. Every change
 * takes the calendar's version row with a write lock, advances the version, is audited, recomputes
 * the open deadlines it touches in the same transaction and fires {@link CalendarChanged}. Reading
 * the calendar needs only a signed-in actor.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

  static final String DAY_ENTITY = "CalendarDay";
  static final String YEAR_ENTITY = "CalendarYear";

  /** Years the calendar accepts. */
  public static final int MIN_YEAR = 1950;

  public static final int MAX_YEAR = 2200;

  /** The largest year file accepted (a year has 365 lines of a few dozen characters). */
  public static final int MAX_FILE_BYTES = 256 * 1024;

  @Inject private CalendarRepository calendar;
  @Inject private WorkingCalendarService working;
  @Inject private DeadlineService deadlines;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<CalendarChanged> changed;

  /** Every date of a year in a region's calendar, with the arrangements that apply. */
  @Transactional(TxType.SUPPORTS)
  public CalendarYearView year(int year, String regionText) {
    actors.requireSignedIn();
    ValidationException.Collector errors = new ValidationException.Collector();
    checkYear(errors, "year", year);
    Region region = WorkingCalendarService.region(regionText, errors);
    errors.throwIfAny();
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    Map<LocalDate, CalendarDay> national = byDate(calendar.days(Region.NATIONAL, first, last));
    Map<LocalDate, CalendarDay> own =
        region.national() ? Map.of() : byDate(calendar.days(region, first, last));
    List<CalendarDayView> days = new ArrayList<>(366);
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      days.add(view(date, national.get(date), own.get(date)));
    }
    List<ArrangementView> arrangements = new ArrayList<>();
    calendar
        .arrangement(Region.NATIONAL, year)
        .map(ArrangementView::of)
        .ifPresent(arrangements::add);
    if (!region.national()) {
      calendar.arrangement(region, year).map(ArrangementView::of).ifPresent(arrangements::add);
    }
    return new CalendarYearView(
        year,
        region.code(),
        !arrangements.isEmpty(),
        arrangements,
        calendar.version(),
        List.copyOf(days));
  }

  /** One date of a region's calendar. */
  @Transactional(TxType.SUPPORTS)
  public CalendarDayView day(LocalDate date, String regionText) {
    actors.requireSignedIn();
    Region region = Region.of(regionText);
    return view(
        date,
        calendar.day(Region.NATIONAL, date).orElse(null),
        region.national() ? null : calendar.day(region, date).orElse(null));
  }

  /** Every loaded arrangement, national first, by year. */
  @Transactional(TxType.SUPPORTS)
  public List<ArrangementView> arrangements() {
    actors.requireSignedIn();
    return calendar.arrangements().stream().map(ArrangementView::of).toList();
  }

  /** Codes of the regions with days or arrangements of their own. */
  @Transactional(TxType.SUPPORTS)
  public List<String> regions() {
    actors.requireSignedIn();
    return calendar.regions();
  }

  /** The current calendar version. */
  @Transactional(TxType.SUPPORTS)
  public long version() {
    return calendar.version();
  }

  /**
   * Sets a date's type and names in a region's calendar (or the national one).
   *
   * @throws ValidationException when the type does not suit the weekday, a holiday has no name, or
   *     a name is too long
   */
  public CalendarDayView changeDay(String regionText, LocalDate date, DayChange change) {
    Actor actor = actors.requirePermission(KernelPermissions.CALENDAR_MANAGE);
    ValidationException.Collector errors = new ValidationException.Collector();
    Region region = WorkingCalendarService.region(regionText, errors);
    if (date == null) {
      errors.add("date", "validation.required");
    } else {
      checkYear(errors, "date", date.getYear());
    }
    if (change == null || change.type() == null) {
      errors.add("type", "validation.required");
    }
    errors.throwIfAny();
    String name = Texts.strippedOrNull(change.name());
    String nameEn = Texts.strippedOrNull(change.nameEn());
    for (FieldError error : CalendarFile.checkDay(date, change.type(), name, nameEn, "")) {
      String field = error.messageKey().equals("calendar.day.name-required") ? "name" : "type";
      if (error.messageKey().equals("validation.too-long")) {
        field = "name";
      }
      errors.add(field, error.messageKey(), error.arguments());
    }
    errors.throwIfAny();
    CalendarState state = calendar.lockState();
    Instant now = clock.instant();
    Map<String, Object> before = auditValues(day(date, region));
    DayEntry entry = new DayEntry(date, change.type(), name, nameEn);
    Optional<CalendarDay> stored = calendar.day(region, date);
    if (stored.isPresent()) {
      stored.get().change(entry, DayOrigin.SCREEN, null, actor.name(), now);
    } else {
      calendar.store(CalendarDay.of(region, entry, DayOrigin.SCREEN, null, actor.name(), now));
    }
    return afterDayChange(state, actor, now, region, date, before, "UPDATE");
  }

  /**
   * Removes a region's own day (the national calendar applies again) or a national day (the date
   * becomes ordinary). Resetting a date without a stored day changes nothing.
   */
  public CalendarDayView resetDay(String regionText, LocalDate date) {
    Actor actor = actors.requirePermission(KernelPermissions.CALENDAR_MANAGE);
    ValidationException.Collector errors = new ValidationException.Collector();
    Region region = WorkingCalendarService.region(regionText, errors);
    if (date == null) {
      errors.add("date", "validation.required");
    }
    errors.throwIfAny();
    Optional<CalendarDay> stored = calendar.day(region, date);
    if (stored.isEmpty()) {
      return day(date, region);
    }
    CalendarState state = calendar.lockState();
    Instant now = clock.instant();
    Map<String, Object> before = auditValues(day(date, region));
    calendar.delete(stored.get());
    return afterDayChange(state, actor, now, region, date, before, "RESET");
  }

  private CalendarDayView afterDayChange(
      CalendarState state,
      Actor actor,
      Instant now,
      Region region,
      LocalDate date,
      Map<String, Object> before,
      String action) {
    calendar.flush();
    long version = state.advance(actor.name(), now);
    CalendarDayView after = day(date, region);
    Map<String, Object> afterValues = auditValues(after);
    afterValues.put("calendarVersion", version);
    audit.record(DAY_ENTITY, region.key() + ":" + date, action, before, afterValues);
    int moved = recompute(version, region, date, date);
    changed.fire(new CalendarChanged(version, region.code(), date, date, moved));
    return after;
  }

  /**
   * Loads a year's file uploaded by an administrator into a region's calendar (or the national
   * one): the year's stored days become exactly the file's, and the year counts as arranged.
   *
   * @param year the year the file must hold, or {@code null} to take it from the file
   * @param source the file's name, kept with the arrangement
   * @throws ValidationException with each bad line ({@code line <n>}) when the file is not valid;
   *     nothing is loaded then
   */
  public YearLoadResult loadYear(Integer year, String regionText, byte[] content, String source) {
    Actor actor = actors.requirePermission(KernelPermissions.CALENDAR_MANAGE);
    ValidationException.Collector errors = new ValidationException.Collector();
    Region region = WorkingCalendarService.region(regionText, errors);
    if (year != null) {
      checkYear(errors, "year", year);
    }
    if (content != null && content.length > MAX_FILE_BYTES) {
      errors.add("file", "calendar.upload.too-large");
    }
    errors.throwIfAny();
    CalendarFile file = CalendarFile.parse(content, year);
    ValidationException.Collector range = new ValidationException.Collector();
    checkYear(range, "year", file.year());
    range.throwIfAny();
    return apply(region, file, DayOrigin.UPLOAD, source, actor, true);
  }

  /**
   * Loads a shipped year into the national calendar when that year has no arrangement yet; days an
   * administrator stored in that year before are kept.
   *
   * @return what was loaded, empty when the year was already arranged
   */
  public Optional<YearLoadResult> loadReference(CalendarFile file, String source) {
    Actor actor = actors.requirePermission(KernelPermissions.CALENDAR_MANAGE);
    if (calendar.arrangement(Region.NATIONAL, file.year()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(apply(Region.NATIONAL, file, DayOrigin.REFERENCE, source, actor, false));
  }

  private YearLoadResult apply(
      Region region,
      CalendarFile file,
      DayOrigin origin,
      String source,
      Actor actor,
      boolean replace) {
    CalendarState state = calendar.lockState();
    Instant now = clock.instant();
    int year = file.year();
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    Map<LocalDate, CalendarDay> existing = byDate(calendar.days(region, first, last));
    Optional<CalendarArrangement> previous = calendar.arrangement(region, year);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("storedDays", existing.size());
    before.put("arranged", previous.isPresent());
    previous.ifPresent(arrangement -> before.putAll(arrangement.auditValues()));
    Map<LocalDate, CalendarFile.Row> wanted =
        file.rows().stream().collect(Collectors.toMap(CalendarFile.Row::date, Function.identity()));
    if (replace) {
      for (CalendarDay day : existing.values()) {
        if (!wanted.containsKey(day.day())) {
          calendar.delete(day);
        }
      }
    }
    for (CalendarFile.Row row : file.rows()) {
      CalendarDay day = existing.get(row.date());
      if (day == null) {
        calendar.store(CalendarDay.of(region, row.entry(), origin, source, actor.name(), now));
      } else if (replace) {
        day.change(row.entry(), origin, source, actor.name(), now);
      }
    }
    CalendarArrangement arrangement =
        previous.orElseGet(() -> calendar.store(CalendarArrangement.of(region, year)));
    arrangement.loaded(origin, source, file.rows().size(), actor.name(), now);
    calendar.flush();
    long version = state.advance(actor.name(), now);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("storedDays", calendar.days(region, first, last).size());
    after.put("arranged", true);
    after.putAll(arrangement.auditValues());
    after.put("calendarVersion", version);
    audit.record(YEAR_ENTITY, region.key() + ":" + year, "LOAD", before, after);
    int moved = recompute(version, region, first, last);
    changed.fire(new CalendarChanged(version, region.code(), first, last, moved));
    return new YearLoadResult(year, region.code(), file.rows().size(), version, moved);
  }

  /**
   * The office hours were changed on the settings screen: an unusable value is refused (the change
   * is rolled back with a message naming it); otherwise the calendar version advances and the open
   * deadlines are recomputed with the new hours (those counted in working time move, each audited),
   * in the transaction of the change.
   */
  void officeHoursChanged(@Observes SettingChanged change) {
    if (!KernelModule.KEY.equals(change.moduleKey())
        || !KernelModule.CALENDAR_OFFICE_HOURS.equals(change.key())) {
      return;
    }
    working.officeHours();
    Actor actor = actors.current();
    CalendarState state = calendar.lockState();
    long version = state.advance(actor.name(), clock.instant());
    LocalDate from = LocalDate.of(MIN_YEAR, 1, 1);
    LocalDate to = LocalDate.of(MAX_YEAR, 12, 31);
    int moved = recompute(version, Region.NATIONAL, from, to);
    changed.fire(new CalendarChanged(version, null, from, to, moved));
  }

  private int recompute(long version, Region region, LocalDate from, LocalDate to) {
    calendar.flush();
    CalendarSnapshot snapshot = working.load(version);
    return deadlines.recomputeTouching(snapshot, region, from, to, working::officeHours);
  }

  private CalendarDayView day(LocalDate date, Region region) {
    return view(
        date,
        calendar.day(Region.NATIONAL, date).orElse(null),
        region.national() ? null : calendar.day(region, date).orElse(null));
  }

  private static CalendarDayView view(LocalDate date, CalendarDay national, CalendarDay own) {
    DayType nationalType = national == null ? DayType.ordinary(date) : national.type();
    CalendarDay deciding = own != null ? own : national;
    Decision decision =
        own != null ? Decision.REGIONAL : national != null ? Decision.NATIONAL : Decision.ORDINARY;
    return new CalendarDayView(
        date,
        date.getDayOfWeek().getValue(),
        deciding == null ? nationalType : deciding.type(),
        deciding == null ? null : deciding.name(),
        deciding == null ? null : deciding.nameEn(),
        decision,
        nationalType,
        deciding == null ? null : deciding.origin(),
        deciding == null ? null : deciding.source(),
        deciding == null ? null : deciding.updatedBy(),
        deciding == null ? null : deciding.updatedAt());
  }

  private static Map<String, Object> auditValues(CalendarDayView day) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("type", day.type().name());
    values.put("name", day.name());
    values.put("nameEn", day.nameEn());
    values.put("decidedBy", day.decidedBy().name());
    return values;
  }

  private static Map<LocalDate, CalendarDay> byDate(List<CalendarDay> days) {
    Map<LocalDate, CalendarDay> map = new LinkedHashMap<>();
    days.forEach(day -> map.put(day.day(), day));
    return map;
  }

  private static void checkYear(ValidationException.Collector errors, String field, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      errors.add(
          field,
          "calendar.year.range",
          String.valueOf(year),
          String.valueOf(MIN_YEAR),
          String.valueOf(MAX_YEAR));
    }
  }
}
