package cn.finegov.grid.domain.model.gridcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.kernel.api.error.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Distances, the duplicate and recurrence rule, case numbers and deadline lights. */
class PlaceAndNumberTest {

  private static final GeoPoint WEST_LAKE = GeoPoint.of(30.2431, 120.1500);
  private static final CategoryCode PARKING = CategoryCode.parse("E0401");
  private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

  /** A point {@code metres} north of {@code from}. */
  private static GeoPoint north(GeoPoint from, double metres) {
    return GeoPoint.of(
        from.latitude() + Math.toDegrees(metres / GeoPoint.EARTH_RADIUS_M), from.longitude());
  }

  @Test
  void distancesAreGreatCircleMetres() {
    assertThat(WEST_LAKE.distanceTo(WEST_LAKE)).isZero();
    assertThat(WEST_LAKE.distanceTo(north(WEST_LAKE, 50))).isCloseTo(50, within(0.01));
    // one thousandth of a degree of longitude at 30.2431° N: 111,195 m × cos(30.2431°) / 1000
    assertThat(WEST_LAKE.distanceTo(GeoPoint.of(30.2431, 120.1510))).isCloseTo(96.07, within(0.05));
    // Hangzhou to Beijing (Tian'anmen), about 1,125 km
    assertThat(WEST_LAKE.distanceTo(GeoPoint.of(39.9087, 116.3975)) / 1000)
        .isCloseTo(1125, within(10.0));
  }

  @Test
  void theSearchBoxHoldsEveryPointOfTheRadius() {
    GeoPoint.BoundingBox box = WEST_LAKE.around(50);
    GeoPoint n = north(WEST_LAKE, 50);
    assertThat(n.latitude()).isBetween(box.minLatitude(), box.maxLatitude() + 1e-12);
    double eastEdge = box.maxLongitude();
    assertThat(WEST_LAKE.distanceTo(GeoPoint.of(WEST_LAKE.latitude(), eastEdge)))
        .isCloseTo(50, within(0.01));
  }

  @Test
  void aPlaceLiesInTheThousandthOfADegreeOfLatitudeBelowIt() {
    assertThat(WEST_LAKE.latitudeBand()).isEqualTo(30243);
    assertThat(GeoPoint.of(30.243, 120.15).latitudeBand()).isEqualTo(30243);
    assertThat(GeoPoint.of(30.2429999, 120.15).latitudeBand()).isEqualTo(30242);
    // South of the equator the band is still the one below: floor, not truncation.
    assertThat(GeoPoint.of(-33.8688, 151.2093).latitudeBand()).isEqualTo(-33869);
  }

  @Test
  void theBoxNamesEveryBandItsPointsLieInAndHoldsItsEdges() {
    GeoPoint.BoundingBox inOne = GeoPoint.of(30.2435, 120.15).around(50);
    assertThat(inOne.latitudeBands()).containsExactly(30243);
    // 30.2431 ± 0.00045: from band 30242 to 30243.
    GeoPoint.BoundingBox acrossTwo = WEST_LAKE.around(50);
    assertThat(acrossTwo.latitudeBands()).containsExactly(30242, 30243);
    for (GeoPoint point :
        new GeoPoint[] {north(WEST_LAKE, 49.9), north(WEST_LAKE, -49.9), WEST_LAKE}) {
      assertThat(acrossTwo.holds(point)).isTrue();
      assertThat(acrossTwo.latitudeBands()).contains(point.latitudeBand());
    }
    assertThat(acrossTwo.holds(north(WEST_LAKE, 51))).isFalse();
    assertThat(acrossTwo.holds(GeoPoint.of(WEST_LAKE.latitude(), acrossTwo.maxLongitude())))
        .isTrue();
    assertThat(acrossTwo.holds(GeoPoint.of(WEST_LAKE.latitude(), acrossTwo.maxLongitude() + 1e-6)))
        .isFalse();
    // The largest radius the settings allow, 5 km: about 90 bands, none missing.
    List<Integer> wide = WEST_LAKE.around(5_000).latitudeBands();
    assertThat(wide).hasSize(91).isSorted();
    assertThat(wide.get(wide.size() - 1) - wide.get(0)).isEqualTo(90);
  }

  @Test
  void impossiblePlacesAreRefused() {
    for (double[] bad : new double[][] {{91, 0}, {0, 181}, {0, 0}, {Double.NaN, 1}}) {
      assertThatThrownBy(() -> GeoPoint.of(bad[0], bad[1]))
          .isInstanceOf(DomainException.class)
          .hasMessageContaining("grid.point.invalid");
    }
  }

  private static DuplicateRule.Candidate open(String number, GeoPoint at, Instant reported) {
    return new DuplicateRule.Candidate(number, PARKING, at, reported, CaseState.DISPATCHED, null);
  }

  @Test
  void anOpenCaseOfTheSameCategoryWithinRadiusAndWindowIsTheDuplicate() {
    DuplicateRule rule = DuplicateRule.DEFAULT;
    var near = open("A", north(WEST_LAKE, 49.9), NOW.minus(Duration.ofDays(6)));
    var nearer = open("B", north(WEST_LAKE, 20), NOW.minus(Duration.ofDays(1)));
    var tooFar = open("C", north(WEST_LAKE, 50.1), NOW.minus(Duration.ofHours(1)));
    var tooOld = open("D", north(WEST_LAKE, 1), NOW.minus(Duration.ofDays(7)).minusSeconds(1));
    var otherCategory =
        new DuplicateRule.Candidate(
            "E", CategoryCode.parse("E0402"), WEST_LAKE, NOW, CaseState.FILED, null);
    var closed = new DuplicateRule.Candidate("F", PARKING, WEST_LAKE, NOW, CaseState.CLOSED, NOW);

    assertThat(rule.duplicateOf(PARKING, WEST_LAKE, NOW, List.of(near, nearer, tooFar)))
        .map(DuplicateRule.Candidate::caseNumber)
        .contains("B");
    assertThat(rule.duplicateOf(PARKING, WEST_LAKE, NOW, List.of(near))).isPresent();
    assertThat(rule.duplicateOf(PARKING, WEST_LAKE, NOW, List.of(tooFar, tooOld, otherCategory)))
        .isEmpty();
    assertThat(rule.duplicateOf(PARKING, WEST_LAKE, NOW, List.of(closed))).isEmpty();
  }

  @Test
  void aCaseClosedAtThePlaceWithinTheRecurrenceWindowMarksARecurrence() {
    DuplicateRule rule = new DuplicateRule(50, Duration.ofDays(7), Duration.ofDays(30));
    var closedRecently =
        new DuplicateRule.Candidate(
            "G",
            PARKING,
            WEST_LAKE,
            NOW.minus(Duration.ofDays(40)),
            CaseState.CLOSED,
            NOW.minus(Duration.ofDays(29)));
    var closedLongAgo =
        new DuplicateRule.Candidate(
            "H",
            PARKING,
            WEST_LAKE,
            NOW.minus(Duration.ofDays(90)),
            CaseState.CLOSED,
            NOW.minus(Duration.ofDays(31)));

    assertThat(rule.recurrenceOf(PARKING, WEST_LAKE, NOW, List.of(closedRecently, closedLongAgo)))
        .map(DuplicateRule.Candidate::caseNumber)
        .contains("G");
    assertThat(rule.recurrenceOf(PARKING, WEST_LAKE, NOW, List.of(closedLongAgo))).isEmpty();
  }

  @Test
  void rulesOutsideSaneBoundsAreRefused() {
    assertThatThrownBy(() -> new DuplicateRule(0, Duration.ofDays(7), Duration.ofDays(30)))
        .hasMessageContaining("grid.duplicate.radius");
    assertThatThrownBy(() -> new DuplicateRule(50, Duration.ZERO, Duration.ofDays(30)))
        .hasMessageContaining("grid.duplicate.window");
    assertThatThrownBy(() -> new DuplicateRule(50, Duration.ofDays(7), Duration.ofDays(-1)))
        .hasMessageContaining("grid.duplicate.recurrence");
  }

  @Test
  void caseNumbersAreDistrictYearAndSequence() {
    CaseNumber number = CaseNumber.of("330106", 2026, 123);

    assertThat(number.value()).isEqualTo("330106-2026-000123");
    assertThat(number.districtCode()).isEqualTo("330106");
    assertThat(number.year()).isEqualTo(2026);
    assertThat(number.sequence()).isEqualTo(123);
    assertThat(CaseNumber.parse(" 330106-2026-000123 ")).isEqualTo(number);
    assertThat(CaseNumber.of("330106", 2026, 1_234_567).value()).isEqualTo("330106-2026-1234567");
    assertThatThrownBy(() -> CaseNumber.parse("330106-26-000123"))
        .hasMessageContaining("grid.case.number");
    assertThatThrownBy(() -> CaseNumber.of("000000", 2026, 1))
        .hasMessageContaining("grid.case.number");
    assertThatThrownBy(() -> CaseNumber.of("330106", 2026, 0))
        .hasMessageContaining("grid.case.number");
    assertThat(CaseNumber.isWhole("330106-2026-000123")).isTrue();
    assertThat(CaseNumber.isWhole("330106-2026-1234567")).isTrue();
    assertThat(CaseNumber.isWhole("2026-000123")).as("a part: searched as contained").isFalse();
    assertThat(CaseNumber.isWhole("330106-2026-000123%")).isFalse();
    assertThat(CaseNumber.isWhole(null)).isFalse();
  }

  @Test
  void theLightIsYellowFromEightyPercentAndRedOnceOverdue() {
    assertThat(DeadlineLight.of(0, 60, DeadlineLight.DEFAULT_WARN_AT))
        .isEqualTo(DeadlineLight.GREEN);
    assertThat(DeadlineLight.of(47, 60, 0.8)).isEqualTo(DeadlineLight.GREEN);
    assertThat(DeadlineLight.of(48, 60, 0.8)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(DeadlineLight.of(60, 60, 0.8)).isEqualTo(DeadlineLight.YELLOW);
    assertThat(DeadlineLight.of(61, 60, 0.8)).isEqualTo(DeadlineLight.RED);
    assertThat(DeadlineLight.of(50, 60, 0.9)).isEqualTo(DeadlineLight.GREEN);
    assertThatThrownBy(() -> DeadlineLight.of(1, 60, 1.0)).hasMessageContaining("grid.light");
  }
}
