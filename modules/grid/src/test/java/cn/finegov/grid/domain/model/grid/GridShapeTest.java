package cn.finegov.grid.domain.model.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.DomainException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GridShapeTest {

  private static final double R = 6_371_008.8;
  private static final double LAT = 30.25;
  private static final double LON = 120.15;

  /** The ring of a square of {@code metres} a side with its south-west corner at the offset. */
  private static String square(double metres, double eastOffset, double northOffset) {
    double dLat = Math.toDegrees(metres / R);
    double dLon = Math.toDegrees(metres / (R * Math.cos(Math.toRadians(LAT))));
    double west = LON + eastOffset * dLon;
    double south = LAT + northOffset * dLat;
    return String.format(
        Locale.ROOT,
        "[[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f]]",
        west,
        south,
        west + dLon,
        south,
        west + dLon,
        south + dLat,
        west,
        south + dLat,
        west,
        south);
  }

  private static GeoPoint at(double metresEast, double metresNorth) {
    return GeoPoint.of(
        LAT + Math.toDegrees(metresNorth / R),
        LON + Math.toDegrees(metresEast / (R * Math.cos(Math.toRadians(LAT)))));
  }

  @Test
  void aHundredMetreSquareIsTenThousandSquareMetresAndHoldsItsCentre() {
    GridShape shape =
        GridShape.parse("{\"type\":\"Polygon\",\"coordinates\":[" + square(100, 0, 0) + "]}");

    assertThat(shape.areaSquareMetres()).isCloseTo(10_000, within(50.0));
    assertThat(shape.contains(at(50, 50))).isTrue();
    assertThat(shape.contains(at(150, 50))).isFalse();
    assertThat(shape.contains(at(50, -1))).isFalse();
  }

  @Test
  void holesAreCutOutAndMultiPolygonsAddUp() {
    GridShape withHole =
        GridShape.parse(
            "{\"type\":\"Polygon\",\"coordinates\":["
                + square(100, 0, 0)
                + ","
                + square(20, 2, 2)
                + "]}");
    assertThat(withHole.areaSquareMetres()).isCloseTo(10_000 - 400, within(50.0));
    assertThat(withHole.contains(at(50, 50))).as("in the hole").isFalse();
    assertThat(withHole.contains(at(10, 10))).isTrue();

    GridShape two =
        GridShape.parse(
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPolygon\","
                + "\"coordinates\":[["
                + square(100, 0, 0)
                + "],["
                + square(100, 3, 0)
                + "]]}}");
    assertThat(two.polygonCount()).isEqualTo(2);
    assertThat(two.areaSquareMetres()).isCloseTo(20_000, within(100.0));
    assertThat(two.contains(at(350, 50))).isTrue();
    assertThat(two.contains(at(150, 50))).as("between the two").isFalse();
  }

  @Test
  void aPointStandingForTheShapeLiesInsideEvenWhereTheBoxCentreDoesNot() {
    // A U open to the north: the middle of its box is in the gap between the arms.
    GridShape u =
        GridShape.parse(
            "{\"type\":\"Polygon\",\"coordinates\":[[[120.0,30.0],[120.3,30.0],[120.3,30.3],"
                + "[120.2,30.3],[120.2,30.1],[120.1,30.1],[120.1,30.3],[120.0,30.3],[120.0,30.0]]]}");
    GeoPoint boxCentre = GeoPoint.of(30.15, 120.15);
    assertThat(u.contains(boxCentre)).isFalse();
    assertThat(u.contains(u.interiorPoint())).isTrue();

    // A square with a hole in its middle, where the box centre falls.
    GridShape ring =
        GridShape.parse(
            "{\"type\":\"Polygon\",\"coordinates\":["
                + square(300, 0, 0)
                + ","
                + square(100, 1, 1)
                + "]}");
    assertThat(ring.contains(at(150, 150))).isFalse();
    assertThat(ring.contains(ring.interiorPoint())).isTrue();

    // Two squares: the point is in the larger one; a line through a vertex is moved off it.
    GridShape two =
        GridShape.parse(
            "{\"type\":\"MultiPolygon\",\"coordinates\":[["
                + square(50, 10, 10)
                + "],["
                + square(200, 0, 0)
                + "]]}");
    GeoPoint inside = two.interiorPoint();
    assertThat(two.contains(inside)).isTrue();
    assertThat(inside.latitude()).isLessThan(at(0, 200).latitude());
    assertThat(inside.longitude()).isLessThan(at(200, 0).longitude());
    GridShape diamond =
        GridShape.parse(
            "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,30.0],[120.2,30.1],[120.1,30.2],"
                + "[120.0,30.1],[120.1,30.0]]]}");
    assertThat(diamond.contains(diamond.interiorPoint())).isTrue();
  }

  @Test
  void theShapeWritesBackAsGeoJsonThatReadsTheSame() {
    GridShape shape =
        GridShape.parse("{\"type\":\"Polygon\",\"coordinates\":[" + square(80, 0, 0) + "]}");

    GridShape again = GridShape.parse(shape.toGeoJson());

    assertThat(shape.toGeoJson()).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[");
    assertThat(again.areaSquareMetres()).isEqualTo(shape.areaSquareMetres());
  }

  @Test
  void badOutlinesAreRefusedWithTheReason() {
    refused("not json", "grid.shape.json");
    refused("{\"type\":\"Point\",\"coordinates\":[120.1,30.2]}", "grid.shape.type");
    refused(
        "{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120.1,30],[120,30]]]}",
        "grid.shape.ring-short");
    refused(
        "{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120.1,30],[120.1,30.1],[120,30.1]]]}",
        "grid.shape.ring-open");
    refused(
        "{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[190,30],[120.1,30.1],[120,30]]]}",
        "grid.shape.coordinate");
    // a bow tie: the edges cross in the middle
    refused(
        "{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120.1,30.1],[120.1,30],[120,30.1],[120,30]]]}",
        "grid.shape.self-intersecting");
  }

  private static void refused(String json, String key) {
    assertThatThrownBy(() -> GridShape.parse(json))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
  }
}
