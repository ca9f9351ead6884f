package cn.finegov.grid.domain.model.road;

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
 * The course of a road segment: a GeoJSON LineString (or a Feature holding one) of WGS84 positions
 * {@code [longitude, latitude]}, at least 2 distinct positions and at most {@link #MAX_POSITIONS}.
 * Gives its length on the sphere and the distance of a place from it (for the patrol rule).
 */
public final class RoadLine {

  /** Most positions a segment may have. */
  public static final int MAX_POSITIONS = 5000;

  private final List<GeoPoint> positions;

  private RoadLine(List<GeoPoint> positions) {
    this.positions = List.copyOf(positions);
  }

  /**
   * Reads a line.
   *
   * @throws DomainException {@code INVALID}, keys {@code grid.road.line.*}
   */
  public static RoadLine parse(String geoJson) {
    JsonObject object;
    try (JsonReader reader = JsonTexts.reader(new StringReader(geoJson == null ? "" : geoJson))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.road.line.json");
    }
    if ("Feature".equals(text(object, "type"))) {
      JsonValue geometry = object.get("geometry");
      if (geometry == null || geometry.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new DomainException(DomainException.Kind.INVALID, "grid.road.line.type", "Feature");
      }
      object = geometry.asJsonObject();
    }
    String type = text(object, "type");
    if (!"LineString".equals(type)) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.road.line.type", type == null ? "" : type);
    }
    JsonValue coordinates = object.get("coordinates");
    if (coordinates == null || coordinates.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.road.line.short", 0);
    }
    JsonArray array = coordinates.asJsonArray();
    if (array.size() > MAX_POSITIONS) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.road.line.too-long", MAX_POSITIONS);
    }
    List<GeoPoint> points = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      points.add(position(array.get(i), i + 1));
    }
    return of(points);
  }

  /** A line through these places. */
  public static RoadLine of(List<GeoPoint> points) {
    if (points.size() < 2) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.road.line.short", points.size());
    }
    if (points.size() > MAX_POSITIONS) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.road.line.too-long", MAX_POSITIONS);
    }
    if (points.stream().distinct().count() < 2) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.road.line.one-place");
    }
    return new RoadLine(points);
  }

  private static GeoPoint position(JsonValue value, int number) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY
        || value.asJsonArray().size() < 2
        || value.asJsonArray().get(0).getValueType() != JsonValue.ValueType.NUMBER
        || value.asJsonArray().get(1).getValueType() != JsonValue.ValueType.NUMBER) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.road.line.coordinate", number);
    }
    double longitude = ((JsonNumber) value.asJsonArray().get(0)).doubleValue();
    double latitude = ((JsonNumber) value.asJsonArray().get(1)).doubleValue();
    if (!Double.isFinite(latitude)
        || !Double.isFinite(longitude)
        || Math.abs(latitude) > 90
        || Math.abs(longitude) > 180
        || (latitude == 0 && longitude == 0)) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.road.line.coordinate", number);
    }
    return GeoPoint.of(latitude, longitude);
  }

  private static String text(JsonObject object, String key) {
    JsonValue value = object.get(key);
    return value != null && value.getValueType() == JsonValue.ValueType.STRING
        ? object.getString(key)
        : null;
  }

  public List<GeoPoint> positions() {
    return positions;
  }

  /** Length along the line on the sphere, in metres. */
  public double length() {
    double total = 0;
    for (int i = 1; i < positions.size(); i++) {
      total += positions.get(i - 1).distanceTo(positions.get(i));
    }
    return total;
  }

  /**
   * Shortest distance from {@code point} to the line, in metres: for each piece, the nearest point
   * is found in a plane tangent at {@code point} (east and north metres; exact to well under a
   * metre over the few kilometres of a road segment), then measured on the sphere.
   */
  public double distanceTo(GeoPoint point) {
    double best = Double.MAX_VALUE;
    double cos = Math.cos(Math.toRadians(point.latitude()));
    for (int i = 1; i < positions.size(); i++) {
      GeoPoint a = positions.get(i - 1);
      GeoPoint b = positions.get(i);
      double ax = (a.longitude() - point.longitude()) * cos;
      double ay = a.latitude() - point.latitude();
      double bx = (b.longitude() - point.longitude()) * cos;
      double by = b.latitude() - point.latitude();
      double dx = bx - ax;
      double dy = by - ay;
      double squared = dx * dx + dy * dy;
      double t = squared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / squared));
      GeoPoint nearest =
          GeoPoint.of(
              a.latitude() + t * (b.latitude() - a.latitude()),
              a.longitude() + t * (b.longitude() - a.longitude()));
      best = Math.min(best, point.distanceTo(nearest));
    }
    return best;
  }

  /** The smallest box holding the line: minimum and maximum latitude, then longitude. */
  public double[] box() {
    double[] box = {90, -90, 180, -180};
    for (GeoPoint p : positions) {
      box[0] = Math.min(box[0], p.latitude());
      box[1] = Math.max(box[1], p.latitude());
      box[2] = Math.min(box[2], p.longitude());
      box[3] = Math.max(box[3], p.longitude());
    }
    return box;
  }

  /** The line as a GeoJSON LineString. */
  public String toGeoJson() {
    JsonArrayBuilder coordinates = JsonTexts.array();
    for (GeoPoint p : positions) {
      coordinates.add(JsonTexts.array().add(p.longitude()).add(p.latitude()));
    }
    return JsonTexts.object()
        .add("type", "LineString")
        .add("coordinates", coordinates)
        .build()
        .toString();
  }
}
