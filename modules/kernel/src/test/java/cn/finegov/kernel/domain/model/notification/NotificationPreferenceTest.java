package cn.finegov.kernel.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.ValidationException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationPreferenceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void defaultsHaveNoAddressesAndChinese() {
    NotificationPreference preference = NotificationPreference.defaults("leader", NOW);
    assertThat(preference.email()).isNull();
    assertThat(preference.mobile()).isNull();
    assertThat(preference.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(preference.choice("kernel.notice")).isEmpty();
  }

  @Test
  void validAddressesAreKeptNormalised() {
    NotificationPreference preference = NotificationPreference.defaults("leader", NOW);

    boolean changed =
        preference.changeContact(" chen@jiangcheng.gov.cn ", "138 1234-1234", "en", NOW);

    assertThat(changed).isTrue();
    assertThat(preference.email()).isEqualTo("chen@jiangcheng.gov.cn");
    assertThat(preference.mobile()).isEqualTo("13812341234");
    assertThat(preference.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(preference.changeContact("chen@jiangcheng.gov.cn", "13812341234", "en", NOW))
        .isFalse();
  }

  @Test
  void internationalNumbersAreAccepted() {
    NotificationPreference preference = NotificationPreference.defaults("leader", NOW);
    preference.changeContact(null, "+85291234567", "zh", NOW);
    assertThat(preference.mobile()).isEqualTo("+85291234567");
  }

  @Test
  void blankRemovesAnAddress() {
    NotificationPreference preference = NotificationPreference.defaults("leader", NOW);
    preference.changeContact("a@b.cn", "13812341234", "zh", NOW);

    preference.changeContact("", " ", "zh", NOW);

    assertThat(preference.email()).isNull();
    assertThat(preference.mobile()).isNull();
  }

  @Test
  void invalidValuesAreReportedTogetherAndNothingChanges() {
    NotificationPreference preference = NotificationPreference.defaults("leader", NOW);

    assertThatThrownBy(() -> preference.changeContact("not-an-address", "12345", "fr", NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(e -> e.field() + ":" + e.messageKey())
                    .containsExactly(
                        "email:notification.email.invalid",
                        "mobile:notification.mobile.invalid",
                        "language:notification.language.invalid"));
    assertThat(preference.email()).isNull();
    assertThat(preference.language()).isEqualTo("zh");
  }

  @Test
  void choicesAreKeptPerCategoryIncludingNone() {
    NotificationPreference preference = NotificationPreference.defaults("leader", NOW);

    preference.choose("kernel.notice", Set.of("IN_APP", "EMAIL"), NOW);
    preference.choose("grid.case-dispatched", Set.of(), NOW);

    assertThat(preference.choice("kernel.notice")).contains(Set.of("EMAIL", "IN_APP"));
    assertThat(preference.choice("grid.case-dispatched")).contains(Set.of());
    preference.resetChoice("kernel.notice", NOW);
    assertThat(preference.choice("kernel.notice")).isEmpty();
  }

  @Test
  void theAuditLogSeesAddressesMasked() {
    NotificationPreference preference = NotificationPreference.defaults("leader", NOW);
    preference.changeContact("chen@jiangcheng.gov.cn", "13812341234", "zh", NOW);

    assertThat(preference.auditValues().toString())
        .contains("c***@jiangcheng.gov.cn", "138****1234")
        .doesNotContain("chen@", "13812341234");
  }
}
