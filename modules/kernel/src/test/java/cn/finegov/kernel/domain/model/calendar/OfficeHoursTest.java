package cn.finegov.kernel.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoursTest {

  @Test
  void theDefaultHasTwoPeriodsOfSevenHoursInAll() {
    OfficeHours hours = OfficeHours.parse("08:30-12:00,14:00-17:30");
    assertThat(hours.periods()).isEqualTo(2);
    assertThat(hours.start(0)).isEqualTo(8 * 60 + 30);
    assertThat(hours.end(1)).isEqualTo(17 * 60 + 30);
    assertThat(hours.minutesPerDay()).isEqualTo(7 * 60);
  }

  @Test
  void spacesAreAllowedAndTheCanonicalFormHasNone() {
    assertThat(OfficeHours.parse(" 09:00 - 12:00 , 13:30-18:00 ").toString())
        .isEqualTo("09:00-12:00,13:30-18:00");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|calendar.office-hours.reason.empty",
        "8:30-12:00|calendar.office-hours.reason.format",
        "08:30-12:00;14:00-17:30|calendar.office-hours.reason.format",
        "08:30-24:00|calendar.office-hours.reason.format",
        "12:00-08:30|calendar.office-hours.reason.empty-period",
        "08:30-08:30|calendar.office-hours.reason.empty-period",
        "08:00-12:00,11:00-13:00|calendar.office-hours.reason.order",
        "14:00-17:30,08:30-12:00|calendar.office-hours.reason.order"
      })
  void anUnusableValueIsRefusedWithTheValueAndTheReason(String value, String reason) {
    assertThatThrownBy(() -> OfficeHours.parse(value))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE);
              assertThat(e.messageKey()).isEqualTo("calendar.office-hours.invalid");
              assertThat(e.arguments()).containsExactly(value.strip(), new MessageKey(reason));
            });
  }
}
