package cn.finegov.kernel.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outbox entry of a notification on one external channel: queued in the sender's transaction,
 * attempted by the deliverer outside it, retried on failure by the {@link RetrySchedule}, and kept
 * with the reason of its last failure for the delivery monitor. Only a masked address is stored.
 */
@Entity
@Table(name = "krn_notification_delivery")
public class NotificationDelivery {

  public static final int MAX_ERROR = 1000;

  /** An attempt under way for longer than this was interrupted (a server stop). */
  public static final Duration ATTEMPT_TIMEOUT = Duration.ofMinutes(10);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_notification_delivery_seq")
  @SequenceGenerator(
      name = "krn_notification_delivery_seq",
      sequenceName = "krn_notification_delivery_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "notification_id", nullable = false)
  private Notification notification;

  @Column(name = "channel", nullable = false, length = 20)
  private String channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private DeliveryStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "address_masked", length = 100)
  private String addressMasked;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected NotificationDelivery() {}

  /** A delivery waiting for its first attempt. */
  public static NotificationDelivery queued(
      Notification notification, String channel, Instant now) {
    NotificationDelivery delivery = new NotificationDelivery();
    delivery.notification = Objects.requireNonNull(notification, "notification");
    delivery.channel = Objects.requireNonNull(channel, "channel");
    delivery.status = DeliveryStatus.PENDING;
    delivery.nextAttemptAt = now;
    delivery.createdAt = now;
    return delivery;
  }

  /** A delivery not attempted, with the reason (the channel is off, no address). */
  public static NotificationDelivery skipped(
      Notification notification, String channel, Instant now, String reason) {
    NotificationDelivery delivery = queued(notification, channel, now);
    delivery.status = DeliveryStatus.SKIPPED;
    delivery.nextAttemptAt = null;
    delivery.lastError = reason(reason);
    return delivery;
  }

  /** Whether an attempt may start now. */
  public boolean isDue(Instant now) {
    return status == DeliveryStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
  }

  /**
   * Starts an attempt: the delivery is {@link DeliveryStatus#SENDING} until its outcome is
   * recorded.
   *
   * @return false when it is not due (another deliverer took it)
   */
  public boolean claim(Instant now) {
    if (!isDue(now)) {
      return false;
    }
    status = DeliveryStatus.SENDING;
    claimedAt = now;
    return true;
  }

  /** The attempt succeeded. */
  public void sent(Instant now, String maskedAddress) {
    requireSending();
    attempts++;
    status = DeliveryStatus.SENT;
    sentAt = now;
    lastAttemptAt = now;
    claimedAt = null;
    nextAttemptAt = null;
    lastError = null;
    addressMasked = maskedAddress;
  }

  /**
   * The attempt failed: tried again by the schedule, or given up when no attempt is left or the
   * failure is permanent.
   *
   * @param reason why, recorded with personal data masked
   */
  public void failed(
      Instant now, String reason, String maskedAddress, boolean permanent, RetrySchedule schedule) {
    requireSending();
    attempts++;
    lastAttemptAt = now;
    claimedAt = null;
    lastError = reason(reason);
    if (maskedAddress != null) {
      addressMasked = maskedAddress;
    }
    var next =
        permanent ? java.util.Optional.<Instant>empty() : schedule.nextAttempt(attempts, now);
    if (next.isPresent()) {
      status = DeliveryStatus.PENDING;
      nextAttemptAt = next.get();
    } else {
      status = DeliveryStatus.FAILED;
      nextAttemptAt = null;
    }
  }

  /** Whether an attempt was started long ago and never finished (the server stopped meanwhile). */
  public boolean isStuck(Instant now) {
    return status == DeliveryStatus.SENDING
        && claimedAt != null
        && claimedAt.plus(ATTEMPT_TIMEOUT).isBefore(now);
  }

  /**
   * An administrator asks for an attempt now: a failed or skipped delivery gets one more attempt, a
   * waiting one is tried at once.
   *
   * @return false when it is sent or being sent
   */
  public boolean retryNow(Instant now) {
    if (status == DeliveryStatus.SENT || status == DeliveryStatus.SENDING) {
      return false;
    }
    status = DeliveryStatus.PENDING;
    nextAttemptAt = now;
    return true;
  }

  private void requireSending() {
    if (status != DeliveryStatus.SENDING) {
      throw new IllegalStateException("delivery " + id + " is " + status + ", not SENDING");
    }
  }

  private static String reason(String reason) {
    String masked = PersonalData.maskIn(reason == null ? "" : reason.strip());
    return masked.length() > MAX_ERROR ? masked.substring(0, MAX_ERROR - 1) + "…" : masked;
  }

  /** Values for the audit log. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("channel", channel);
    values.put("status", status.name());
    values.put("attempts", attempts);
    values.put("nextAttemptAt", nextAttemptAt == null ? "" : nextAttemptAt.toString());
    return values;
  }

  public Long id() {
    return id;
  }

  public Notification notification() {
    return notification;
  }

  public String channel() {
    return channel;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant claimedAt() {
    return claimedAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }

  public String addressMasked() {
    return addressMasked;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
