package cn.finegov.kernel.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.calendar.CalendarChanged;
import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.calendar.CalendarArrangement;
import cn.finegov.kernel.domain.model.calendar.CalendarDay;
import cn.finegov.kernel.domain.model.calendar.CalendarRepository;
import cn.finegov.kernel.domain.model.calendar.CalendarState;
import cn.finegov.kernel.domain.model.calendar.DayEntry;
import cn.finegov.kernel.domain.model.calendar.DayOrigin;
import cn.finegov.kernel.domain.model.calendar.Region;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service other modules call, with an in-memory repository and settings: input checks, the
 * office-hours setting, and reloading after a change.
 */
class WorkingCalendarServiceTest {

  private final MemoryCalendar repository = new MemoryCalendar();
  private String officeHours = "08:30-12:00,14:00-17:30";
  private final WorkingCalendarService service = new WorkingCalendarService();

  @BeforeEach
  void wire() throws ReflectiveOperationException {
    set("calendar", repository);
    set(
        "settings",
        (ModuleSettings)
            (module, key) -> {
              assertThat(module).isEqualTo(KernelModule.KEY);
              assertThat(key).isEqualTo(KernelModule.CALENDAR_OFFICE_HOURS);
              return officeHours;
            });
    for (CalendarReferenceData.Shipped shipped : CalendarReferenceData.shipped(2100)) {
      shipped.file().rows().forEach(row -> repository.add(Region.NATIONAL, row.entry()));
      repository.arrangements.add(CalendarArrangement.of(Region.NATIONAL, shipped.file().year()));
    }
    repository.version = 4;
  }

  private void set(String name, Object value) throws ReflectiveOperationException {
    Field field = WorkingCalendarService.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(service, value);
  }

  @Test
  void computesOnTheStoredCalendar() {
    assertThat(service.addWorkingDays(LocalDate.parse("2026-09-28"), 20).dueDate())
        .isEqualTo(LocalDate.parse("2026-10-30"));
    assertThat(service.version()).isEqualTo(4);
    assertThat(service.dayType(LocalDate.parse("2026-02-14"), null))
        .isEqualTo(DayType.ADJUSTED_WORKDAY);
    assertThat(
            service
                .addWorkingHours(LocalDateTime.parse("2026-09-30T16:00"), Duration.ofHours(7), " ")
                .dueDate())
        .isEqualTo(LocalDate.parse("2026-10-08"));
    assertThat(
            service
                .countWorkingDays(
                    LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-30"), null)
                .workingDays())
        .isEqualTo(20);
  }

  @Test
  void badInputIsRefusedFieldByField() {
    assertThatThrownBy(() -> service.addWorkingDays(null, -1, "bad region!"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("start", "days", "region"));
    assertThatThrownBy(
            () -> service.addWorkingHours(LocalDateTime.now(), Duration.ofHours(10_001), null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).arguments()).containsExactly("10000"));
    assertThatThrownBy(
            () ->
                service.countWorkingDays(
                    LocalDate.parse("1900-01-01"), LocalDate.parse("2100-01-01"), null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
  }

  @Test
  void unusableOfficeHoursGiveAClearRefusalWhenHoursAreComputed() {
    officeHours = "8.30-12.00";

    assertThatThrownBy(
            () ->
                service.addWorkingHours(
                    LocalDateTime.parse("2026-03-02T09:00"), Duration.ofHours(1), null))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("calendar.office-hours.invalid");
              assertThat(e.arguments()[0]).isEqualTo("8.30-12.00");
            });
    assertThat(service.addWorkingDays(LocalDate.parse("2026-03-02"), 1).dueDate())
        .isEqualTo(LocalDate.parse("2026-03-03"));

    officeHours = "09:00-17:00";
    assertThat(
            service
                .addWorkingHours(LocalDateTime.parse("2026-03-02T16:00"), Duration.ofHours(2), null)
                .dueTime()
                .toString())
        .isEqualTo("10:00");
  }

  @Test
  void aCommittedChangeIsSeenByTheNextComputation() {
    assertThat(service.addWorkingDays(LocalDate.parse("2026-10-07"), 1).dueDate())
        .isEqualTo(LocalDate.parse("2026-10-08"));

    repository.add(
        Region.NATIONAL, new DayEntry(LocalDate.parse("2026-10-08"), DayType.HOLIDAY, "加休", null));
    repository.version = 5;
    assertThat(service.addWorkingDays(LocalDate.parse("2026-10-07"), 1).dueDate())
        .as("before the change is announced the loaded calendar is used")
        .isEqualTo(LocalDate.parse("2026-10-08"));

    service.changed(
        new CalendarChanged(
            5, null, LocalDate.parse("2026-10-08"), LocalDate.parse("2026-10-08"), 0));

    var due = service.addWorkingDays(LocalDate.parse("2026-10-07"), 1);
    assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2026-10-09"));
    assertThat(due.calendarVersion()).isEqualTo(5);
  }

  /** A repository in memory, enough for the arithmetic. */
  private static final class MemoryCalendar implements CalendarRepository {
    private final List<CalendarDay> days = new ArrayList<>();
    private final List<CalendarArrangement> arrangements = new ArrayList<>();
    private long version;

    void add(Region region, DayEntry entry) {
      days.removeIf(day -> day.region().equals(region) && day.day().equals(entry.date()));
      days.add(CalendarDay.of(region, entry, DayOrigin.REFERENCE, "test", "test", Instant.EPOCH));
    }

    @Override
    public List<CalendarDay> allDays() {
      return List.copyOf(days);
    }

    @Override
    public List<CalendarDay> days(Region region, LocalDate from, LocalDate to) {
      return days.stream()
          .filter(d -> d.region().equals(region) && !d.day().isBefore(from) && !d.day().isAfter(to))
          .toList();
    }

    @Override
    public Optional<CalendarDay> day(Region region, LocalDate date) {
      return days(region, date, date).stream().findFirst();
    }

    @Override
    public CalendarDay store(CalendarDay day) {
      days.add(day);
      return day;
    }

    @Override
    public void delete(CalendarDay day) {
      days.remove(day);
    }

    @Override
    public List<CalendarArrangement> arrangements() {
      return List.copyOf(arrangements);
    }

    @Override
    public Optional<CalendarArrangement> arrangement(Region region, int year) {
      return arrangements.stream()
          .filter(a -> a.region().equals(region) && a.year() == year)
          .findFirst();
    }

    @Override
    public CalendarArrangement store(CalendarArrangement arrangement) {
      arrangements.add(arrangement);
      return arrangement;
    }

    @Override
    public List<String> regions() {
      return List.of();
    }

    @Override
    public CalendarState lockState() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long version() {
      return version;
    }

    @Override
    public void flush() {}
  }
}
