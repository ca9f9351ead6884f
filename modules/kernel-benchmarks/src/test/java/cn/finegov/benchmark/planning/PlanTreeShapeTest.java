package cn.finegov.benchmark.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.org.UnitCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTreeShapeTest {

  private static final PlanTreeShape FULL = new PlanTreeShape(14, 20, 6, 68);

  @Test
  void theDefaultShapeIsThreeHundredUnitsAndTwentyThousandTasks() {
    assertThat(FULL.unitCount()).isEqualTo(300);
    assertThat(FULL.units()).hasSize(300);
    assertThat(FULL.taskCount()).isEqualTo(20_060);
  }

  @Test
  void codesFollowTheDivisionCodeRuleAndAreUnique() {
    Set<String> codes = new HashSet<>();
    for (PlanTreeShape.Unit unit : FULL.units()) {
      assertThat(UnitCode.isValid(unit.code())).as(unit.code()).isTrue();
      assertThat(codes.add(unit.code())).as(unit.code()).isTrue();
    }
    assertThat(FULL.districtCode(0)).isEqualTo("990161");
    assertThat(FULL.districtCode(13)).isEqualTo("990174");
    assertThat(FULL.streetCode(13, 19)).isEqualTo("990174020");
    assertThat(FULL.departmentCode(5)).isEqualTo("990100-P06");
    // the demo's own districts stay out of it
    assertThat(codes).doesNotContain("990102", "990105");
  }

  @Test
  void everyUnitComesAfterItsParentAndStreetsLieInTheirDistrict() {
    Set<String> made = new HashSet<>(List.of(PlanTreeShape.CITY));
    for (PlanTreeShape.Unit unit : FULL.units()) {
      assertThat(made).as(unit.code()).contains(unit.parentCode());
      made.add(unit.code());
      if (unit.type().equals("STREET")) {
        assertThat(unit.code()).startsWith(unit.parentCode()).hasSize(9);
      }
    }
  }

  @Test
  void aSmallerShapeIsAPrefixOfALargerOne() {
    PlanTreeShape small = new PlanTreeShape(2, 3, 1, 4);
    assertThat(FULL.units().stream().map(PlanTreeShape.Unit::code).toList())
        .containsAll(small.units().stream().map(PlanTreeShape.Unit::code).toList());
    assertThat(small.taskCount()).isEqualTo(4 * (1 + 2 + 6));
  }

  @Test
  void theDistrictOfACodeIsFoundBack() {
    assertThat(FULL.districtOf("990165")).isEqualTo(4);
    assertThat(FULL.districtOf("990165007")).isEqualTo(4);
    assertThat(FULL.districtOf("990102")).isEqualTo(-1);
    assertThat(FULL.districtOf("990175")).isEqualTo(-1);
    assertThat(FULL.districtOf("990100-P01")).isEqualTo(-1);
  }

  @Test
  void cityTasksAreLedByTheDepartmentsInTurn() {
    assertThat(FULL.leadOfCityTask(0)).isEqualTo("990100-P01");
    assertThat(FULL.leadOfCityTask(6)).isEqualTo("990100-P01");
    assertThat(FULL.leadOfCityTask(7)).isEqualTo("990100-P02");
  }

  @Test
  void sizesOutsideTheCodesAreRefused() {
    assertThatThrownBy(() -> new PlanTreeShape(40, 20, 6, 68))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlanTreeShape(14, 101, 6, 68))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlanTreeShape(14, 20, 0, 68))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlanTreeShape(14, 20, 6, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
