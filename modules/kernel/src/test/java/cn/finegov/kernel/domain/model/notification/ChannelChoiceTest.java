package cn.finegov.kernel.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.notification.NotificationCategory;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelChoiceTest {

  private static final Set<String> KNOWN = Set.of("EMAIL", "SMS");
  private final NotificationCategory optional =
      new NotificationCategory("grid.case-dispatched", "x", Set.of("IN_APP", "EMAIL"), false);
  private final NotificationCategory required =
      new NotificationCategory("kernel.notice", "y", Set.of("IN_APP"), true);

  @Test
  void withoutAChoiceTheDefaultsApply() {
    assertThat(ChannelChoice.effective(optional, Optional.empty(), KNOWN))
        .containsExactlyInAnyOrder("IN_APP", "EMAIL");
  }

  @Test
  void aChoiceWinsOverTheDefaultsEvenWhenItIsNothing() {
    assertThat(ChannelChoice.effective(optional, Optional.of(Set.of("SMS")), KNOWN))
        .containsExactly("SMS");
    assertThat(ChannelChoice.effective(optional, Optional.of(Set.of()), KNOWN)).isEmpty();
  }

  @Test
  void aRequiredInboxIsAlwaysUsed() {
    assertThat(ChannelChoice.effective(required, Optional.of(Set.of("EMAIL")), KNOWN))
        .containsExactlyInAnyOrder("IN_APP", "EMAIL");
  }

  @Test
  void channelsNoLongerInstalledAreLeftOut() {
    assertThat(ChannelChoice.effective(optional, Optional.of(Set.of("WECHAT", "IN_APP")), KNOWN))
        .containsExactly("IN_APP");
  }

  @Test
  void aChoiceIsCheckedAgainstTheChannelsAndTheCategory() {
    assertThat(ChannelChoice.checked(optional, Set.of("SMS", "IN_APP"), KNOWN, "channels"))
        .containsExactlyInAnyOrder("SMS", "IN_APP");
    assertThatThrownBy(() -> ChannelChoice.checked(required, Set.of("FAX"), KNOWN, "channels"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(e -> e.messageKey())
                    .containsExactly(
                        "notification.channel.unknown", "notification.channel.in-app-required"));
  }

  @Test
  void aCategoryRequiringTheInboxMustHaveItAsDefault() {
    assertThatThrownBy(() -> new NotificationCategory("a.b", "k", Set.of("EMAIL"), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
