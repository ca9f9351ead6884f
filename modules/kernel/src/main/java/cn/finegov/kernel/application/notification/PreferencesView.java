package cn.finegov.kernel.application.notification;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A person's notification preferences as screens show them: addresses masked.
 *
 * @param emailMasked e-mail address, masked, empty when none
 * @param mobileMasked mobile number, masked, empty when none
 * @param language {@code zh} or {@code en}
 * @param categories the choice per category
 * @param channels the channels besides the in-app inbox
 */
public record PreferencesView(
    String emailMasked,
    String mobileMasked,
    String language,
    List<CategoryChoice> categories,
    List<ChannelView> channels)
    implements Serializable {

  /**
   * The channels of one category.
   *
   * @param key category key
   * @param nameKey bundle key of its name
   * @param channels channels in use (the choice, or the defaults)
   * @param chosen whether the person made a choice (else the defaults apply)
   * @param inAppRequired whether the inbox cannot be switched off
   */
  public record CategoryChoice(
      String key, String nameKey, Set<String> channels, boolean chosen, boolean inAppRequired)
      implements Serializable {}

  /**
   * A channel.
   *
   * @param key channel key
   * @param nameKey bundle key of its name
   * @param enabled whether it is switched on
   * @param reachable whether the person has an address on it
   */
  public record ChannelView(String key, String nameKey, boolean enabled, boolean reachable)
      implements Serializable {}
}
