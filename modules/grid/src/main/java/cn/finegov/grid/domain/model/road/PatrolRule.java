package cn.finegov.grid.domain.model.road;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a patrol's places and times must satisfy.
 *
 * <ul>
 *   <li>Every place (the start and each track point) lies within {@link #maxDistanceMetres} of the
 *       segment's line (default 300 m: GPS error in a street canyon plus the pavements and
 *       side-lanes a chief walks), measured as the shortest distance to the line.
 *   <li>Times run forward: each track point is strictly later than the one before it (the last one
 *       stored, or else the start), and no time lies more than {@link #CLOCK_SKEW} ahead of the
 *       server's clock (a phone's clock may run a little fast; one far ahead is wrong).
 *   <li>A batch holds 1 to {@link #MAX_BATCH} points; any bad point refuses the whole batch, and
 *       the refusal names the first bad point (1-based) so the app can drop or fix it and resend.
 *   <li>A patrol open longer than {@link #maxOpenHours} (default 12 h) is stale: it is closed
 *       automatically, marked as such, at its last point (or its start when it has none).
 * </ul>
 */
public record PatrolRule(int maxDistanceMetres, int maxOpenHours) {

  public static final int DEFAULT_DISTANCE_METRES = 300;
  public static final int DEFAULT_OPEN_HOURS = 12;
  public static final int MAX_BATCH = 1000;
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  public static final PatrolRule DEFAULT =
      new PatrolRule(DEFAULT_DISTANCE_METRES, DEFAULT_OPEN_HOURS);

  public PatrolRule {
    if (maxDistanceMetres < 1 || maxOpenHours < 1) {
      throw new IllegalArgumentException("distance and hours must be positive");
    }
  }

  /**
   * Checks the start of a patrol.
   *
   * @throws DomainException {@code INVALID}: {@code grid.patrol.future}, {@code grid.patrol.far}
   */
  public void checkStart(RoadLine line, TrackPoint start, Instant now) {
    if (start.at().isAfter(now.plus(CLOCK_SKEW))) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.patrol.future", 0);
    }
    if (start.at().isBefore(now.minus(Duration.ofHours(maxOpenHours)))) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.patrol.start-old", maxOpenHours);
    }
    double distance = line.distanceTo(start.place());
    if (distance > maxDistanceMetres) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "grid.patrol.far",
          0,
          Math.round(distance),
          maxDistanceMetres);
    }
  }

  /**
   * Checks a batch of track points sent after {@code after} (the last point stored, or the start).
   *
   * @throws DomainException {@code INVALID}: {@code grid.patrol.batch}, {@code grid.patrol.order},
   *     {@code grid.patrol.future}, {@code grid.patrol.far}
   */
  public void checkPoints(RoadLine line, Instant after, List<TrackPoint> points, Instant now) {
    if (points.isEmpty() || points.size() > MAX_BATCH) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.patrol.batch", MAX_BATCH);
    }
    Instant previous = after;
    Instant latest = now.plus(CLOCK_SKEW);
    for (int i = 0; i < points.size(); i++) {
      TrackPoint point = points.get(i);
      if (!point.at().isAfter(previous)) {
        throw new DomainException(DomainException.Kind.INVALID, "grid.patrol.order", i + 1);
      }
      if (point.at().isAfter(latest)) {
        throw new DomainException(DomainException.Kind.INVALID, "grid.patrol.future", i + 1);
      }
      double distance = line.distanceTo(point.place());
      if (distance > maxDistanceMetres) {
        throw new DomainException(
            DomainException.Kind.INVALID,
            "grid.patrol.far",
            i + 1,
            Math.round(distance),
            maxDistanceMetres);
      }
      previous = point.at();
    }
  }

  /** Whether a patrol started at {@code startedAt} and still open at {@code now} is stale. */
  public boolean isStale(Instant startedAt, Instant now) {
    return startedAt.plus(Duration.ofHours(maxOpenHours)).isBefore(now);
  }

  /** Distance walked along the points, in metres. */
  public static double distanceAlong(GeoPoint from, List<TrackPoint> points) {
    double total = 0;
    GeoPoint previous = from;
    for (TrackPoint point : points) {
      if (previous != null) {
        total += previous.distanceTo(point.place());
      }
      previous = point.place();
    }
    return total;
  }
}
