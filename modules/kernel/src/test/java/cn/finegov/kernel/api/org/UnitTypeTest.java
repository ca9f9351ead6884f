package cn.finegov.kernel.api.org;

import static cn.finegov.kernel.api.org.UnitType.CITY;
import static cn.finegov.kernel.api.org.UnitType.COMMUNITY;
import static cn.finegov.kernel.api.org.UnitType.DEPARTMENT;
import static cn.finegov.kernel.api.org.UnitType.DISTRICT;
import static cn.finegov.kernel.api.org.UnitType.ENTERPRISE;
import static cn.finegov.kernel.api.org.UnitType.STREET;
import static cn.finegov.kernel.api.org.UnitType.TOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitTypeTest {

  @Test
  void onlyCitiesAndDistrictsMayStandAtTheTop() {
    assertThat(EnumSet.allOf(UnitType.class))
        .filteredOn(UnitType::mayBeRoot)
        .containsExactlyInAnyOrder(CITY, DISTRICT);
  }

  @ParameterizedTest
  @EnumSource(UnitType.class)
  void mayBeChildOfNullMeansMayBeRoot(UnitType type) {
    assertThat(type.mayBeChildOf(null)).isEqualTo(type.mayBeRoot());
  }

  @Test
  void aCityStandsUnderNothing() {
    assertThat(CITY.allowedParents()).isEmpty();
    for (UnitType parent : UnitType.values()) {
      assertThat(CITY.mayBeChildOf(parent)).as("city under %s", parent).isFalse();
    }
  }

  @Test
  void aDistrictStandsOnlyUnderACity() {
    assertThat(DISTRICT.allowedParents()).containsExactly(CITY);
    assertThat(DISTRICT.mayBeChildOf(CITY)).isTrue();
    assertThat(DISTRICT.mayBeChildOf(DISTRICT)).isFalse();
    assertThat(DISTRICT.mayBeChildOf(STREET)).isFalse();
    assertThat(DISTRICT.mayBeChildOf(DEPARTMENT)).isFalse();
  }

  @Test
  void streetsAndTownsStandOnlyUnderADistrict() {
    for (UnitType type : Set.of(STREET, TOWN)) {
      assertThat(type.allowedParents()).as("%s", type).containsExactly(DISTRICT);
      assertThat(type.mayBeRoot()).isFalse();
      assertThat(type.mayBeChildOf(CITY)).as("%s under a city", type).isFalse();
      assertThat(type.mayBeChildOf(STREET)).as("%s under a street", type).isFalse();
      assertThat(type.mayBeChildOf(TOWN)).as("%s under a town", type).isFalse();
    }
  }

  @Test
  void aCommunityStandsUnderAStreetOrATown() {
    assertThat(COMMUNITY.allowedParents()).containsExactlyInAnyOrder(STREET, TOWN);
    assertThat(COMMUNITY.mayBeChildOf(STREET)).isTrue();
    assertThat(COMMUNITY.mayBeChildOf(TOWN)).isTrue();
  }

  @Test
  void aCommunityCannotStandUnderADistrictACityOrAnotherCommunity() {
    assertThat(COMMUNITY.mayBeChildOf(DISTRICT)).isFalse();
    assertThat(COMMUNITY.mayBeChildOf(CITY)).isFalse();
    assertThat(COMMUNITY.mayBeChildOf(COMMUNITY)).isFalse();
    assertThat(COMMUNITY.mayBeChildOf(DEPARTMENT)).isFalse();
    assertThat(COMMUNITY.mayBeRoot()).isFalse();
  }

  @Test
  void departmentsStandUnderEveryGovernmentLevelAndUnderOtherDepartments() {
    assertThat(DEPARTMENT.allowedParents())
        .containsExactlyInAnyOrder(CITY, DISTRICT, STREET, TOWN, DEPARTMENT);
    assertThat(DEPARTMENT.mayBeChildOf(DEPARTMENT)).isTrue();
  }

  @Test
  void departmentsDoNotStandUnderCommunitiesOrEnterprisesNorAtTheTop() {
    assertThat(DEPARTMENT.mayBeChildOf(COMMUNITY)).isFalse();
    assertThat(DEPARTMENT.mayBeChildOf(ENTERPRISE)).isFalse();
    assertThat(DEPARTMENT.mayBeRoot()).isFalse();
  }

  @Test
  void enterprisesStandOnlyUnderACityOrADistrict() {
    assertThat(ENTERPRISE.allowedParents()).containsExactlyInAnyOrder(CITY, DISTRICT);
    assertThat(ENTERPRISE.mayBeChildOf(STREET)).isFalse();
    assertThat(ENTERPRISE.mayBeChildOf(TOWN)).isFalse();
    assertThat(ENTERPRISE.mayBeChildOf(COMMUNITY)).isFalse();
    assertThat(ENTERPRISE.mayBeChildOf(DEPARTMENT)).isFalse();
    assertThat(ENTERPRISE.mayBeChildOf(ENTERPRISE)).isFalse();
    assertThat(ENTERPRISE.mayBeRoot()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(UnitType.class)
  void mayBeChildOfAgreesWithAllowedParentsForEveryPair(UnitType type) {
    for (UnitType parent : UnitType.values()) {
      assertThat(type.mayBeChildOf(parent))
          .as("%s under %s", type, parent)
          .isEqualTo(type.allowedParents().contains(parent));
    }
  }

  @Test
  void allowedParentsCannotBeChangedThroughTheReturnedSet() {
    DISTRICT.allowedParents().add(STREET);
    assertThat(DISTRICT.mayBeChildOf(STREET)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(UnitType.class)
  void theLabelKeyNamesTheType(UnitType type) {
    assertThat(type.labelKey()).isEqualTo("unit.type." + type.name());
  }
}
