package cn.finegov.kernel.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class RegionTest {

  @Test
  void blankMeansNational() {
    assertThat(Region.of(null)).isEqualTo(Region.NATIONAL);
    assertThat(Region.of("  ")).isEqualTo(Region.NATIONAL);
    assertThat(Region.of("*").national()).isTrue();
    assertThat(Region.NATIONAL.key()).isEqualTo("*");
  }

  @Test
  void aRegionIsAUnitCodeInUpperCase() {
    Region region = Region.of(" cal-7x ");
    assertThat(region.code()).isEqualTo("CAL-7X");
    assertThat(region.key()).isEqualTo("CAL-7X");
    assertThat(Region.ofKey("CAL-7X")).isEqualTo(region);
  }

  @Test
  void anInvalidCodeIsRefusedOnTheRegionField() {
    assertThatThrownBy(() -> Region.of("杭州"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("region"));
    assertThatThrownBy(() -> Region.of("x".repeat(33))).isInstanceOf(ValidationException.class);
  }
}
