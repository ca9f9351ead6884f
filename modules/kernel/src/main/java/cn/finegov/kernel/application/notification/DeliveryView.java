package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.domain.model.notification.DeliveryStatus;
import cn.finegov.kernel.domain.model.notification.NotificationDelivery;
import java.io.Serializable;
import java.time.Instant;

/**
 * A delivery as the monitor shows it (the address masked).
 *
 * @param id identifier
 * @param notificationId the notification
 * @param recipient login name of the recipient
 * @param category category of the notification
 * @param subject subject of the notification
 * @param channel channel key
 * @param address masked address of the last attempt, or {@code null}
 * @param status state
 * @param attempts attempts made
 * @param createdAt queued at
 * @param lastAttemptAt last attempt, or {@code null}
 * @param nextAttemptAt next attempt, or {@code null}
 * @param sentAt delivered at, or {@code null}
 * @param lastError reason of the last failure or of the skip, or {@code null}
 */
public record DeliveryView(
    long id,
    long notificationId,
    String recipient,
    String category,
    String subject,
    String channel,
    String address,
    DeliveryStatus status,
    int attempts,
    Instant createdAt,
    Instant lastAttemptAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError)
    implements Serializable {

  static DeliveryView of(NotificationDelivery delivery) {
    return new DeliveryView(
        delivery.id(),
        delivery.notification().id(),
        delivery.notification().recipient(),
        delivery.notification().category(),
        delivery.notification().subject(),
        delivery.channel(),
        delivery.addressMasked(),
        delivery.status(),
        delivery.attempts(),
        delivery.createdAt(),
        delivery.lastAttemptAt(),
        delivery.nextAttemptAt(),
        delivery.sentAt(),
        delivery.lastError());
  }

  /** Whether an administrator may ask for an attempt now. */
  public boolean retryable() {
    return status != DeliveryStatus.SENT && status != DeliveryStatus.SENDING;
  }
}
