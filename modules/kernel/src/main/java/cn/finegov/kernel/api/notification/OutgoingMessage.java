package cn.finegov.kernel.api.notification;

import java.time.Instant;

/**
 * One notification to deliver on one channel.
 *
 * @param deliveryId identifier of the delivery, the same on every attempt (for de-duplication by
 *     the receiving system)
 * @param attempt number of this attempt, from 1
 * @param category the notification's category
 * @param recipient the person and his addresses
 * @param subject the subject in the recipient's language
 * @param body the body in the recipient's language, or empty
 * @param link absolute address of the thing it is about, or {@code null}
 * @param createdAt when the notification was sent
 */
public record OutgoingMessage(
    long deliveryId,
    int attempt,
    String category,
    RecipientContact recipient,
    String subject,
    String body,
    String link,
    Instant createdAt) {}
