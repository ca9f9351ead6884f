package cn.finegov.kernel.api.notification;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of notification people choose channels for, e.g. "a case was dispatched to my unit".
 *
 * @param key unique key, prefixed with the module key, e.g. {@code grid.case-dispatched}
 * @param nameKey bundle key of its name on the preferences screen
 * @param defaultChannels channels used for people who made no choice ({@link
 *     NotificationChannel#IN_APP} and/or channel keys)
 * @param inAppRequired whether the in-app inbox cannot be switched off for it
 */
public record NotificationCategory(
    String key, String nameKey, Set<String> defaultChannels, boolean inAppRequired) {

  public NotificationCategory {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(nameKey, "nameKey");
    defaultChannels = Set.copyOf(defaultChannels);
    if (inAppRequired && !defaultChannels.contains(NotificationChannel.IN_APP)) {
      throw new IllegalArgumentException(key + ": the in-app inbox is required but not a default");
    }
  }

  /** A category shown in the inbox by default, other channels by choice. */
  public static NotificationCategory inApp(String key, String nameKey) {
    return new NotificationCategory(key, nameKey, Set.of(NotificationChannel.IN_APP), false);
  }
}
