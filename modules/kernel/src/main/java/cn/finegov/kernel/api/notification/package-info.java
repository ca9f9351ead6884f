/**
 * Notifications: {@link cn.finegov.kernel.api.notification.Notifier} for modules to tell people
 * something (in-app inbox, e-mail, SMS, or any channel plugged in as a {@link
 * cn.finegov.kernel.api.notification.NotificationChannel}), and the categories people choose their
 * channels by.
 */
package cn.finegov.kernel.api.notification;
