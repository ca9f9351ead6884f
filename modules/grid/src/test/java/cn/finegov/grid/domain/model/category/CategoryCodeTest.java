package cn.finegov.grid.domain.model.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.error.DomainException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCodeTest {

  @Test
  void aCategoryHasItsMajorAndMinorCodeAndAOneListForm() {
    CategoryCode manhole = CategoryCode.of(CaseKind.COMPONENT, "0101");

    assertThat(manhole.majorCode()).isEqualTo("01");
    assertThat(manhole.minorCode()).isEqualTo("01");
    assertThat(manhole.qualified()).isEqualTo("C0101");
    assertThat(CategoryCode.parse("E0203")).isEqualTo(CategoryCode.of(CaseKind.EVENT, "0203"));
    assertThat(CategoryCode.parse("C0101")).isNotEqualTo(CategoryCode.parse("E0101"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "101", "01010", "0001", "0100", "01a1"})
  void badCodesAreRefused(String text) {
    assertThatThrownBy(() -> CategoryCode.of(CaseKind.EVENT, text))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.category.code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X0101", "C010", "0101", "c0101"})
  void badOneListFormsAreRefused(String text) {
    assertThatThrownBy(() -> CategoryCode.parse(text))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.category");
  }

  @Test
  void theSuzhouSampleIdentifierReadsAsDistrictCategoryAndSequence() {
    ComponentId id = ComponentId.of("3205080101000001");

    assertThat(id.districtCode()).isEqualTo("320508");
    assertThat(id.category()).isEqualTo(CategoryCode.of(CaseKind.COMPONENT, "0101"));
    assertThat(id.sequence()).isEqualTo(1);
    assertThat(ComponentId.of("320508", CategoryCode.parse("C0101"), 1)).isEqualTo(id);
    assertThat(ComponentId.of("320508", CategoryCode.parse("C0312"), 999_999).value())
        .isEqualTo("3205080312999999");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "320508010100001", // 15 digits
        "0000000101000001", // no district
        "3205080001000001", // no major
        "3205080100000001", // no minor
        "3205080101000000", // sequence 0
        "32050801010000a1"
      })
  void badIdentifiersAreRefused(String text) {
    assertThatThrownBy(() -> ComponentId.of(text))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.component.id");
  }

  @Test
  void eventCategoriesAndSequencesOutOfRangeGiveNoIdentifier() {
    assertThatThrownBy(() -> ComponentId.of("320508", CategoryCode.parse("E0101"), 1))
        .hasMessageContaining("grid.component.kind");
    assertThatThrownBy(() -> ComponentId.of("320508", CategoryCode.parse("C0101"), 0))
        .hasMessageContaining("grid.component.sequence");
    assertThatThrownBy(() -> ComponentId.of("320508", CategoryCode.parse("C0101"), 1_000_000))
        .hasMessageContaining("grid.component.sequence");
  }

  @Test
  void everyStageNeedsALimitAboveZero() {
    Map<CaseStage, DeadlineRule> limits = new EnumMap<>(CaseStage.class);
    limits.put(CaseStage.FILE, DeadlineRule.workingTime(Duration.ofHours(1)));
    limits.put(CaseStage.DISPATCH, DeadlineRule.workingTime(Duration.ofHours(1)));
    limits.put(CaseStage.SIGN, DeadlineRule.workingTime(Duration.ofHours(1)));
    limits.put(CaseStage.HANDLE, DeadlineRule.workingDays(3));

    assertThatThrownBy(() -> TimeLimits.of(limits))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).arguments()).contains(CaseStage.VERIFY));

    limits.put(CaseStage.VERIFY, DeadlineRule.workingDays(0));
    assertThatThrownBy(() -> TimeLimits.of(limits)).hasMessageContaining("grid.limits.zero");

    limits.put(CaseStage.VERIFY, DeadlineRule.workingTime(Duration.ofMinutes(90)));
    TimeLimits complete = TimeLimits.of(limits);
    assertThat(complete.of(CaseStage.HANDLE)).isEqualTo(DeadlineRule.workingDays(3));
    assertThat(complete.of(CaseStage.VERIFY).amount()).isEqualTo(90);
    assertThat(complete.asMap().keySet()).containsExactly(CaseStage.values());
  }
}
