package cn.finegov.kernel.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The official arrangement of one year (national, or a region's own) has been loaded: deadlines
 * within the year are final, not provisional.
 */
@Entity
@Table(name = "krn_calendar_year")
public class CalendarArrangement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_calendar_year_seq")
  @SequenceGenerator(
      name = "krn_calendar_year_seq",
      sequenceName = "krn_calendar_year_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "region_code", nullable = false, length = 32, updatable = false)
  private String regionCode;

  @Column(name = "calendar_year", nullable = false, updatable = false)
  private int calendarYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, length = 12)
  private DayOrigin origin;

  @Column(name = "source", length = 200)
  private String source;

  @Column(name = "day_count", nullable = false)
  private int dayCount;

  @Column(name = "loaded_by", nullable = false, length = 80)
  private String loadedBy;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CalendarArrangement() {}

  public static CalendarArrangement of(Region region, int year) {
    CalendarArrangement arrangement = new CalendarArrangement();
    arrangement.regionCode = region.key();
    arrangement.calendarYear = year;
    return arrangement;
  }

  /** Notes a load of the year's file. */
  public void loaded(DayOrigin origin, String source, int dayCount, String by, Instant now) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.source = source == null || source.length() <= 200 ? source : source.substring(0, 200);
    this.dayCount = dayCount;
    this.loadedBy = Objects.requireNonNull(by, "by");
    this.loadedAt = Objects.requireNonNull(now, "now");
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("origin", origin == null ? null : origin.name());
    values.put("source", source);
    values.put("days", dayCount);
    return values;
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return Region.ofKey(regionCode);
  }

  public int year() {
    return calendarYear;
  }

  public DayOrigin origin() {
    return origin;
  }

  public String source() {
    return source;
  }

  public int dayCount() {
    return dayCount;
  }

  public String loadedBy() {
    return loadedBy;
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
