package cn.finegov.planning.application.oversight;

import static cn.finegov.planning.application.oversight.OversightFixtures.ALL;
import static cn.finegov.planning.application.oversight.OversightFixtures.BUREAU;
import static cn.finegov.planning.application.oversight.OversightFixtures.CITY;
import static cn.finegov.planning.application.oversight.OversightFixtures.DISTRICT;
import static cn.finegov.planning.application.oversight.OversightFixtures.STREET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.finegov.planning.domain.model.plan.PlanState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which notices a run sends, on days of a fixed clock around the 2027 cycle. */
class ReminderSelectionTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final StatutoryCycle cycle = OversightFixtures.shipped();

  private static LocalDate day(int year, int month, int day) {
    Clock fixed =
        Clock.fixed(
            ZonedDateTime.of(year, month, day, 7, 30, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
    return LocalDate.now(fixed);
  }

  @Test
  void threeDaysBeforeTheDistrictsDateTheDistrictIsRemindedAndTheCityIsOverdue() {
    List<Reminder> due = ReminderSelection.select(ALL, cycle, Map.of(), Set.of(), day(2027, 1, 28));

    assertThat(due)
        .extracting(r -> r.unitCode(), r -> r.kind().code(), r -> r.dueDate(), r -> r.planYear())
        .containsExactly(
            tuple(CITY.code(), "OVERDUE", LocalDate.of(2026, 12, 31), 2027),
            tuple(DISTRICT.code(), "BEFORE_3", LocalDate.of(2027, 1, 31), 2027));
  }

  @Test
  void fourteenDaysBeforeTheEndOfFebruaryStreetsAndDepartmentsAreRemindedNotCommunities() {
    // 2027 is no leap year: "02-29" is 28 February; 14 days before is 14 February.
    List<Reminder> due =
        ReminderSelection.select(
            ALL,
            cycle,
            Map.of(CITY.id(), PlanState.PUBLISHED, DISTRICT.id(), PlanState.PUBLISHED),
            Set.of(),
            day(2027, 2, 14));

    assertThat(due)
        .extracting(r -> r.unitCode(), r -> r.kind().code())
        .containsExactly(tuple(BUREAU.code(), "BEFORE_14"), tuple(STREET.code(), "BEFORE_14"));
    assertThat(due).allSatisfy(r -> assertThat(r.dueDate()).isEqualTo(LocalDate.of(2027, 2, 28)));
  }

  @Test
  void aPublishedPlanGetsNothingAndAPlanInReviewIsStillReminded() {
    List<Reminder> due =
        ReminderSelection.select(
            List.of(DISTRICT, STREET),
            cycle,
            Map.of(DISTRICT.id(), PlanState.PUBLISHED, STREET.id(), PlanState.IN_REVIEW),
            Set.of(),
            day(2027, 2, 27));

    assertThat(due)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.unitCode()).isEqualTo(STREET.code());
              assertThat(r.kind()).isEqualTo(ReminderKind.before(3));
              assertThat(r.planState()).isEqualTo(PlanState.IN_REVIEW);
            });
  }

  @Test
  void aNoticeSentIsNeverSentAgainButTheNextKindIs() {
    Set<Reminder.Key> sent = new HashSet<>();
    LocalDate first = day(2027, 1, 17);
    List<Reminder> fourteen =
        ReminderSelection.select(List.of(DISTRICT), cycle, Map.of(), sent, first);
    assertThat(fourteen).extracting(r -> r.kind().code()).containsExactly("BEFORE_14");
    fourteen.forEach(r -> sent.add(r.key()));

    // The same day again, and the days up to the next reminder: nothing.
    for (int d = 17; d <= 27; d++) {
      assertThat(
              ReminderSelection.select(List.of(DISTRICT), cycle, Map.of(), sent, day(2027, 1, d)))
          .as("1 %s", d)
          .isEmpty();
    }
    List<Reminder> three =
        ReminderSelection.select(List.of(DISTRICT), cycle, Map.of(), sent, day(2027, 1, 28));
    assertThat(three).extracting(r -> r.kind().code()).containsExactly("BEFORE_3");
    three.forEach(r -> sent.add(r.key()));

    List<Reminder> overdue =
        ReminderSelection.select(List.of(DISTRICT), cycle, Map.of(), sent, day(2027, 2, 1));
    assertThat(overdue).extracting(r -> r.kind().code()).containsExactly("OVERDUE");
    overdue.forEach(r -> sent.add(r.key()));
    assertThat(ReminderSelection.select(List.of(DISTRICT), cycle, Map.of(), sent, day(2027, 2, 20)))
        .isEmpty();
  }

  @Test
  void inactiveUnitsAndCommunitiesAreNeverReminded() {
    List<Reminder> due =
        ReminderSelection.select(
            List.of(OversightFixtures.COMMUNITY, OversightFixtures.CLOSED),
            cycle,
            Map.of(),
            Set.of(),
            day(2027, 1, 28));
    assertThat(due).isEmpty();
  }
}
