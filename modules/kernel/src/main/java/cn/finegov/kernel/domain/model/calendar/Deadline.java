package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.calendar.DeadlineStatus;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A deadline registered by a module for one of its records. While open it follows the calendar: a
 * change of a day within its span, or the arrangement of a year it reaches, recomputes it. It keeps
 * the calendar version and the explanation of its current due date.
 */
@Entity
@Table(name = "krn_deadline")
public class Deadline {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_deadline_seq")
  @SequenceGenerator(
      name = "krn_deadline_seq",
      sequenceName = "krn_deadline_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "owner_module", nullable = false, length = 40, updatable = false)
  private String ownerModule;

  @Column(name = "owner_type", nullable = false, length = 60, updatable = false)
  private String ownerType;

  @Column(name = "owner_id", nullable = false, length = 80, updatable = false)
  private String ownerId;

  @Column(name = "kind", nullable = false, length = 40, updatable = false)
  private String kind;

  @Column(name = "region_code", length = 32, updatable = false)
  private String regionCode;

  @Column(name = "start_date", nullable = false, updatable = false)
  private LocalDate startDate;

  @Column(name = "start_time", updatable = false)
  private LocalTime startTime;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_unit", nullable = false, length = 20, updatable = false)
  private DeadlineRule.Unit ruleUnit;

  @Column(name = "rule_amount", nullable = false, updatable = false)
  private long ruleAmount;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "due_time")
  private LocalTime dueTime;

  @Column(name = "calendar_version", nullable = false)
  private long calendarVersion;

  @Column(name = "provisional", nullable = false)
  private boolean provisional;

  @Lob
  @Column(name = "explanation_zh", nullable = false)
  private String explanationZh;

  @Lob
  @Column(name = "explanation_en", nullable = false)
  private String explanationEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private DeadlineStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 80, updatable = false)
  private String createdBy;

  @Column(name = "recomputed_at")
  private Instant recomputedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 80)
  private String closedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Deadline() {}

  /** A new open deadline as the calendar computed it. */
  public static Deadline register(
      DeadlineOwner owner, String kind, ComputedDeadline computed, String by, Instant now) {
    Deadline deadline = new Deadline();
    deadline.ownerModule = owner.module();
    deadline.ownerType = owner.type();
    deadline.ownerId = owner.id();
    deadline.kind = Objects.requireNonNull(kind, "kind");
    deadline.regionCode = computed.region();
    deadline.startDate = computed.startDate();
    deadline.startTime = computed.startTime();
    deadline.ruleUnit = computed.rule().unit();
    deadline.ruleAmount = computed.rule().amount();
    deadline.status = DeadlineStatus.OPEN;
    deadline.createdBy = Objects.requireNonNull(by, "by");
    deadline.createdAt = Objects.requireNonNull(now, "now");
    deadline.apply(computed);
    return deadline;
  }

  /**
   * Takes a recomputation.
   *
   * @return whether the due date, its provisional mark or its explanation changed (only then is the
   *     new calendar version kept)
   */
  public boolean recompute(ComputedDeadline computed, Instant now) {
    if (status != DeadlineStatus.OPEN) {
      throw new IllegalStateException("deadline " + id + " is closed");
    }
    boolean changed =
        !computed.dueDate().equals(dueDate)
            || !Objects.equals(computed.dueTime(), dueTime)
            || computed.provisional() != provisional
            || !computed.explanation(MessageSource.CHINESE).equals(explanationZh)
            || !computed.explanation(MessageSource.ENGLISH).equals(explanationEn);
    if (changed) {
      apply(computed);
      recomputedAt = now;
    }
    return changed;
  }

  private void apply(ComputedDeadline computed) {
    dueDate = computed.dueDate();
    dueTime = computed.dueTime();
    calendarVersion = computed.calendarVersion();
    provisional = computed.provisional();
    explanationZh = computed.explanation(MessageSource.CHINESE);
    explanationEn = computed.explanation(MessageSource.ENGLISH);
  }

  /**
   * Closes the deadline.
   *
   * @return whether it was open
   */
  public boolean close(String by, Instant now) {
    if (status == DeadlineStatus.CLOSED) {
      return false;
    }
    status = DeadlineStatus.CLOSED;
    closedBy = by;
    closedAt = now;
    return true;
  }

  /** The rule it is counted by. */
  public DeadlineRule rule() {
    return new DeadlineRule(ruleUnit, ruleAmount);
  }

  /** The start as the calendar takes it (midnight for working-day rules). */
  public LocalDateTime start() {
    return startDate.atTime(startTime == null ? LocalTime.MIDNIGHT : startTime);
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("owner", ownerModule + "/" + ownerType + "/" + ownerId);
    values.put("kind", kind);
    values.put("rule", rule().toString());
    values.put("dueDate", dueDate.toString());
    values.put("dueTime", dueTime == null ? null : dueTime.toString());
    values.put("provisional", provisional);
    values.put("calendarVersion", calendarVersion);
    values.put("status", status.name());
    return values;
  }

  public Long id() {
    return id;
  }

  public DeadlineOwner owner() {
    return new DeadlineOwner(ownerModule, ownerType, ownerId);
  }

  public String kind() {
    return kind;
  }

  public String regionCode() {
    return regionCode;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalTime startTime() {
    return startTime;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public LocalTime dueTime() {
    return dueTime;
  }

  public long calendarVersion() {
    return calendarVersion;
  }

  public boolean provisional() {
    return provisional;
  }

  public String explanationZh() {
    return explanationZh;
  }

  public String explanationEn() {
    return explanationEn;
  }

  public DeadlineStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant recomputedAt() {
    return recomputedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }
}
