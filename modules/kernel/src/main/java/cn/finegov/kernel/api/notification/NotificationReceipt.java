package cn.finegov.kernel.api.notification;

import java.util.List;

/**
 * What {@link Notifier#send} did.
 *
 * @param recipients login names of the people who received it
 * @param deliveries external deliveries queued (e-mail, SMS, ...), sent after the commit
 * @param skipped named login names that were unknown or deactivated
 */
public record NotificationReceipt(List<String> recipients, int deliveries, List<String> skipped) {

  public NotificationReceipt {
    recipients = List.copyOf(recipients);
    skipped = List.copyOf(skipped);
  }
}
