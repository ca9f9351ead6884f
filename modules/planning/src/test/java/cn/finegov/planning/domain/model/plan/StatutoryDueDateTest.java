package cn.finegov.planning.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statutory dates of the plan cycle: 31 Dec of the year before, 31 Jan, end of February. */
class StatutoryDueDateTest {

  @Test
  void theShippedDatesAreThoseOfThePlanRules() {
    assertThat(due(PlanLevel.CITY, 2026)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(due(PlanLevel.DISTRICT, 2026)).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(due(PlanLevel.DEPARTMENT, 2026)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(due(PlanLevel.STREET, 2026)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(due(PlanLevel.ENTERPRISE, 2026)).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void theEndOfFebruaryIsThe29thInALeapYear() {
    assertThat(due(PlanLevel.STREET, 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(due(PlanLevel.STREET, 2100))
        .as("not a leap year")
        .isEqualTo(LocalDate.of(2100, 2, 28));
  }

  @Test
  void offsetsAndFormsAreRead() {
    assertThat(StatutoryDueDate.parse(" -1/12-31 ").dueFor(2027))
        .isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(StatutoryDueDate.parse("+1/01-15").dueFor(2027))
        .isEqualTo(LocalDate.of(2028, 1, 15));
    assertThat(StatutoryDueDate.parse("0/03-31").dueFor(2027)).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(StatutoryDueDate.parse("-1/12-31")).hasToString("-1/12-31");
    assertThat(StatutoryDueDate.parse("01-31")).hasToString("01-31");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12/31", "2026-12-31", "13-01", "02-30", "-2/12-31", "1-31", "abc"})
  void anythingElseIsRefusedWithAMessage(String text) {
    assertThatThrownBy(() -> StatutoryDueDate.parse(text))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.messageKey()).isEqualTo("planning.due-date.invalid");
            });
  }

  private static LocalDate due(PlanLevel level, int year) {
    return StatutoryDueDate.parse(level.defaultDueDate()).dueFor(year);
  }
}
