package cn.finegov.planning.domain.model.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weighted roll-up, the warning light and task numbers. */
class ArithmeticTest {

  @Test
  void theRollUpIsTheWeightedMeanWithEachPartsShareAndContribution() {
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            List.of(
                new ProgressRollUp.Part("A", 3, 60),
                new ProgressRollUp.Part("B", 1, 20),
                new ProgressRollUp.Part("C", 1, 0)));

    // (3×60 + 1×20 + 1×0) / 5 = 40
    assertThat(rollUp.progress()).isEqualByComparingTo("40");
    assertThat(rollUp.rounded()).isEqualTo(40);
    assertThat(rollUp.totalWeight()).isEqualTo(5);
    assertThat(rollUp.parts())
        .extracting(ProgressRollUp.Contribution::key)
        .containsExactly("A", "B", "C");
    assertThat(rollUp.parts().get(0).share()).isEqualByComparingTo("60.00");
    assertThat(rollUp.parts().get(0).contribution()).isEqualByComparingTo("36.00");
    assertThat(rollUp.parts().get(1).share()).isEqualByComparingTo("20.00");
    assertThat(rollUp.parts().get(1).contribution()).isEqualByComparingTo("4.00");
    assertThat(rollUp.parts().get(2).contribution()).isEqualByComparingTo("0.00");
    BigDecimal sum =
        rollUp.parts().stream()
            .map(ProgressRollUp.Contribution::contribution)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(rollUp.progress());
  }

  @Test
  void theStoredFigureIsRoundedHalfUp() {
    // (1×33 + 1×34) / 2 = 33.5 → 34
    ProgressRollUp half =
        ProgressRollUp.of(
            List.of(new ProgressRollUp.Part("A", 1, 33), new ProgressRollUp.Part("B", 1, 34)));
    assertThat(half.progress()).isEqualByComparingTo("33.50");
    assertThat(half.rounded()).isEqualTo(34);
    // (2×100 + 1×0) / 3 = 66.666… → 66.67, stored 67
    ProgressRollUp thirds =
        ProgressRollUp.of(
            List.of(new ProgressRollUp.Part("A", 2, 100), new ProgressRollUp.Part("B", 1, 0)));
    assertThat(thirds.progress()).isEqualByComparingTo("66.67");
    assertThat(thirds.rounded()).isEqualTo(67);
    assertThat(thirds.parts().get(0).share()).isEqualByComparingTo("66.67");
  }

  @Test
  void nothingToRollUpIsZero() {
    assertThat(ProgressRollUp.of(List.of()).progress()).isEqualByComparingTo("0");
    ProgressRollUp weightless = ProgressRollUp.of(List.of(new ProgressRollUp.Part("A", 0, 80)));
    assertThat(weightless.rounded()).isZero();
    assertThat(weightless.parts()).hasSize(1);
    assertThatThrownBy(() -> new ProgressRollUp.Part("A", 1, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProgressRollUp.Part("A", -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLightTurnsYellowAtTheShareOfTimeAndRedAfterTheDeadline() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate deadline = LocalDate.of(2026, 1, 11); // 10 days
    assertThat(WarningLight.of(start, deadline, LocalDate.of(2026, 1, 8), 80))
        .isEqualTo(WarningLight.GREEN);
    assertThat(WarningLight.of(start, deadline, LocalDate.of(2026, 1, 9), 80))
        .isEqualTo(WarningLight.YELLOW);
    assertThat(WarningLight.of(start, deadline, deadline, 80)).isEqualTo(WarningLight.YELLOW);
    assertThat(WarningLight.of(start, deadline, deadline.plusDays(1), 80))
        .isEqualTo(WarningLight.RED);
    assertThat(WarningLight.of(start, deadline, LocalDate.of(2026, 1, 6), 50))
        .isEqualTo(WarningLight.YELLOW);
    assertThat(WarningLight.of(start, start, start, 80))
        .as("due today")
        .isEqualTo(WarningLight.YELLOW);
    assertThat(WarningLight.of(start, deadline, start, 80)).isEqualTo(WarningLight.GREEN);
    assertThatThrownBy(() -> WarningLight.of(start, deadline, start, 100))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("planning.light.warn-at"));
  }

  @Test
  void taskNumbersAreTheYearAndASequence() {
    assertThat(TaskNumber.of(2026, 42).value()).isEqualTo("2026-000042");
    assertThat(TaskNumber.of(2026, 1_234_567).value()).isEqualTo("2026-1234567");
    assertThat(TaskNumber.parse(" 2026-000042 ")).isEqualTo(TaskNumber.of(2026, 42));
    assertThat(TaskNumber.parse("2027-000001").year()).isEqualTo(2027);
    assertThatThrownBy(() -> TaskNumber.parse("2026-42"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    assertThatThrownBy(() -> TaskNumber.parse(null)).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> TaskNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
