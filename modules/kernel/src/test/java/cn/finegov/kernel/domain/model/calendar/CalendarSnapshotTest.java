package cn.finegov.kernel.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.calendar.Explanation.Note;
import cn.finegov.kernel.api.calendar.WorkingDayCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The working-day arithmetic on the shipped 2025 and 2026 arrangements. */
class CalendarSnapshotTest {

  private static final Region NATIONAL = Region.NATIONAL;
  private final CalendarSnapshot calendar = Calendars.shipped().snapshot(7);

  private ComputedDeadline add(String start, long days) {
    return calendar.addWorkingDays(LocalDate.parse(start), days, NATIONAL);
  }

  @Nested
  class TheShippedArrangements {

    @Test
    void springFestival2026IsOffFromFebruary15To23WithTwoSaturdaysWorked() {
      for (LocalDate day = LocalDate.parse("2026-02-15");
          !day.isAfter(LocalDate.parse("2026-02-23"));
          day = day.plusDays(1)) {
        assertThat(calendar.dayType(day, NATIONAL)).as(day.toString()).isEqualTo(DayType.HOLIDAY);
      }
      assertThat(calendar.dayType(LocalDate.parse("2026-02-14"), NATIONAL))
          .isEqualTo(DayType.ADJUSTED_WORKDAY);
      assertThat(calendar.dayType(LocalDate.parse("2026-02-28"), NATIONAL))
          .isEqualTo(DayType.ADJUSTED_WORKDAY);
      assertThat(calendar.dayType(LocalDate.parse("2026-02-24"), NATIONAL))
          .isEqualTo(DayType.WORKDAY);
      assertThat(calendar.dayType(LocalDate.parse("2026-03-01"), NATIONAL))
          .isEqualTo(DayType.WEEKEND);
    }

    @Test
    void nationalDay2026IsOffFromOctober1To7WithSeptember20AndOctober10Worked() {
      assertThat(calendar.dayType(LocalDate.parse("2026-09-20"), NATIONAL))
          .isEqualTo(DayType.ADJUSTED_WORKDAY);
      assertThat(calendar.dayType(LocalDate.parse("2026-10-10"), NATIONAL))
          .isEqualTo(DayType.ADJUSTED_WORKDAY);
      assertThat(calendar.dayType(LocalDate.parse("2026-10-07"), NATIONAL))
          .isEqualTo(DayType.HOLIDAY);
      assertThat(calendar.dayType(LocalDate.parse("2026-10-11"), NATIONAL))
          .isEqualTo(DayType.WEEKEND);
      assertThat(calendar.arranged(2026, NATIONAL)).isTrue();
      assertThat(calendar.arranged(2027, NATIONAL)).isFalse();
    }

    @Test
    void datesWithoutArrangementAreOrdinaryWeeks() {
      assertThat(calendar.dayType(LocalDate.parse("2031-05-01"), NATIONAL))
          .isEqualTo(DayType.WORKDAY);
      assertThat(calendar.dayType(LocalDate.parse("2031-05-03"), NATIONAL))
          .isEqualTo(DayType.WEEKEND);
      assertThat(calendar.dayType(LocalDate.parse("1999-12-31"), NATIONAL))
          .isEqualTo(DayType.WORKDAY);
    }
  }

  @Nested
  class WorkingDays {

    @Test
    void twentyWorkingDaysAcrossNationalDayAreExplainedInBothLanguages() {
      ComputedDeadline due = add("2026-09-28", 20);

      assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2026-10-30"));
      assertThat(due.dueTime()).isNull();
      assertThat(due.provisional()).isFalse();
      assertThat(due.calendarVersion()).isEqualTo(7);
      assertThat(due.explanation(Locale.ENGLISH))
          .isEqualTo(
              "20 working days from 2026-09-28 (due 2026-10-30): skips 10-01..10-07 National Day,"
                  + " counts adjusted workday 10-10");
      assertThat(due.explanation(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("自2026-09-28起20个工作日（截止2026-10-30）：跳过10-01至10-07国庆节，计入调休工作日10-10");
    }

    @Test
    void theSpringFestivalAdjustedSaturdaysCount() {
      assertThat(add("2026-02-13", 1).dueDate()).isEqualTo(LocalDate.parse("2026-02-14"));
      ComputedDeadline afterTheBreak = add("2026-02-14", 1);
      assertThat(afterTheBreak.dueDate()).isEqualTo(LocalDate.parse("2026-02-24"));
      assertThat(afterTheBreak.explanation(Locale.ENGLISH))
          .endsWith(": skips 02-15..02-23 Spring Festival");
      ComputedDeadline fiveDays = add("2026-02-23", 5);
      assertThat(fiveDays.dueDate()).isEqualTo(LocalDate.parse("2026-02-28"));
      assertThat(fiveDays.explanation().notes())
          .extracting(Note::type, Note::from)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Note.Type.ADJUSTED_WORKDAY_COUNTED, LocalDate.parse("2026-02-28")));
    }

    @Test
    void theSundayBeforeNationalDayIsWorked() {
      assertThat(add("2026-09-18", 1).dueDate()).isEqualTo(LocalDate.parse("2026-09-20"));
    }

    @Test
    void theStartDayIsNotCounted() {
      assertThat(add("2026-03-02", 1).dueDate()).isEqualTo(LocalDate.parse("2026-03-03"));
      assertThat(add("2026-03-06", 1).dueDate()).isEqualTo(LocalDate.parse("2026-03-09"));
      assertThat(add("2026-10-01", 1).dueDate()).isEqualTo(LocalDate.parse("2026-10-08"));
    }

    @Test
    void zeroDaysIsTheStartWhenItIsWorkedElseTheNextWorkingDay() {
      assertThat(add("2026-03-02", 0).dueDate()).isEqualTo(LocalDate.parse("2026-03-02"));
      ComputedDeadline holiday = add("2026-10-03", 0);
      assertThat(holiday.dueDate()).isEqualTo(LocalDate.parse("2026-10-08"));
      assertThat(holiday.explanation(Locale.ENGLISH)).contains("skips 10-03..10-07 National Day");
    }

    @Test
    void aDeadlineNeverEndsOnANonWorkingDay() {
      for (LocalDate start = LocalDate.parse("2025-01-01");
          start.isBefore(LocalDate.parse("2027-01-01"));
          start = start.plusDays(1)) {
        for (int days = 0; days <= 25; days++) {
          LocalDate due = add(start.toString(), days).dueDate();
          assertThat(calendar.dayType(due, NATIONAL).working())
              .as("%s + %d = %s", start, days, due)
              .isTrue();
        }
      }
    }

    @Test
    void consecutiveHolidaysOfOneNameAreOnePeriodAndOtherNamesApart() {
      CalendarSnapshot local =
          Calendars.shipped()
              .day(Region.NATIONAL, "2027-01-01", DayType.HOLIDAY, "元旦")
              .day(Region.NATIONAL, "2027-01-04", DayType.HOLIDAY, "纪念日甲")
              .day(Region.NATIONAL, "2027-01-05", DayType.HOLIDAY, "纪念日乙")
              .day(Region.NATIONAL, "2027-01-06", DayType.HOLIDAY, "纪念日乙")
              .snapshot(8);
      ComputedDeadline due = local.addWorkingDays(LocalDate.parse("2026-12-31"), 1, NATIONAL);

      assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2027-01-07"));
      assertThat(due.explanation().notes())
          .extracting(Note::name)
          .containsExactly("元旦", "纪念日甲", "纪念日乙");
      assertThat(due.explanation(Locale.ENGLISH))
          .contains(
              "skips 2027-01-01 元旦, skips 2027-01-04 纪念日甲, skips 2027-01-05..2027-01-06 纪念日乙");
    }
  }

  @Nested
  class Counting {

    @Test
    void theWorkingDaysBetweenTwoDatesLeaveOutTheFirst() {
      WorkingDayCount count =
          calendar.countWorkingDays(
              LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-30"), NATIONAL);

      assertThat(count.workingDays()).isEqualTo(20);
      assertThat(count.explanation(Locale.ENGLISH))
          .startsWith("20 working days from 2026-09-28 to 2026-10-30 (start day not counted)")
          .contains("skips 10-01..10-07 National Day");
    }

    @Test
    void countingBackwardsIsNegativeAndTheSameDayIsZero() {
      assertThat(
              calendar
                  .countWorkingDays(
                      LocalDate.parse("2026-10-30"), LocalDate.parse("2026-09-28"), NATIONAL)
                  .workingDays())
          .isEqualTo(-20);
      assertThat(
              calendar
                  .countWorkingDays(
                      LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-01"), NATIONAL)
                  .workingDays())
          .isZero();
    }

    @Test
    void addingTheCountOfWorkingDaysLeadsBackToAWorkingDay() {
      LocalDate start = LocalDate.parse("2025-12-15");
      for (LocalDate end = start;
          end.isBefore(LocalDate.parse("2026-12-31"));
          end = end.plusDays(3)) {
        long count = calendar.countWorkingDays(start, end, NATIONAL).workingDays();
        LocalDate due = calendar.addWorkingDays(start, count, NATIONAL).dueDate();
        if (calendar.dayType(end, NATIONAL).working()) {
          assertThat(due).as("count to %s", end).isEqualTo(end);
        } else {
          assertThat(due).as("count to %s", end).isBefore(end);
        }
      }
    }
  }

  @Nested
  class WorkingHours {

    private final OfficeHours hours = OfficeHours.parse("08:30-12:00,14:00-17:30");

    private ComputedDeadline add(String start, long minutes) {
      return calendar.addWorkingMinutes(LocalDateTime.parse(start), minutes, NATIONAL, hours);
    }

    private LocalDateTime due(String start, long minutes) {
      ComputedDeadline due = add(start, minutes);
      return due.dueDate().atTime(due.dueTime());
    }

    private long used(String from, String to) {
      return calendar.countWorkingMinutes(
          LocalDateTime.parse(from), LocalDateTime.parse(to), NATIONAL, hours);
    }

    @Test
    void theOfficeTimeBetweenTwoMomentsLeavesOutLunchNightsWeekendsAndHolidays() {
      assertThat(used("2026-03-02T08:30", "2026-03-02T17:30")).isEqualTo(420);
      assertThat(used("2026-03-02T11:00", "2026-03-02T15:00")).isEqualTo(120);
      assertThat(used("2026-03-06T17:00", "2026-03-09T09:00")).as("over a weekend").isEqualTo(60);
      assertThat(used("2026-09-30T16:00", "2026-10-08T16:00"))
          .as("over National Day")
          .isEqualTo(7 * 60);
      assertThat(used("2026-10-10T08:00", "2026-10-10T18:00"))
          .as("an adjusted Saturday is worked")
          .isEqualTo(420);
      assertThat(used("2026-03-02T15:00", "2026-03-02T15:00")).isZero();
      assertThat(used("2026-03-02T15:00", "2026-03-02T14:00")).isZero();
    }

    @Test
    void countingTheTimeToADeadlineGivesBackTheTimeAdded() {
      for (String start :
          new String[] {"2026-03-02T08:30", "2026-02-13T16:45", "2026-09-29T11:10"}) {
        for (long minutes : new long[] {1, 60, 209, 210, 211, 420, 1000, 5000}) {
          assertThat(used(start, due(start, minutes).toString()))
              .as("%d minutes from %s", minutes, start)
              .isEqualTo(minutes);
        }
      }
    }

    @Test
    void theLunchBreakIsNotCounted() {
      assertThat(due("2026-03-02T11:00", 120)).isEqualTo("2026-03-02T15:00");
      assertThat(due("2026-03-02T12:30", 60)).isEqualTo("2026-03-02T15:00");
    }

    @Test
    void timeBeforeOfficeHoursStartsAtTheOpening() {
      assertThat(due("2026-03-02T07:00", 60)).isEqualTo("2026-03-02T09:30");
    }

    @Test
    void aDeadlineAtTheEndOfAPeriodStaysThere() {
      assertThat(due("2026-03-02T08:30", 210)).isEqualTo("2026-03-02T12:00");
      assertThat(due("2026-03-02T08:30", 420)).isEqualTo("2026-03-02T17:30");
    }

    @Test
    void theRestCarriesToTheNextWorkingDay() {
      assertThat(due("2026-03-02T16:30", 120)).isEqualTo("2026-03-03T09:30");
      assertThat(due("2026-03-02T18:00", 30)).isEqualTo("2026-03-03T09:00");
    }

    @Test
    void weekendsAreSkipped() {
      assertThat(due("2026-03-06T17:00", 60)).isEqualTo("2026-03-09T09:00");
      assertThat(due("2026-03-07T10:00", 60)).isEqualTo("2026-03-09T09:30");
    }

    @Test
    void holidaysAreSkippedAndAdjustedWorkdaysCounted() {
      ComputedDeadline overNationalDay = add("2026-09-30T16:00", 7 * 60);
      assertThat(overNationalDay.dueDate().atTime(overNationalDay.dueTime()))
          .isEqualTo("2026-10-08T16:00");
      assertThat(overNationalDay.explanation(Locale.ENGLISH))
          .isEqualTo(
              "7 working hours from 2026-09-30 16:00 (office hours 08:30-12:00,14:00-17:30;"
                  + " due 2026-10-08 16:00): skips 10-01..10-07 National Day");
      ComputedDeadline intoSaturday = add("2026-10-09T17:00", 60);
      assertThat(intoSaturday.dueDate().atTime(intoSaturday.dueTime()))
          .isEqualTo("2026-10-10T09:00");
      assertThat(intoSaturday.explanation(Locale.SIMPLIFIED_CHINESE)).endsWith("计入调休工作日10-10");
    }

    @Test
    void anAdjustedWorkdayReachedAfterHoursIsNotNamedAsCounted() {
      ComputedDeadline due = add("2026-10-10T18:00", 60);
      assertThat(due.dueDate().atTime(due.dueTime())).isEqualTo("2026-10-12T09:30");
      assertThat(due.explanation().notes()).isEmpty();
    }

    @Test
    void secondsCountFromTheNextMinute() {
      assertThat(due("2026-03-02T09:00:30", 30)).isEqualTo("2026-03-02T09:31");
      assertThat(add("2026-03-02T09:00:30", 30).startTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void fractionalHoursAreShownAsDecimals() {
      assertThat(add("2026-03-02T09:00", 90).explanation(Locale.ENGLISH))
          .startsWith("1.5 working hours from 2026-03-02 09:00");
    }

    @Test
    void otherOfficeHoursAreHonoured() {
      OfficeHours oneBlock = OfficeHours.parse("09:00-17:00");
      ComputedDeadline due =
          calendar.addWorkingMinutes(
              LocalDateTime.parse("2026-03-02T16:00"), 120, NATIONAL, oneBlock);
      assertThat(due.dueDate().atTime(due.dueTime())).isEqualTo("2026-03-03T10:00");
    }
  }

  @Nested
  class Provisional {

    @Test
    void aDeadlineIntoAYearWithoutArrangementIsProvisional() {
      ComputedDeadline inside = add("2026-11-20", 20);
      ComputedDeadline across = add("2026-12-20", 20);

      assertThat(inside.provisional()).isFalse();
      assertThat(across.provisional()).isTrue();
      assertThat(across.explanation().provisionalYears()).containsExactly(2027);
      assertThat(across.explanation(Locale.ENGLISH))
          .endsWith("provisional: no holiday arrangement loaded for 2027, weekends only");
      assertThat(across.explanation(Locale.SIMPLIFIED_CHINESE)).contains("暂定：2027年的放假安排尚未载入");
    }

    @Test
    void loadingTheYearMakesItFinal() {
      CalendarSnapshot withNextYear =
          Calendars.shipped()
              .day(Region.NATIONAL, "2027-01-01", DayType.HOLIDAY, "元旦")
              .arranged(Region.NATIONAL, 2027)
              .snapshot(9);

      ComputedDeadline due =
          withNextYear.addWorkingDays(LocalDate.parse("2026-12-20"), 20, NATIONAL);

      assertThat(due.provisional()).isFalse();
      assertThat(due.calendarVersion()).isEqualTo(9);
      assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2027-01-18"));
      assertThat(add("2026-12-20", 20).dueDate()).isEqualTo(LocalDate.parse("2027-01-15"));
    }

    @Test
    void workingHoursIntoAnUnarrangedYearAreProvisional() {
      ComputedDeadline due =
          calendar.addWorkingMinutes(
              LocalDateTime.parse("2026-12-31T17:00"),
              60,
              NATIONAL,
              OfficeHours.parse("08:30-12:00,14:00-17:30"));
      assertThat(due.provisional()).isTrue();
      assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2027-01-01"));
    }
  }

  @Nested
  class RegionalOverrides {

    private final Region hangzhou = Region.of("330100");
    private final CalendarSnapshot regional =
        Calendars.shipped()
            .day(hangzhou, "2026-10-07", DayType.WORKDAY, null)
            .day(hangzhou, "2026-10-08", DayType.HOLIDAY, "亚运纪念日")
            .day(hangzhou, "2026-10-10", DayType.WEEKEND, null)
            .snapshot(11);

    @Test
    void aRegionsDaysOverrideTheNationalOnes() {
      assertThat(regional.dayType(LocalDate.parse("2026-10-07"), hangzhou))
          .isEqualTo(DayType.WORKDAY);
      assertThat(regional.dayType(LocalDate.parse("2026-10-08"), hangzhou))
          .isEqualTo(DayType.HOLIDAY);
      assertThat(regional.dayType(LocalDate.parse("2026-10-10"), hangzhou))
          .isEqualTo(DayType.WEEKEND);
      assertThat(regional.dayType(LocalDate.parse("2026-10-06"), hangzhou))
          .isEqualTo(DayType.HOLIDAY);
      assertThat(regional.dayType(LocalDate.parse("2026-10-07"), NATIONAL))
          .isEqualTo(DayType.HOLIDAY);
    }

    @Test
    void aRegionalDeadlineCountsTheRegionsDaysAndSaysSo() {
      ComputedDeadline due = regional.addWorkingDays(LocalDate.parse("2026-09-30"), 2, hangzhou);

      assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2026-10-09"));
      assertThat(due.region()).isEqualTo("330100");
      assertThat(due.explanation(Locale.ENGLISH))
          .isEqualTo(
              "2 working days from 2026-09-30 (due 2026-10-09): regional calendar 330100,"
                  + " skips 10-01..10-06 National Day, counts regional workday 10-07,"
                  + " skips 10-08 亚运纪念日");
      assertThat(regional.addWorkingDays(LocalDate.parse("2026-09-30"), 2, NATIONAL).dueDate())
          .isEqualTo(LocalDate.parse("2026-10-09"));
      assertThat(regional.addWorkingDays(LocalDate.parse("2026-09-30"), 1, NATIONAL).dueDate())
          .isEqualTo(LocalDate.parse("2026-10-08"));
      assertThat(regional.addWorkingDays(LocalDate.parse("2026-09-30"), 1, hangzhou).dueDate())
          .isEqualTo(LocalDate.parse("2026-10-07"));
    }

    @Test
    void aRegionWithoutDaysOfItsOwnFollowsTheNationalCalendar() {
      Region other = Region.of("330200");
      assertThat(regional.addWorkingDays(LocalDate.parse("2026-09-28"), 20, other).dueDate())
          .isEqualTo(LocalDate.parse("2026-10-30"));
      assertThat(regional.dayType(LocalDate.parse("2026-10-10"), other))
          .isEqualTo(DayType.ADJUSTED_WORKDAY);
    }

    @Test
    void aRegionsOwnArrangementMakesItsDeadlinesFinal() {
      CalendarSnapshot arranged =
          Calendars.shipped()
              .day(hangzhou, "2027-01-01", DayType.HOLIDAY, "元旦")
              .arranged(hangzhou, 2027)
              .snapshot(12);
      assertThat(arranged.addWorkingDays(LocalDate.parse("2026-12-20"), 20, hangzhou).provisional())
          .isFalse();
      assertThat(arranged.addWorkingDays(LocalDate.parse("2026-12-20"), 20, NATIONAL).provisional())
          .isTrue();
    }
  }

  @Test
  void anEmptyCalendarKnowsOnlyWeekends() {
    CalendarSnapshot empty = CalendarSnapshot.empty(0);
    ComputedDeadline due = empty.addWorkingDays(LocalDate.parse("2026-10-01"), 1, NATIONAL);
    assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2026-10-02"));
    assertThat(due.provisional()).isTrue();
    assertThat(LocalDate.parse("2026-10-02").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
  }
}
