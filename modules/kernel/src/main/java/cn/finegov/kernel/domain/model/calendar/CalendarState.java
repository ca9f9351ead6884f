package cn.finegov.kernel.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The calendar's version counter (one row): every change of days or arrangements takes it with a
 * write lock, which also serialises calendar changes, and advances it.
 */
@Entity
@Table(name = "krn_calendar_state")
public class CalendarState {

  /** The identifier of the one row. */
  public static final long ID = 1L;

  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "calendar_version", nullable = false)
  private long calendarVersion;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by", length = 80)
  private String changedBy;

  protected CalendarState() {}

  /** Counts a change; returns the new version. */
  public long advance(String by, Instant now) {
    calendarVersion++;
    changedBy = by;
    changedAt = now;
    return calendarVersion;
  }

  public long calendarVersion() {
    return calendarVersion;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
