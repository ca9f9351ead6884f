package cn.finegov.integration.hotline.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One feedback message to the hotline, in the outbox until delivered. Written in the transaction of
 * the change it reports; delivered in sequence order per ticket, with retries and back-off.
 */
@Entity
@Table(name = "hln_feedback")
public class Feedback {

  /** Delivery state. */
  public enum Delivery {
    PENDING,
    DELIVERED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hln_feedback_seq")
  @SequenceGenerator(
      name = "hln_feedback_seq",
      sequenceName = "hln_feedback_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private HotlineTicket ticket;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 4, nullable = false, updatable = false)
  private FeedbackKind kind;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "unit_name", length = 120)
  private String unitName;

  @Column(name = "content", length = 2000)
  private String content;

  @Column(name = "extra_days")
  private Integer extraDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery", length = 10, nullable = false)
  private Delivery delivery = Delivery.PENDING;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Feedback() {}

  Feedback(
      HotlineTicket ticket,
      int seq,
      FeedbackKind kind,
      Instant at,
      String unitName,
      String content,
      Integer extraDays) {
    this.ticket = ticket;
    this.seq = seq;
    this.kind = kind;
    this.occurredAt = at;
    this.unitName = unitName;
    this.content = content;
    this.extraDays = extraDays;
    this.nextAttemptAt = at;
  }

  /** The hotline took it. */
  public void delivered(Instant at) {
    delivery = Delivery.DELIVERED;
    deliveredAt = at;
    attempts++;
    lastError = null;
  }

  /**
   * It could not be delivered: try again after a back-off that doubles from {@code first} up to
   * {@code longest}.
   */
  public void failed(String error, Instant at, Duration first, Duration longest) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    long factor = 1L << Math.min(20, attempts - 1);
    Duration wait = first.multipliedBy(factor);
    nextAttemptAt = at.plus(wait.compareTo(longest) > 0 ? longest : wait);
  }

  public Long id() {
    return id;
  }

  public HotlineTicket ticket() {
    return ticket;
  }

  public int seq() {
    return seq;
  }

  public FeedbackKind kind() {
    return kind;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String unitName() {
    return unitName;
  }

  public String content() {
    return content;
  }

  public Integer extraDays() {
    return extraDays;
  }

  public Delivery delivery() {
    return delivery;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
