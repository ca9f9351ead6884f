package cn.finegov.grid.domain.model.road;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A patrol check-in (巡查打卡) of a road chief on a segment: started at a time and place, track points
 * added in batches, ended with a note and the number of problems found, or closed automatically
 * when left open too long.
 */
@Entity
@Table(name = "grd_patrol")
public class Patrol {

  public static final int MAX_NOTE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_patrol_seq")
  @SequenceGenerator(name = "grd_patrol_seq", sequenceName = "grd_patrol_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "segment_id", nullable = false, updatable = false)
  private long segmentId;

  @Column(name = "chief_username", length = 80, nullable = false, updatable = false)
  private String chiefUsername;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "start_latitude", nullable = false, updatable = false)
  private double startLatitude;

  @Column(name = "start_longitude", nullable = false, updatable = false)
  private double startLongitude;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "last_point_at")
  private Instant lastPointAt;

  @Column(name = "last_latitude")
  private Double lastLatitude;

  @Column(name = "last_longitude")
  private Double lastLongitude;

  @Column(name = "point_count", nullable = false)
  private int pointCount;

  @Column(name = "distance_m", nullable = false)
  private double distanceMetres;

  @Column(name = "problems_found")
  private Integer problemsFound;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "auto_closed", nullable = false)
  private boolean autoClosed;

  protected Patrol() {}

  public static Patrol start(long segmentId, String chiefUsername, TrackPoint start) {
    Patrol patrol = new Patrol();
    patrol.segmentId = segmentId;
    patrol.chiefUsername = chiefUsername;
    patrol.startedAt = start.at();
    patrol.startLatitude = start.place().latitude();
    patrol.startLongitude = start.place().longitude();
    return patrol;
  }

  /** The time after which the next track point must lie. */
  public Instant lastTime() {
    return lastPointAt == null ? startedAt : lastPointAt;
  }

  /**
   * Notes a checked batch of points (already stored as rows).
   *
   * @param walked metres along the batch from the previous place
   */
  public void tracked(List<TrackPoint> points, double walked) {
    requireOpen();
    pointCount += points.size();
    distanceMetres = Math.round((distanceMetres + walked) * 10) / 10.0;
    TrackPoint last = points.get(points.size() - 1);
    lastPointAt = last.at();
    lastLatitude = last.place().latitude();
    lastLongitude = last.place().longitude();
  }

  /** Where the chief was last: the last track point, or the start. */
  public GeoPoint lastPlace() {
    return lastLatitude == null ? startPlace() : GeoPoint.of(lastLatitude, lastLongitude);
  }

  /**
   * Ends the patrol.
   *
   * @throws DomainException {@code CONFLICT} when ended already, {@code INVALID} for a bad time,
   *     count or note
   */
  public void end(Instant at, String endNote, int problems) {
    requireOpen();
    if (at.isBefore(lastTime())) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.patrol.end-early");
    }
    if (problems < 0) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.patrol.problems");
    }
    String text = endNote == null || endNote.isBlank() ? null : endNote.strip();
    if (text != null && text.length() > MAX_NOTE) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.patrol.note-long", MAX_NOTE);
    }
    endedAt = at;
    note = text;
    problemsFound = problems;
  }

  /** Closes a stale patrol at its last point (or its start). */
  public void closeAutomatically() {
    requireOpen();
    endedAt = lastTime();
    autoClosed = true;
  }

  private void requireOpen() {
    if (endedAt != null) {
      throw DomainException.conflict("grid.patrol.ended", id);
    }
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("segmentId", segmentId);
    values.put("chief", chiefUsername);
    values.put("startedAt", startedAt.toString());
    values.put("endedAt", endedAt == null ? null : endedAt.toString());
    values.put("points", pointCount);
    values.put("distanceMetres", distanceMetres);
    values.put("problemsFound", problemsFound);
    values.put("autoClosed", autoClosed);
    return values;
  }

  public Long id() {
    return id;
  }

  public long segmentId() {
    return segmentId;
  }

  public String chiefUsername() {
    return chiefUsername;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public GeoPoint startPlace() {
    return GeoPoint.of(startLatitude, startLongitude);
  }

  public Instant endedAt() {
    return endedAt;
  }

  public Instant lastPointAt() {
    return lastPointAt;
  }

  public int pointCount() {
    return pointCount;
  }

  public double distanceMetres() {
    return distanceMetres;
  }

  public Integer problemsFound() {
    return problemsFound;
  }

  public String note() {
    return note;
  }

  public boolean autoClosed() {
    return autoClosed;
  }
}
