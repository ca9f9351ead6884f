package cn.finegov.kernel.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final Instant NOW = Instant.parse("2026-09-28T01:00:00Z");
  private final DeadlineOwner owner = new DeadlineOwner("disclosure", "Application", "42");

  @Test
  void aRegisteredDeadlineKeepsItsComputation() {
    CalendarSnapshot calendar = Calendars.shipped().snapshot(3);
    Deadline deadline =
        Deadline.register(
            owner,
            "REPLY",
            calendar.addWorkingDays(LocalDate.parse("2026-09-28"), 20, Region.NATIONAL),
            "clerk",
            NOW);

    assertThat(deadline.status()).isEqualTo(DeadlineStatus.OPEN);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2026-10-30"));
    assertThat(deadline.calendarVersion()).isEqualTo(3);
    assertThat(deadline.explanationEn()).contains("skips 10-01..10-07 National Day");
    assertThat(deadline.explanationZh()).contains("跳过10-01至10-07国庆节");
    assertThat(deadline.rule().toString()).isEqualTo("20WD");
    assertThat(deadline.owner()).isEqualTo(owner);
  }

  @Test
  void aRecomputationCountsOnlyWhenSomethingChanged() {
    Deadline deadline =
        Deadline.register(
            owner,
            "REPLY",
            Calendars.shipped()
                .snapshot(3)
                .addWorkingDays(LocalDate.parse("2026-09-28"), 20, Region.NATIONAL),
            "clerk",
            NOW);

    boolean same =
        deadline.recompute(
            Calendars.shipped()
                .snapshot(4)
                .addWorkingDays(LocalDate.parse("2026-09-28"), 20, Region.NATIONAL),
            NOW);
    assertThat(same).isFalse();
    assertThat(deadline.calendarVersion()).isEqualTo(3);
    assertThat(deadline.recomputedAt()).isNull();

    CalendarSnapshot extraHoliday =
        Calendars.shipped()
            .day(
                Region.NATIONAL, "2026-10-08", cn.finegov.kernel.api.calendar.DayType.HOLIDAY, "加休")
            .snapshot(5);
    boolean moved =
        deadline.recompute(
            extraHoliday.addWorkingDays(LocalDate.parse("2026-09-28"), 20, Region.NATIONAL), NOW);
    assertThat(moved).isTrue();
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2026-11-02"));
    assertThat(deadline.calendarVersion()).isEqualTo(5);
    assertThat(deadline.recomputedAt()).isEqualTo(NOW);
  }

  @Test
  void aClosedDeadlineStaysClosedAndIsNotRecomputed() {
    CalendarSnapshot calendar = Calendars.shipped().snapshot(3);
    Deadline deadline =
        Deadline.register(
            owner,
            "REPLY",
            calendar.addWorkingDays(LocalDate.parse("2026-09-28"), 20, Region.NATIONAL),
            "clerk",
            NOW);

    assertThat(deadline.close("clerk", NOW)).isTrue();
    assertThat(deadline.close("clerk", NOW)).isFalse();
    assertThat(deadline.status()).isEqualTo(DeadlineStatus.CLOSED);
    assertThatThrownBy(
            () ->
                deadline.recompute(
                    calendar.addWorkingDays(LocalDate.parse("2026-09-28"), 21, Region.NATIONAL),
                    NOW))
        .isInstanceOf(IllegalStateException.class);
  }
}
