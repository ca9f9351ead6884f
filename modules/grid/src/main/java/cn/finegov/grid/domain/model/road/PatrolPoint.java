package cn.finegov.grid.domain.model.road;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored track point of a patrol; never changed. */
@Entity
@Table(name = "grd_patrol_point")
public class PatrolPoint {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_patrol_point_seq")
  @SequenceGenerator(
      name = "grd_patrol_point_seq",
      sequenceName = "grd_patrol_point_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "patrol_id", nullable = false, updatable = false)
  private long patrolId;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "latitude", nullable = false, updatable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false, updatable = false)
  private double longitude;

  protected PatrolPoint() {}

  public PatrolPoint(long patrolId, TrackPoint point) {
    this.patrolId = patrolId;
    this.recordedAt = point.at();
    this.latitude = point.place().latitude();
    this.longitude = point.place().longitude();
  }

  public TrackPoint point() {
    return new TrackPoint(recordedAt, GeoPoint.of(latitude, longitude));
  }
}
