package cn.finegov.planning.application.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryCycleTest {

  private final StatutoryCycle cycle = OversightFixtures.shipped();

  @Test
  void theCycleYearTurnsWithTheFirstReminderBeforeTheCitysDate() {
    // The 2027 cycle starts 14 days before 31 December 2026.
    assertThat(cycle.cycleYear(LocalDate.of(2026, 11, 23))).isEqualTo(2026);
    assertThat(cycle.cycleYear(LocalDate.of(2026, 12, 16))).isEqualTo(2026);
    assertThat(cycle.cycleYear(LocalDate.of(2026, 12, 17))).isEqualTo(2027);
    assertThat(cycle.cycleYear(LocalDate.of(2027, 1, 1))).isEqualTo(2027);
    assertThat(cycle.cycleYear(LocalDate.of(2027, 3, 10))).isEqualTo(2027);
    // Without reminders the cycle turns on the date itself.
    StatutoryCycle none = OversightFixtures.shippedWith(List.of());
    assertThat(none.cycleYear(LocalDate.of(2026, 12, 30))).isEqualTo(2026);
    assertThat(none.cycleYear(LocalDate.of(2026, 12, 31))).isEqualTo(2027);
  }

  @Test
  void theNearestReminderWhoseDayHasComeThenTheOverdueNotice() {
    LocalDate due = LocalDate.of(2027, 1, 31);
    assertThat(cycle.kindOn(due, due.minusDays(15))).isEmpty();
    assertThat(cycle.kindOn(due, due.minusDays(14))).contains(ReminderKind.before(14));
    assertThat(cycle.kindOn(due, due.minusDays(4))).contains(ReminderKind.before(14));
    assertThat(cycle.kindOn(due, due.minusDays(3))).contains(ReminderKind.before(3));
    assertThat(cycle.kindOn(due, due)).contains(ReminderKind.before(3));
    assertThat(cycle.kindOn(due, due.plusDays(1))).contains(ReminderKind.OVERDUE);
  }

  @Test
  void reminderDaysAreSortedAndNonsenseIgnored() {
    StatutoryCycle odd = OversightFixtures.shippedWith(java.util.Arrays.asList(3, null, 0, 14, 3));
    assertThat(odd.daysBefore()).containsExactly(3, 14);
  }

  @Test
  void reminderKindsAreValidatedCodes() {
    assertThat(ReminderKind.before(14).code()).isEqualTo("BEFORE_14");
    assertThat(ReminderKind.before(14).daysBefore()).isEqualTo(14);
    assertThat(ReminderKind.OVERDUE.daysBefore()).isZero();
    assertThat(new ReminderKind("OVERDUE").overdue()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReminderKind("LATER"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
