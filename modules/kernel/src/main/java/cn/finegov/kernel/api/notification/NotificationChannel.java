package cn.finegov.kernel.api.notification;

import java.util.Optional;

/**
 * A way to reach people besides the in-app inbox (e-mail, SMS, a messenger): one CDI bean per
 * channel, found with {@code @Any Instance}. The kernel's deliverer calls {@link #deliver} outside
 * any transaction, once per attempt, and records the outcome; a failure is retried after {@code
 * notifications.delivery.retry-minutes}, doubling each time, until {@code
 * notifications.delivery.max-attempts}.
 */
public interface NotificationChannel {

  /** The in-app inbox: not a bean, always there. */
  String IN_APP = "IN_APP";

  /** The key of the kernel's e-mail channel (Jakarta Mail over the configured SMTP server). */
  String EMAIL = "EMAIL";

  /** Unique key in upper case, e.g. {@code EMAIL}. */
  String key();

  /** Bundle key of its name on screens: {@code notification.channel.<key>} unless overridden. */
  default String nameKey() {
    return "notification.channel." + key();
  }

  /** Order on screens. */
  default int order() {
    return 100;
  }

  /** Whether the channel is switched on and configured now. */
  boolean isEnabled();

  /** The person's address on this channel (his e-mail address, mobile number...), if he has one. */
  Optional<String> addressOf(RecipientContact contact);

  /** The address shown on screens, masked ({@code z***@example.com}, {@code 138****1234}). */
  String masked(String address);

  /** Delivers one message; throws when it could not. */
  void deliver(OutgoingMessage message, String address) throws DeliveryException;
}
