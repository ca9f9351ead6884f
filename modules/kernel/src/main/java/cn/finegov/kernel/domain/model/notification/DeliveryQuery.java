package cn.finegov.kernel.domain.model.notification;

import java.time.Instant;

/**
 * Filter of the delivery monitor; {@code null} fields do not filter.
 *
 * @param status only deliveries in this state
 * @param channel only on this channel
 * @param recipient login name of the recipient (exact)
 * @param category category of the notification
 * @param from created at or after
 * @param to created before
 */
public record DeliveryQuery(
    DeliveryStatus status,
    String channel,
    String recipient,
    String category,
    Instant from,
    Instant to) {

  public static final DeliveryQuery ALL = new DeliveryQuery(null, null, null, null, null, null);
}
