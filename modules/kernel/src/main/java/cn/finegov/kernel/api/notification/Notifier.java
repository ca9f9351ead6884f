package cn.finegov.kernel.api.notification;

/**
 * Sends notifications. Call it inside the transaction of the change the notification is about: the
 * inbox entries and the queued deliveries are written in that transaction (so a rollback sends
 * nothing); e-mails, SMS and other external deliveries are sent after the commit by the kernel's
 * deliverer, outside the sender's transaction, with retries. Each recipient gets the texts in the
 * language of his preferences, on the channels he chose for the category.
 */
public interface Notifier {

  /**
   * Sends a notification.
   *
   * @throws IllegalArgumentException when the category is not declared by any installed module
   */
  NotificationReceipt send(NotificationRequest request);
}
