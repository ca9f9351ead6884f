package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.calendar.DayType;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stored day of the national calendar or of a region's overrides: a day that differs from the
 * ordinary week (a holiday, an adjusted workday) or, for a region, from the national calendar.
 * Dates without a stored day are ordinary.
 */
@Entity
@Table(name = "krn_calendar_day")
public class CalendarDay {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_calendar_day_seq")
  @SequenceGenerator(
      name = "krn_calendar_day_seq",
      sequenceName = "krn_calendar_day_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "region_code", nullable = false, length = 32, updatable = false)
  private String regionCode;

  @Column(name = "calendar_date", nullable = false, updatable = false)
  private LocalDate calendarDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_type", nullable = false, length = 20)
  private DayType type;

  @Column(name = "name", length = 60)
  private String name;

  @Column(name = "name_en", length = 60)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, length = 12)
  private DayOrigin origin;

  @Column(name = "source", length = 200)
  private String source;

  @Column(name = "updated_by", nullable = false, length = 80)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CalendarDay() {}

  /** A new stored day; the caller checked it ({@link CalendarFile#checkDay}). */
  public static CalendarDay of(
      Region region, DayEntry entry, DayOrigin origin, String source, String by, Instant now) {
    CalendarDay day = new CalendarDay();
    day.regionCode = region.key();
    day.calendarDate = entry.date();
    day.set(entry, origin, source, by, now);
    return day;
  }

  /** Changes type and names. */
  public void change(DayEntry entry, DayOrigin origin, String source, String by, Instant now) {
    if (!entry.date().equals(calendarDate)) {
      throw new IllegalArgumentException("date " + entry.date() + " is not " + calendarDate);
    }
    set(entry, origin, source, by, now);
  }

  private void set(DayEntry entry, DayOrigin origin, String source, String by, Instant now) {
    this.type = entry.type();
    this.name = entry.name();
    this.nameEn = entry.nameEn();
    this.origin = Objects.requireNonNull(origin, "origin");
    this.source = source == null || source.length() <= 200 ? source : source.substring(0, 200);
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public DayEntry entry() {
    return new DayEntry(calendarDate, type, name, nameEn);
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("type", type.name());
    values.put("name", name);
    values.put("nameEn", nameEn);
    values.put("origin", origin.name());
    return values;
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return Region.ofKey(regionCode);
  }

  public LocalDate day() {
    return calendarDate;
  }

  public DayType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String nameEn() {
    return nameEn;
  }

  public DayOrigin origin() {
    return origin;
  }

  public String source() {
    return source;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
