package cn.finegov.grid.domain.model.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.kernel.api.calendar.DeadlineRule;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingAndCategoryTest {

  private static final CategoryCode MANHOLE = CategoryCode.parse("C0101");
  private static final CategoryCode PARKING = CategoryCode.parse("E0401");
  private static final GridCode STREET = GridCode.of("990102001");
  private static final GridCode COMMUNITY = GridCode.of("990102001002");
  private static final GridCode UNIT = GridCode.of("99010200100201");
  private static final GridCode OTHER_UNIT = GridCode.of("99010200200101");

  @Test
  void theMostSpecificRuleWinsAndTheDefaultUnitComesLast() {
    List<RoutingRule> rules =
        List.of(
            new RoutingRule(MANHOLE, null, "WATER"),
            new RoutingRule(MANHOLE, STREET, "WATER-STREET"),
            new RoutingRule(MANHOLE, COMMUNITY, "WATER-COMMUNITY"),
            new RoutingRule(null, STREET, "STREET-OFFICE"));

    assertThat(RoutingRule.route(rules, MANHOLE, UNIT, "DEFAULT")).contains("WATER-COMMUNITY");
    assertThat(RoutingRule.route(rules, MANHOLE, OTHER_UNIT, "DEFAULT")).contains("WATER");
    assertThat(RoutingRule.route(rules, MANHOLE, null, "DEFAULT")).contains("WATER");
    assertThat(RoutingRule.route(rules, PARKING, UNIT, "DEFAULT")).contains("STREET-OFFICE");
    assertThat(RoutingRule.route(rules, PARKING, OTHER_UNIT, "DEFAULT")).contains("DEFAULT");
    assertThat(RoutingRule.route(rules, PARKING, OTHER_UNIT, null)).isEmpty();
  }

  @Test
  void aRuleNamesACategoryOrAGridAndAUnit() {
    assertThatThrownBy(() -> new RoutingRule(null, null, "X"))
        .hasMessageContaining("grid.routing.too-wide");
    assertThatThrownBy(() -> new RoutingRule(MANHOLE, null, " "))
        .hasMessageContaining("grid.case.unit-required");
    assertThat(new RoutingRule(MANHOLE, null, " WATER ").unitCode()).isEqualTo("WATER");
  }

  @Test
  void aCategoryKeepsItsLimitsPerStage() {
    Map<CaseStage, DeadlineRule> limits = new EnumMap<>(CaseStage.class);
    limits.put(CaseStage.FILE, DeadlineRule.workingTime(Duration.ofMinutes(30)));
    limits.put(CaseStage.DISPATCH, DeadlineRule.workingTime(Duration.ofMinutes(30)));
    limits.put(CaseStage.SIGN, DeadlineRule.workingTime(Duration.ofHours(1)));
    limits.put(CaseStage.HANDLE, DeadlineRule.workingDays(2));
    limits.put(CaseStage.VERIFY, DeadlineRule.workingTime(Duration.ofHours(2)));

    Category manhole =
        new Category(MANHOLE, " 公用设施 ", "上水井盖", null, TimeLimits.of(limits), " 990102-SW ", true);

    assertThat(manhole.limits()).isEqualTo(TimeLimits.of(limits));
    assertThat(manhole.majorName()).isEqualTo("公用设施");
    assertThat(manhole.nameEn()).as("falls back to the Chinese name").isEqualTo("上水井盖");
    assertThat(manhole.defaultUnit()).contains("990102-SW");
    assertThat(manhole.publicService()).isTrue();
    assertThat(manhole.active()).isTrue();

    limits.put(CaseStage.HANDLE, DeadlineRule.workingDays(5));
    manhole.limit(TimeLimits.of(limits));
    assertThat(manhole.limits().of(CaseStage.HANDLE)).isEqualTo(DeadlineRule.workingDays(5));
    manhole.assignTo(" ");
    assertThat(manhole.defaultUnit()).isEmpty();
    assertThatThrownBy(() -> manhole.describe("公用设施", " ", null))
        .hasMessageContaining("grid.category.name-required");
    assertThatThrownBy(() -> manhole.describe("公用设施", "名".repeat(61), null))
        .hasMessageContaining("grid.category.name-long");
  }
}
