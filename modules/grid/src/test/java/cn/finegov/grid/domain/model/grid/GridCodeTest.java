package cn.finegov.grid.domain.model.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridCodeTest {

  @Test
  void theLevelFollowsFromTheLengthAndTheParentFromThePrefix() {
    GridCode unit = GridCode.of(" 33010600100201 ");

    assertThat(unit.value()).isEqualTo("33010600100201");
    assertThat(unit.level()).isEqualTo(GridLevel.UNIT);
    assertThat(unit.countyCode()).isEqualTo("330106");
    GridCode community = unit.parent().orElseThrow();
    assertThat(community.value()).isEqualTo("330106001002");
    assertThat(community.level()).isEqualTo(GridLevel.COMMUNITY);
    GridCode street = community.parent().orElseThrow();
    assertThat(street.value()).isEqualTo("330106001");
    assertThat(street.level()).isEqualTo(GridLevel.STREET);
    assertThat(street.parent()).isEmpty();
    assertThat(unit.within(street)).isTrue();
    assertThat(street.within(unit)).isFalse();
  }

  @Test
  void aFifteenDigitBeijingCodeIsAUnitGridToo() {
    GridCode unit = GridCode.of("110101001001012");

    assertThat(unit.level()).isEqualTo(GridLevel.UNIT);
    assertThat(unit.parent().orElseThrow().value()).isEqualTo("110101001001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "3301060010",
        "3301060010020",
        "3301060010020101",
        "33010600100A01",
        "000000001"
      })
  void anythingElseIsRefusedWithTheCodeInTheMessage(String text) {
    assertThatThrownBy(() -> GridCode.of(text))
        .isInstanceOf(DomainException.class)
        .satisfies(
            e -> {
              DomainException refusal = (DomainException) e;
              assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(refusal.messageKey()).startsWith("grid.code.");
              assertThat(refusal.arguments()).contains(text);
            });
  }

  @Test
  void childrenTakeTheSequenceLengthOfTheirLevel() {
    GridCode street = GridCode.of("330106001");

    assertThat(street.child("002").value()).isEqualTo("330106001002");
    assertThat(street.child("002").child("01").value()).isEqualTo("33010600100201");
    assertThat(street.child("002").child("001").value()).isEqualTo("330106001002001");
    assertThatThrownBy(() -> street.child("00201"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.code.child");
    assertThatThrownBy(() -> GridCode.of("33010600100201").child("1"))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void codesCompareByValue() {
    assertThat(GridCode.of("330106001")).isEqualTo(GridCode.of("330106001"));
    assertThat(GridCode.of("330106001")).hasSameHashCodeAs(GridCode.of("330106001"));
    assertThat(GridCode.of("330106001")).isLessThan(GridCode.of("330106002"));
    assertThat(GridCode.isValid("330106001", GridLevel.STREET)).isTrue();
    assertThat(GridCode.isValid("330106001", GridLevel.UNIT)).isFalse();
    assertThat(GridCode.isValid("x", GridLevel.STREET)).isFalse();
  }
}
