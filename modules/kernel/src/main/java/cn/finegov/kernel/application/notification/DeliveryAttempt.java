package cn.finegov.kernel.application.notification;

import cn.finegov.kernel.api.notification.OutgoingMessage;

/**
 * An attempt the deliverer is about to make.
 *
 * @param channel channel key
 * @param message what to send
 * @param address where to
 */
public record DeliveryAttempt(String channel, OutgoingMessage message, String address) {}
