package cn.finegov.grid.application.road;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A patrol as the chief or a reader of reference data sees it; {@code track} only when asked for
 * one patrol.
 */
public record PatrolView(
    long id,
    long segmentId,
    String segmentCode,
    String segmentName,
    String chief,
    Instant startedAt,
    double startLatitude,
    double startLongitude,
    Instant endedAt,
    int pointCount,
    double distanceMetres,
    Integer problemsFound,
    String note,
    boolean autoClosed,
    List<Point> track)
    implements Serializable {

  /** A track point. */
  public record Point(Instant at, double latitude, double longitude) implements Serializable {}

  public boolean open() {
    return endedAt == null;
  }
}
