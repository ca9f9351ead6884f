package cn.finegov.planning.application.oversight;

import static cn.finegov.planning.application.oversight.OversightFixtures.ALL;
import static cn.finegov.planning.application.oversight.OversightFixtures.BUREAU;
import static cn.finegov.planning.application.oversight.OversightFixtures.CITY;
import static cn.finegov.planning.application.oversight.OversightFixtures.DISTRICT;
import static cn.finegov.planning.application.oversight.OversightFixtures.STREET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.task.WarningLight;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is late in the 2027 cycle on 10 March 2027. */
class LateUnitsTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

  private final StatutoryCycle cycle = OversightFixtures.shipped();

  @Test
  void unitsByLevelWithTheirDatePlanStateAndDaysLate() {
    List<LateRow> rows =
        LateUnits.compute(
            ALL,
            2027,
            cycle,
            Map.of(CITY.id(), PlanState.PUBLISHED, DISTRICT.id(), PlanState.IN_REVIEW),
            List.of(),
            TODAY,
            80);

    assertThat(rows)
        .extracting(
            LateRow::unitCode,
            LateRow::level,
            LateRow::dueDate,
            LateRow::planState,
            LateRow::daysLate)
        .containsExactly(
            tuple(CITY.code(), PlanLevel.CITY, LocalDate.of(2026, 12, 31), PlanState.PUBLISHED, 0),
            tuple(
                DISTRICT.code(),
                PlanLevel.DISTRICT,
                LocalDate.of(2027, 1, 31),
                PlanState.IN_REVIEW,
                38),
            tuple(BUREAU.code(), PlanLevel.DEPARTMENT, LocalDate.of(2027, 2, 28), null, 10),
            tuple(STREET.code(), PlanLevel.STREET, LocalDate.of(2027, 2, 28), null, 10));
    assertThat(LateUnits.lateOnly(rows)).extracting(LateRow::unitCode).doesNotContain(CITY.code());
  }

  @Test
  void theDueDayItselfIsNotLate() {
    List<LateRow> rows =
        LateUnits.compute(
            List.of(STREET), 2027, cycle, Map.of(), List.of(), LocalDate.of(2027, 2, 28), 80);
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.late()).isFalse());
    rows =
        LateUnits.compute(
            List.of(STREET), 2027, cycle, Map.of(), List.of(), LocalDate.of(2027, 3, 1), 80);
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.daysLate()).isEqualTo(1));
  }

  @Test
  void overdueTasksAreCountedPerLeadUnitWithTheWorstLight() {
    List<TaskTiming> tasks =
        List.of(
            // The street: one past its deadline, one yellow (9 of 10 days used), one green.
            new TaskTiming(STREET.id(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 9)),
            new TaskTiming(STREET.id(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 11)),
            new TaskTiming(STREET.id(), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 6, 30)),
            // The bureau: one yellow only.
            new TaskTiming(BUREAU.id(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 11)),
            // The city's published plan is on time, but its task is due today: yellow, not late.
            new TaskTiming(CITY.id(), LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10)));
    Map<Long, PlanState> published =
        Map.of(
            CITY.id(), PlanState.PUBLISHED,
            DISTRICT.id(), PlanState.PUBLISHED,
            STREET.id(), PlanState.PUBLISHED,
            BUREAU.id(), PlanState.PUBLISHED);

    List<LateRow> rows = LateUnits.compute(ALL, 2027, cycle, published, tasks, TODAY, 80);

    assertThat(rows)
        .extracting(
            LateRow::unitCode,
            LateRow::runningTasks,
            LateRow::overdueTasks,
            LateRow::worstLight,
            LateRow::late)
        .containsExactly(
            tuple(CITY.code(), 1, 0, WarningLight.YELLOW, false),
            tuple(DISTRICT.code(), 0, 0, null, false),
            tuple(BUREAU.code(), 1, 0, WarningLight.YELLOW, false),
            tuple(STREET.code(), 3, 1, WarningLight.RED, true));
    assertThat(LateUnits.lateOnly(rows))
        .extracting(LateRow::unitCode)
        .containsExactly(STREET.code());
  }

  @Test
  void theLatestComeFirstWithinALevel() {
    UnitSummaryPair pair = new UnitSummaryPair();
    List<LateRow> rows =
        LateUnits.compute(
            List.of(pair.early, pair.late),
            2027,
            cycle,
            Map.of(pair.early.id(), PlanState.PUBLISHED),
            List.of(
                new TaskTiming(
                    pair.early.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))),
            TODAY,
            80);
    assertThat(rows).extracting(LateRow::unitCode).containsExactly("A2", "A1");
  }

  /** Two streets: A1 published but with an overdue task, A2 without a plan. */
  private static final class UnitSummaryPair {
    final cn.finegov.kernel.api.org.UnitSummary early =
        OversightFixtures.unit(11, "A1", cn.finegov.kernel.api.org.UnitType.STREET, 2L, "/1/2/11/");
    final cn.finegov.kernel.api.org.UnitSummary late =
        OversightFixtures.unit(12, "A2", cn.finegov.kernel.api.org.UnitType.STREET, 2L, "/1/2/12/");
  }
}
