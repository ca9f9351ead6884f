package cn.finegov.grid.domain.model.road;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import java.time.Instant;
import java.util.Objects;

/** A place a patrolling chief's phone recorded, with its time. */
public record TrackPoint(Instant at, GeoPoint place) {

  public TrackPoint {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(place, "place");
  }
}
