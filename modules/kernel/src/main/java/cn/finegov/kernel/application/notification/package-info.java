/**
 * Sending notifications ({@link cn.finegov.kernel.api.notification.Notifier}), the inbox, people's
 * preferences, the outbox deliverer with retries and the delivery monitor.
 */
package cn.finegov.kernel.application.notification;
