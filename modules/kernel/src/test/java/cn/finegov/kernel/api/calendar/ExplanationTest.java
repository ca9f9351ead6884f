package cn.finegov.kernel.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.calendar.Explanation.Note;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void hoursAreWholeOrDecimal() {
    assertThat(Explanation.hours(420)).isEqualTo("7");
    assertThat(Explanation.hours(90)).isEqualTo("1.5");
    assertThat(Explanation.hours(20)).isEqualTo("0.33");
  }

  @Test
  void anUnnamedHolidayAndDatesOfAnotherYearAreWrittenInFull() {
    Explanation explanation =
        new Explanation(
            Explanation.Kind.ADD_DAYS,
            LocalDate.parse("2026-12-30"),
            null,
            LocalDate.parse("2027-01-05"),
            null,
            3,
            null,
            null,
            List.of(
                new Note(
                    Note.Type.HOLIDAY_SKIPPED,
                    LocalDate.parse("2027-01-01"),
                    LocalDate.parse("2027-01-01"),
                    null,
                    null)),
            List.of(2027));

    assertThat(explanation.text(Locale.ENGLISH))
        .isEqualTo(
            "3 working days from 2026-12-30 (due 2027-01-05): skips holiday 2027-01-01,"
                + " provisional: no holiday arrangement loaded for 2027, weekends only");
    assertThat(explanation.text(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("自2026-12-30起3个工作日（截止2027-01-05）：跳过节假日2027-01-01，暂定：2027年的放假安排尚未载入，仅按周末计算");
    assertThat(explanation.provisional()).isTrue();
  }

  @Test
  void chineseIsTheDefaultForEveryOtherLanguage() {
    Explanation explanation =
        new Explanation(
            Explanation.Kind.ADD_HOURS,
            LocalDate.parse("2026-03-02"),
            LocalTime.of(11, 0),
            LocalDate.parse("2026-03-02"),
            LocalTime.of(15, 0),
            120,
            null,
            "08:30-12:00,14:00-17:30",
            List.of(),
            List.of());

    assertThat(explanation.text(Locale.GERMAN))
        .isEqualTo(explanation.text(null))
        .isEqualTo("自2026-03-02 11:00起2个工作小时（办公时间08:30-12:00,14:00-17:30，截止2026-03-02 15:00）");
  }

  @Test
  void aNoteOnlyAnEnglishNameFallsBackToTheChineseOne() {
    Explanation explanation =
        new Explanation(
            Explanation.Kind.COUNT,
            LocalDate.parse("2026-10-09"),
            null,
            LocalDate.parse("2026-10-12"),
            null,
            2,
            "330100",
            null,
            List.of(
                new Note(
                    Note.Type.ADJUSTED_WORKDAY_COUNTED,
                    LocalDate.parse("2026-10-10"),
                    LocalDate.parse("2026-10-10"),
                    "国庆节调休上班",
                    null)),
            List.of());
    assertThat(explanation.text(Locale.ENGLISH))
        .isEqualTo(
            "2 working days from 2026-10-09 to 2026-10-12 (start day not counted):"
                + " regional calendar 330100, counts adjusted workday 10-10");
  }
}
