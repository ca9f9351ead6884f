package cn.finegov.kernel.application.notification;

/**
 * CDI event: deliveries were queued (or put back for an attempt now) in the current transaction;
 * the deliverer starts once it commits.
 *
 * @param count how many
 */
public record DeliveriesQueued(int count) {}
