package cn.finegov.kernel.application.notification;

import java.util.Map;
import java.util.Set;

/**
 * A change of the own notification preferences.
 *
 * @param email new e-mail address; {@code null} keeps it, blank removes it
 * @param mobile new mobile number; {@code null} keeps it, blank removes it
 * @param language {@code zh} or {@code en}; {@code null} keeps it
 * @param channels channels per category for the categories to change ({@code IN_APP} for the
 *     inbox); categories not named keep their choice
 */
public record PreferenceChange(
    String email, String mobile, String language, Map<String, Set<String>> channels) {

  public PreferenceChange {
    channels = channels == null ? Map.of() : Map.copyOf(channels);
  }
}
