package cn.finegov.integration.runtime.deadletter;

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
import java.util.Objects;

/** A message that could not be processed: the original content, why, and what was done about it. */
@Entity
@Table(name = "int_dead_letter")
public class DeadLetter {

  static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "int_dead_letter_seq")
  @SequenceGenerator(
      name = "int_dead_letter_seq",
      sequenceName = "int_dead_letter_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "flow", nullable = false, length = 60)
  private String flow;

  @Column(name = "route_id", length = 100)
  private String routeId;

  @Column(name = "source", length = 300)
  private String source;

  @Column(name = "reference", length = 200)
  private String reference;

  @Column(name = "reason", nullable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "exception_type", length = 200)
  private String exceptionType;

  @Lob
  @Column(name = "stack_trace")
  private String stackTrace;

  @Lob
  @Column(name = "body")
  private String body;

  @Lob
  @Column(name = "headers")
  private String headers;

  @Column(name = "replay_target", length = 200)
  private String replayTarget;

  @Column(name = "dedup_key", length = 300)
  private String dedupKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private DeadLetterStatus status;

  @Column(name = "failure_count", nullable = false)
  private int failureCount;

  @Column(name = "first_failed_at", nullable = false)
  private Instant firstFailedAt;

  @Column(name = "last_failed_at", nullable = false)
  private Instant lastFailedAt;

  @Column(name = "replay_count", nullable = false)
  private int replayCount;

  @Column(name = "last_replayed_at")
  private Instant lastReplayedAt;

  @Column(name = "last_replayed_by", length = 80)
  private String lastReplayedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 80)
  private String closedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DeadLetter() {}

  DeadLetter(
      String flow,
      String routeId,
      String source,
      String reference,
      String body,
      String headers,
      String replayTarget,
      String dedupKey,
      Instant now) {
    this.flow = Objects.requireNonNull(flow, "flow");
    this.routeId = cut(routeId, 100);
    this.source = cut(source, 300);
    this.reference = cut(reference, 200);
    this.body = body;
    this.headers = headers;
    this.replayTarget = cut(replayTarget, 200);
    this.dedupKey = cut(dedupKey, 300);
    this.firstFailedAt = now;
    this.failureCount = 0;
  }

  /** Records a (further) failure: the dead letter is open again with the latest reason. */
  void failed(String newReason, String newExceptionType, String newStackTrace, Instant now) {
    reason = cut(Objects.requireNonNull(newReason, "reason"), MAX_REASON);
    exceptionType = cut(newExceptionType, 200);
    stackTrace = newStackTrace;
    status = DeadLetterStatus.OPEN;
    failureCount++;
    lastFailedAt = now;
    closedAt = null;
    closedBy = null;
  }

  /**
   * Takes the latest content of a message that failed again (a corrected resend keeps its dedup
   * key).
   */
  void refreshContent(String newBody, String newHeaders, String newSource, String newReplayTarget) {
    body = newBody;
    headers = newHeaders;
    source = cut(newSource, 300);
    replayTarget = cut(newReplayTarget, 200);
  }

  void replayed(String by, Instant now) {
    if (status == DeadLetterStatus.DISCARDED) {
      throw new IllegalStateException("a discarded dead letter is not replayed");
    }
    status = DeadLetterStatus.REPLAYED;
    replayCount++;
    lastReplayedAt = now;
    lastReplayedBy = by;
  }

  void discard(String by, Instant now) {
    status = DeadLetterStatus.DISCARDED;
    closedAt = now;
    closedBy = by;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public String flow() {
    return flow;
  }

  public String routeId() {
    return routeId;
  }

  public String source() {
    return source;
  }

  public String reference() {
    return reference;
  }

  public String reason() {
    return reason;
  }

  public String exceptionType() {
    return exceptionType;
  }

  public String stackTrace() {
    return stackTrace;
  }

  public String body() {
    return body;
  }

  public String headers() {
    return headers;
  }

  public String replayTarget() {
    return replayTarget;
  }

  public String dedupKey() {
    return dedupKey;
  }

  public DeadLetterStatus status() {
    return status;
  }

  public int failureCount() {
    return failureCount;
  }

  public Instant firstFailedAt() {
    return firstFailedAt;
  }

  public Instant lastFailedAt() {
    return lastFailedAt;
  }

  public int replayCount() {
    return replayCount;
  }

  public Instant lastReplayedAt() {
    return lastReplayedAt;
  }

  public String lastReplayedBy() {
    return lastReplayedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public long version() {
    return version;
  }
}
