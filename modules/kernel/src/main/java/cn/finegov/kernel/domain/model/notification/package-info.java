/**
 * Notifications: the inbox entries, the outbox of deliveries on external channels with their
 * retries, and each person's preferences (addresses, language, channels per category).
 */
package cn.finegov.kernel.domain.model.notification;
