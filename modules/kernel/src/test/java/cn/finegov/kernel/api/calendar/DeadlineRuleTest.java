package cn.finegov.kernel.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

  @Test
  void rulesCountDaysOrMinutes() {
    assertThat(DeadlineRule.workingDays(20).toString()).isEqualTo("20WD");
    assertThat(DeadlineRule.workingTime(Duration.ofMinutes(90)).toString()).isEqualTo("90WMIN");
    assertThat(DeadlineRule.workingTime(Duration.ofHours(1)).hours()).isTrue();
    assertThatThrownBy(() -> DeadlineRule.workingDays(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlineRule.workingDays(DeadlineRule.MAX_DAYS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ownersAndRequestsAreChecked() {
    assertThatThrownBy(() -> new DeadlineOwner("", "Case", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeadlineOwner("grid", "Case", "x".repeat(81)))
        .isInstanceOf(IllegalArgumentException.class);
    DeadlineRequest request =
        DeadlineRequest.workingDays(
            new DeadlineOwner(" grid ", "Case", "7"),
            " SIGN ",
            LocalDate.parse("2026-03-02"),
            1,
            null);
    assertThat(request.owner().module()).isEqualTo("grid");
    assertThat(request.kind()).isEqualTo("SIGN");
    assertThat(request.start()).isEqualTo(LocalDateTime.parse("2026-03-02T00:00"));
  }

  @Test
  void aWorkingDayDeadlineLastsItsWholeDay() {
    Explanation explanation =
        new Explanation(
            Explanation.Kind.ADD_DAYS,
            LocalDate.parse("2026-03-02"),
            null,
            LocalDate.parse("2026-03-03"),
            null,
            1,
            null,
            null,
            null,
            null);
    ComputedDeadline days =
        new ComputedDeadline(
            DeadlineRule.workingDays(1),
            LocalDate.parse("2026-03-02"),
            null,
            null,
            LocalDate.parse("2026-03-03"),
            null,
            false,
            1,
            explanation);
    assertThat(days.isOverdue(LocalDateTime.parse("2026-03-03T23:59"))).isFalse();
    assertThat(days.isOverdue(LocalDateTime.parse("2026-03-04T00:00"))).isTrue();
    ComputedDeadline hours =
        new ComputedDeadline(
            DeadlineRule.workingTime(Duration.ofHours(1)),
            LocalDate.parse("2026-03-02"),
            LocalTime.of(9, 0),
            null,
            LocalDate.parse("2026-03-02"),
            LocalTime.of(10, 0),
            false,
            1,
            explanation);
    assertThat(hours.isOverdue(LocalDateTime.parse("2026-03-02T10:00"))).isFalse();
    assertThat(hours.isOverdue(LocalDateTime.parse("2026-03-02T10:01"))).isTrue();
  }
}
