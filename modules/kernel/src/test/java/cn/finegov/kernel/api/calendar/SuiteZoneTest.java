package cn.finegov.kernel.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SuiteZoneTest {

  @Test
  void chinaStandardTimeWhenNothingIsSet() {
    assertThat(SuiteZone.parse(null)).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(SuiteZone.parse("  ")).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void theConfiguredZone() {
    assertThat(SuiteZone.parse(" Asia/Urumqi ")).isEqualTo(ZoneId.of("Asia/Urumqi"));
  }

  @Test
  void aWrongValueNamesTheSetting() {
    assertThatThrownBy(() -> SuiteZone.parse("Asia/Beijing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("governance.timezone")
        .hasMessageContaining("Asia/Beijing");
  }
}
