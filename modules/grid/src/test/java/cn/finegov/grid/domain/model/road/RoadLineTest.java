package cn.finegov.grid.domain.model.road;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.DomainException;
import org.junit.jupiter.api.Test;

class RoadLineTest {

  private static final String LINE =
      "{\"type\":\"LineString\",\"coordinates\":[[120.1400,30.2760],[120.1500,30.2760]]}";

  @Test
  void aLineStringGivesItsLengthOnTheSphere() {
    RoadLine line = RoadLine.parse(LINE);

    // 0.01 degrees of longitude at 30.276° N: 6,371,008.8 m × cos(30.276°) × 0.01 × π/180.
    assertThat(line.length()).isCloseTo(960.6, within(0.5));
    assertThat(line.positions()).hasSize(2);
    assertThat(RoadLine.parse(line.toGeoJson()).positions()).isEqualTo(line.positions());
  }

  @Test
  void aFeatureHoldingALineIsRead() {
    RoadLine line =
        RoadLine.parse("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + LINE + "}");

    assertThat(line.positions()).hasSize(2);
  }

  @Test
  void theDistanceToTheLineIsMeasuredToTheNearestPiece() {
    RoadLine line = RoadLine.parse(LINE);

    // 0.001° of latitude north of the middle: 111.2 m.
    assertThat(line.distanceTo(GeoPoint.of(30.2770, 120.1450))).isCloseTo(111.2, within(0.5));
    // On the line.
    assertThat(line.distanceTo(GeoPoint.of(30.2760, 120.1420))).isLessThan(0.5);
    // Beyond the east end: the distance to the end point.
    GeoPoint east = GeoPoint.of(30.2760, 120.1510);
    assertThat(line.distanceTo(east))
        .isCloseTo(east.distanceTo(GeoPoint.of(30.2760, 120.1500)), within(0.5));
  }

  @Test
  void badLinesAreRefusedWithTheirReason() {
    assertRefused("not json", "grid.road.line.json");
    assertRefused("{\"type\":\"Point\",\"coordinates\":[120.1,30.2]}", "grid.road.line.type");
    assertRefused(
        "{\"type\":\"LineString\",\"coordinates\":[[120.1,30.2]]}", "grid.road.line.short");
    assertRefused(
        "{\"type\":\"LineString\",\"coordinates\":[[120.1,30.2],[120.1,30.2]]}",
        "grid.road.line.one-place");
    assertRefused(
        "{\"type\":\"LineString\",\"coordinates\":[[120.1,30.2],[200.0,30.2]]}",
        "grid.road.line.coordinate");
    assertRefused(
        "{\"type\":\"LineString\",\"coordinates\":[[120.1,30.2],[120.2,95]]}",
        "grid.road.line.coordinate");
    assertRefused(
        "{\"type\":\"LineString\",\"coordinates\":[[120.1,30.2],[\"a\",30.3]]}",
        "grid.road.line.coordinate");
    StringBuilder many = new StringBuilder("{\"type\":\"LineString\",\"coordinates\":[");
    for (int i = 0; i <= RoadLine.MAX_POSITIONS; i++) {
      many.append(i == 0 ? "" : ",").append("[120.1,").append(30 + i * 1e-5).append(']');
    }
    assertRefused(many.append("]}").toString(), "grid.road.line.too-long");
  }

  private static void assertRefused(String json, String key) {
    assertThatThrownBy(() -> RoadLine.parse(json))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).messageKey())
        .isEqualTo(key);
  }
}
