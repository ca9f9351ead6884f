package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A place as WGS84 latitude and longitude in degrees (what phones and Open311 send). Distances are
 * great-circle distances on a sphere of the Earth's mean radius, exact to well under a metre over
 * the few hundred metres a duplicate search looks at.
 */
@Embeddable
public class GeoPoint implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Mean radius of the Earth (IUGG), in metres. */
  static final double EARTH_RADIUS_M = 6_371_008.8;

  /** Bands of latitude per degree: a band is 0.001° high, about 111 m. */
  public static final int BANDS_PER_DEGREE = 1_000;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  protected GeoPoint() {}

  private GeoPoint(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * A point; latitude within ±90, longitude within ±180, and not the null island (0, 0) a phone
   * without a fix sends.
   *
   * @throws DomainException {@code INVALID}, key {@code grid.point.invalid}
   */
  public static GeoPoint of(double latitude, double longitude) {
    if (!Double.isFinite(latitude)
        || !Double.isFinite(longitude)
        || Math.abs(latitude) > 90
        || Math.abs(longitude) > 180
        || (latitude == 0 && longitude == 0)) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.point.invalid", latitude, longitude);
    }
    return new GeoPoint(latitude, longitude);
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }

  /**
   * The band of latitude the point lies in, {@code floor(latitude × 1000)}: with the longitude,
   * what an index of places narrows a box down by (a box 100 m high spans one or two bands, where
   * the latitude alone would leave a strip across the whole city to search).
   */
  public int latitudeBand() {
    return band(latitude);
  }

  private static int band(double latitude) {
    return (int) Math.floor(latitude * BANDS_PER_DEGREE);
  }

  /** Great-circle distance to {@code other}, in metres (haversine formula). */
  public double distanceTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * A box around this point that contains every point within {@code metres}: what an index can
   * search before the exact distance is checked.
   */
  public BoundingBox around(double metres) {
    double dLat = Math.toDegrees(metres / EARTH_RADIUS_M);
    double cos = Math.cos(Math.toRadians(latitude));
    double dLon = cos < 1e-9 ? 180 : Math.min(180, Math.toDegrees(metres / (EARTH_RADIUS_M * cos)));
    return new BoundingBox(
        Math.max(-90, latitude - dLat),
        Math.min(90, latitude + dLat),
        longitude - dLon,
        longitude + dLon);
  }

  /** Latitude and longitude bounds in degrees (longitudes may pass ±180 near the date line). */
  public record BoundingBox(
      double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    /** The {@linkplain GeoPoint#latitudeBand() bands} of the points inside, lowest first. */
    public List<Integer> latitudeBands() {
      return IntStream.rangeClosed(band(minLatitude), band(maxLatitude)).boxed().toList();
    }

    /** Whether the point lies inside (bounds included). */
    public boolean holds(GeoPoint point) {
      return point.latitude >= minLatitude
          && point.latitude <= maxLatitude
          && point.longitude >= minLongitude
          && point.longitude <= maxLongitude;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeoPoint point
        && Double.compare(point.latitude, latitude) == 0
        && Double.compare(point.longitude, longitude) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
  }

  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
