package cn.finegov.integration.hotline.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HotlineSettingsTest {

  @Test
  void pushesWaitOnceAsManyTicketsWaitAsTheLimitAllows() {
    assertThat(HotlineSettings.busy(19_999, 20_000)).isFalse();
    assertThat(HotlineSettings.busy(20_000, 20_000)).isTrue();
    assertThat(HotlineSettings.busy(25_000, 20_000)).isTrue();
  }

  @Test
  void withoutALimitEveryPushIsTaken() {
    assertThat(HotlineSettings.busy(1_000_000, 0)).isFalse();
  }
}
