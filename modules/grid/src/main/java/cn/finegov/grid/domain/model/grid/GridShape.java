package cn.finegov.grid.domain.model.grid;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a grid: a GeoJSON Polygon or MultiPolygon (RFC 7946, WGS84 longitude/latitude,
 * outer ring then holes), checked when read: closed rings of at least four positions, coordinates
 * in range, outer rings that do not cross themselves, at most {@value #MAX_POSITIONS} positions.
 * Gives the area on the sphere and tells whether a point lies inside (which unit grid a case is
 * in).
 */
public final class GridShape {

  /** Most positions a shape may have (a unit grid of ~10,000 m² needs a few dozen). */
  public static final int MAX_POSITIONS = 20_000;

  private static final double EARTH_RADIUS_M = 6_371_008.8;

  /** Polygons; each is a list of rings, each ring a list of [longitude, latitude] pairs. */
  private final List<List<double[][]>> polygons;

  private GridShape(List<List<double[][]>> polygons) {
    this.polygons = polygons;
  }

  /**
   * Reads a geometry, or a Feature holding one, from GeoJSON text.
   *
   * @throws DomainException {@code INVALID} with a key {@code grid.shape.*} saying what is wrong
   */
  public static GridShape parse(String geoJson) {
    JsonObject object;
    try (JsonReader reader = JsonTexts.reader(new StringReader(geoJson == null ? "" : geoJson))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw invalid("grid.shape.json");
    }
    if ("Feature".equals(object.getString("type", null))) {
      JsonValue geometry = object.get("geometry");
      if (geometry == null || geometry.getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid("grid.shape.type", "Feature");
      }
      object = geometry.asJsonObject();
    }
    String type = object.getString("type", "");
    JsonValue coordinates = object.get("coordinates");
    if (coordinates == null || coordinates.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid("grid.shape.type", type);
    }
    List<List<double[][]>> polygons = new ArrayList<>();
    int[] positions = {0};
    switch (type) {
      case "Polygon" -> polygons.add(polygon(coordinates.asJsonArray(), positions));
      case "MultiPolygon" -> {
        for (JsonValue polygon : coordinates.asJsonArray()) {
          polygons.add(polygon(array(polygon), positions));
        }
        if (polygons.isEmpty()) {
          throw invalid("grid.shape.ring-short", 0);
        }
      }
      default -> throw invalid("grid.shape.type", type);
    }
    return new GridShape(List.copyOf(polygons));
  }

  private static List<double[][]> polygon(JsonArray rings, int[] positions) {
    if (rings.isEmpty()) {
      throw invalid("grid.shape.ring-short", 0);
    }
    List<double[][]> read = new ArrayList<>();
    for (JsonValue ring : rings) {
      read.add(ring(array(ring), positions));
    }
    if (crossesItself(read.get(0))) {
      throw invalid("grid.shape.self-intersecting");
    }
    return List.copyOf(read);
  }

  private static double[][] ring(JsonArray positions, int[] count) {
    if (positions.size() < 4) {
      throw invalid("grid.shape.ring-short", positions.size());
    }
    count[0] += positions.size();
    if (count[0] > MAX_POSITIONS) {
      throw invalid("grid.shape.too-large", MAX_POSITIONS);
    }
    double[][] ring = new double[positions.size()][];
    for (int i = 0; i < positions.size(); i++) {
      JsonArray position = array(positions.get(i));
      if (position.size() < 2
          || position.get(0).getValueType() != JsonValue.ValueType.NUMBER
          || position.get(1).getValueType() != JsonValue.ValueType.NUMBER) {
        throw invalid("grid.shape.coordinate", position.toString());
      }
      double longitude = ((JsonNumber) position.get(0)).doubleValue();
      double latitude = ((JsonNumber) position.get(1)).doubleValue();
      if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
        throw invalid("grid.shape.coordinate", position.toString());
      }
      ring[i] = new double[] {longitude, latitude};
    }
    double[] first = ring[0];
    double[] last = ring[ring.length - 1];
    if (first[0] != last[0] || first[1] != last[1]) {
      throw invalid("grid.shape.ring-open");
    }
    return ring;
  }

  private static JsonArray array(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid("grid.shape.coordinate", value.toString());
    }
    return value.asJsonArray();
  }

  /** Whether two edges that are not neighbours meet (the ring is closed: last = first). */
  private static boolean crossesItself(double[][] ring) {
    int edges = ring.length - 1;
    for (int i = 0; i < edges; i++) {
      for (int j = i + 2; j < edges; j++) {
        if (i == 0 && j == edges - 1) {
          continue; // the first and the last edge share the closing position
        }
        if (intersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean intersect(double[] a, double[] b, double[] c, double[] d) {
    double d1 = cross(c, d, a);
    double d2 = cross(c, d, b);
    double d3 = cross(a, b, c);
    double d4 = cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
      return true;
    }
    return (d1 == 0 && onSegment(c, d, a))
        || (d2 == 0 && onSegment(c, d, b))
        || (d3 == 0 && onSegment(a, b, c))
        || (d4 == 0 && onSegment(a, b, d));
  }

  private static double cross(double[] o, double[] p, double[] q) {
    return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  }

  private static boolean onSegment(double[] p, double[] q, double[] r) {
    return Math.min(p[0], q[0]) <= r[0]
        && r[0] <= Math.max(p[0], q[0])
        && Math.min(p[1], q[1]) <= r[1]
        && r[1] <= Math.max(p[1], q[1]);
  }

  private static DomainException invalid(String key, Object... arguments) {
    return new DomainException(DomainException.Kind.INVALID, key, arguments);
  }

  /** The area in square metres on a sphere of the Earth's mean radius (holes subtracted). */
  public double areaSquareMetres() {
    double total = 0;
    for (List<double[][]> polygon : polygons) {
      total += ringArea(polygon.get(0));
      for (int hole = 1; hole < polygon.size(); hole++) {
        total -= ringArea(polygon.get(hole));
      }
    }
    return Math.max(0, total);
  }

  /** Area of one ring on the sphere (the spherical-excess sum over its edges). */
  private static double ringArea(double[][] ring) {
    double sum = 0;
    for (int i = 0; i < ring.length - 1; i++) {
      double lon1 = Math.toRadians(ring[i][0]);
      double lon2 = Math.toRadians(ring[i + 1][0]);
      double lat1 = Math.toRadians(ring[i][1]);
      double lat2 = Math.toRadians(ring[i + 1][1]);
      sum += (lon2 - lon1) * (2 + Math.sin(lat1) + Math.sin(lat2));
    }
    return Math.abs(sum * EARTH_RADIUS_M * EARTH_RADIUS_M / 2);
  }

  /** Whether the point lies inside the shape (in an outer ring and in none of its holes). */
  public boolean contains(GeoPoint point) {
    for (List<double[][]> polygon : polygons) {
      if (inside(polygon.get(0), point)) {
        boolean inHole = false;
        for (int hole = 1; hole < polygon.size() && !inHole; hole++) {
          inHole = inside(polygon.get(hole), point);
        }
        if (!inHole) {
          return true;
        }
      }
    }
    return false;
  }

  /** Even-odd rule with a ray towards growing longitude. */
  private static boolean inside(double[][] ring, GeoPoint point) {
    double x = point.longitude();
    double y = point.latitude();
    boolean in = false;
    for (int i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
      double xi = ring[i][0];
      double yi = ring[i][1];
      double xj = ring[j][0];
      double yj = ring[j][1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        in = !in;
      }
    }
    return in;
  }

  /** The shape as GeoJSON geometry text (Polygon for one polygon, else MultiPolygon). */
  public String toGeoJson() {
    JsonArrayBuilder all = JsonTexts.array();
    for (List<double[][]> polygon : polygons) {
      JsonArrayBuilder rings = JsonTexts.array();
      for (double[][] ring : polygon) {
        JsonArrayBuilder positions = JsonTexts.array();
        for (double[] position : ring) {
          positions.add(JsonTexts.array().add(position[0]).add(position[1]));
        }
        rings.add(positions);
      }
      all.add(rings);
    }
    JsonArray built = all.build();
    return JsonTexts.object()
        .add("type", polygons.size() == 1 ? "Polygon" : "MultiPolygon")
        .add("coordinates", polygons.size() == 1 ? built.get(0) : built)
        .build()
        .toString();
  }

  /**
   * The smallest latitude/longitude box holding every outer ring: what an index searches before
   * {@link #contains} decides.
   */
  public GeoPoint.BoundingBox bounds() {
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    for (List<double[][]> polygon : polygons) {
      for (double[] position : polygon.get(0)) {
        minLon = Math.min(minLon, position[0]);
        maxLon = Math.max(maxLon, position[0]);
        minLat = Math.min(minLat, position[1]);
        maxLat = Math.max(maxLat, position[1]);
      }
    }
    return new GeoPoint.BoundingBox(minLat, maxLat, minLon, maxLon);
  }

  /**
   * A point certainly inside the shape, to stand for it where only the grid is known (a report that
   * names a unit grid without coordinates). The box centre of a concave or holed outline may lie
   * outside it, so the largest polygon is cut by the line of latitude through the middle of its box
   * and the middle of the widest stretch inside is taken.
   */
  public GeoPoint interiorPoint() {
    List<double[][]> largest = polygons.get(0);
    double largestArea = -1;
    for (List<double[][]> polygon : polygons) {
      double area = ringArea(polygon.get(0));
      if (area > largestArea) {
        largestArea = area;
        largest = polygon;
      }
    }
    double minLat = 90;
    double maxLat = -90;
    for (double[] position : largest.get(0)) {
      minLat = Math.min(minLat, position[1]);
      maxLat = Math.max(maxLat, position[1]);
    }
    double latitude = (minLat + maxLat) / 2;
    // A line through a vertex counts the vertex once per edge: move it off every vertex.
    for (boolean onVertex = true; onVertex; ) {
      onVertex = false;
      for (double[][] ring : largest) {
        for (double[] position : ring) {
          if (position[1] == latitude) {
            latitude = Math.nextUp(latitude + (maxLat - minLat) * 1e-9);
            onVertex = true;
          }
        }
      }
    }
    List<Double> crossings = new ArrayList<>();
    for (double[][] ring : largest) {
      for (int i = 0; i < ring.length - 1; i++) {
        double[] a = ring[i];
        double[] b = ring[i + 1];
        if ((a[1] > latitude) != (b[1] > latitude)) {
          crossings.add(a[0] + (latitude - a[1]) * (b[0] - a[0]) / (b[1] - a[1]));
        }
      }
    }
    crossings.sort(null);
    double bestWidth = -1;
    double longitude = largest.get(0)[0][0];
    for (int i = 0; i + 1 < crossings.size(); i += 2) {
      double width = crossings.get(i + 1) - crossings.get(i);
      if (width > bestWidth) {
        bestWidth = width;
        longitude = (crossings.get(i) + crossings.get(i + 1)) / 2;
      }
    }
    return GeoPoint.of(latitude, longitude);
  }

  /** Number of polygons. */
  public int polygonCount() {
    return polygons.size();
  }
}
