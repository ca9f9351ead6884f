package cn.finegov.kernel.domain.model.notification;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.notification.NotificationCategory;
import cn.finegov.kernel.api.notification.NotificationChannel;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Which channels a person's notification of a category goes to. */
public final class ChannelChoice {

  private ChannelChoice() {}

  /**
   * The channels used: the person's choice for the category, else the category's defaults; always
   * with the in-app inbox when the category requires it; only channels that exist ({@code known},
   * the in-app inbox always does).
   */
  public static Set<String> effective(
      NotificationCategory category, Optional<Set<String>> choice, Set<String> known) {
    Set<String> channels = new LinkedHashSet<>(choice.orElse(category.defaultChannels()));
    if (category.inAppRequired()) {
      channels.add(NotificationChannel.IN_APP);
    }
    channels.removeIf(key -> !key.equals(NotificationChannel.IN_APP) && !known.contains(key));
    return channels;
  }

  /**
   * Checks a choice a person makes: known channels only, and the in-app inbox kept where the
   * category requires it.
   *
   * @param field name of the field for the error
   */
  public static Set<String> checked(
      NotificationCategory category, Set<String> chosen, Set<String> known, String field) {
    ValidationException.Collector errors = new ValidationException.Collector();
    Set<String> clean = new LinkedHashSet<>();
    for (String key : chosen) {
      if (key.equals(NotificationChannel.IN_APP) || known.contains(key)) {
        clean.add(key);
      } else {
        errors.add(field, "notification.channel.unknown", key);
      }
    }
    if (category.inAppRequired() && !clean.contains(NotificationChannel.IN_APP)) {
      errors.add(field, "notification.channel.in-app-required");
    }
    errors.throwIfAny();
    return clean;
  }
}
