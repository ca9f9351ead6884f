package cn.finegov.kernel.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.application.calendar.CalendarReferenceData;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading year files: the shipped ones, and every error with its line number. */
class CalendarFileTest {

  private static CalendarFile parse(String text, Integer year) {
    return CalendarFile.parse(text.getBytes(StandardCharsets.UTF_8), year);
  }

  private static List<FieldError> errors(String text, Integer year) {
    try {
      parse(text, year);
    } catch (ValidationException e) {
      return e.errors();
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void theShippedFilesHoldTheOfficialArrangementsOf2025And2026() {
    List<CalendarReferenceData.Shipped> shipped = CalendarReferenceData.shipped(2100);

    assertThat(shipped).extracting(s -> s.file().year()).contains(2025, 2026);
    CalendarFile y2025 =
        shipped.stream().filter(s -> s.file().year() == 2025).findFirst().orElseThrow().file();
    CalendarFile y2026 =
        shipped.stream().filter(s -> s.file().year() == 2026).findFirst().orElseThrow().file();
    assertThat(y2025.rows())
        .filteredOn(r -> r.type() == DayType.ADJUSTED_WORKDAY)
        .extracting(r -> r.date().toString())
        .containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
    assertThat(y2026.rows())
        .filteredOn(r -> r.type() == DayType.ADJUSTED_WORKDAY)
        .extracting(r -> r.date().toString())
        .containsExactly(
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
    assertThat(y2025.rows()).filteredOn(r -> r.type() == DayType.HOLIDAY).hasSize(28);
    assertThat(y2026.rows()).filteredOn(r -> r.type() == DayType.HOLIDAY).hasSize(33);
    assertThat(y2026.rows())
        .filteredOn(r -> r.date().equals(LocalDate.parse("2026-10-01")))
        .extracting(CalendarFile.Row::name, CalendarFile.Row::nameEn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("国庆节", "National Day"));
    assertThat(y2026.rows()).allSatisfy(r -> assertThat(r.name()).isNotBlank());
  }

  @Test
  void commentsBlankLinesQuotesAByteOrderMarkAndChineseTypeWordsAreAccepted() {
    CalendarFile file =
        parse(
            "\uFEFF# 2027 draft\n\nDate,Type,Name\n"
                + "2027-02-06,调休上班,春节调休\n"
                + "\"2027-02-08\",HOLIDAY,\"春节, 初一\"\r\n"
                + "2027-02-09, holiday ,春节\n",
            null);

    assertThat(file.year()).isEqualTo(2027);
    assertThat(file.rows())
        .extracting(CalendarFile.Row::line, CalendarFile.Row::type, CalendarFile.Row::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, DayType.ADJUSTED_WORKDAY, "春节调休"),
            org.assertj.core.groups.Tuple.tuple(5, DayType.HOLIDAY, "春节, 初一"),
            org.assertj.core.groups.Tuple.tuple(6, DayType.HOLIDAY, "春节"));
  }

  @Test
  void everyBadLineIsReportedWithItsNumberAndReason() {
    List<FieldError> errors =
        errors(
            "# comment\n"
                + "date,type,name,name_en\n"
                + "2027-01-01,HOLIDAY,元旦,New Year's Day\n"
                + "2027-13-01,HOLIDAY,坏日期\n"
                + "2027-01-04,DAY_OFF,未知类型\n"
                + "2027-01-05,ADJUSTED_WORKDAY,周二调休\n"
                + "2027-01-06,HOLIDAY,\n"
                + "2027-01-01,HOLIDAY,元旦\n"
                + "2028-01-03,HOLIDAY,明年\n"
                + "2027-01-07\n"
                + "2027-01-08,HOLIDAY,"
                + "很长".repeat(31)
                + "\n",
            2027);

    assertThat(errors)
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line 4", "calendar.file.date"),
            org.assertj.core.groups.Tuple.tuple("line 5", "calendar.file.type"),
            org.assertj.core.groups.Tuple.tuple("line 6", "calendar.day.type-weekday"),
            org.assertj.core.groups.Tuple.tuple("line 7", "calendar.day.name-required"),
            org.assertj.core.groups.Tuple.tuple("line 8", "calendar.file.duplicate"),
            org.assertj.core.groups.Tuple.tuple("line 9", "calendar.file.year"),
            org.assertj.core.groups.Tuple.tuple("line 10", "calendar.file.columns"),
            org.assertj.core.groups.Tuple.tuple("line 11", "validation.too-long"));
    assertThat(errors.get(0).arguments()).containsExactly("2027-13-01");
    assertThat(errors.get(2).arguments())
        .containsExactly(
            "2027-01-05",
            new MessageKey("calendar.weekday.2"),
            new MessageKey("calendar.type.ADJUSTED_WORKDAY"));
    assertThat(errors.get(4).arguments()).containsExactly("2027-01-01", "3");
    assertThat(errors.get(5).arguments()).containsExactly("2028-01-03", "2027");
  }

  @Test
  void theYearOfTheFirstDateDecidesWhenNoneIsGiven() {
    List<FieldError> errors =
        errors("date,type,name\n2027-01-01,HOLIDAY,元旦\n2026-12-31,HOLIDAY,跨年\n", null);
    assertThat(errors).extracting(FieldError::field).containsExactly("line 3");
  }

  @Test
  void aMissingHeaderIsReportedOnItsLine() {
    assertThat(errors("\n2027-01-01,HOLIDAY,元旦\n", null))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", "calendar.file.header"));
  }

  @Test
  void filesWithoutDaysOrNotInUtf8OrTooLargeAreRefusedAsAWhole() {
    assertThat(errors("# nothing\ndate,type,name\n", null))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", "calendar.file.empty"));
    assertThat(errors("# only a comment\n", null))
        .extracting(FieldError::messageKey)
        .containsExactly("calendar.file.no-header");
    assertThatThrownBy(
            () ->
                CalendarFile.parse(
                    "date,type,name\n2027-01-01,HOLIDAY,元旦\n".getBytes(Charset.forName("GBK")),
                    null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::messageKey)
                    .containsExactly("calendar.file.encoding"));
    assertThatThrownBy(() -> CalendarFile.parse(new byte[0], null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CalendarFile.parse(new byte[CalendarFile.MAX_BYTES + 1], null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("calendar.file.too-large"));
  }

  @Test
  void regionalTypesFollowTheWeekday() {
    CalendarFile file =
        parse(
            "date,type,name\n2026-10-07,WORKDAY,\n2026-10-10,WEEKEND,\n2026-10-08,HOLIDAY,地方节日\n",
            2026);
    assertThat(file.rows()).hasSize(3);
    assertThat(errors("date,type,name\n2026-10-11,WORKDAY,\n2026-10-09,WEEKEND,\n", 2026))
        .extracting(FieldError::field)
        .containsExactly("line 2", "line 3");
  }
}
