package cn.finegov.kernel.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.notification.OutgoingMessage;
import cn.finegov.kernel.api.notification.RecipientContact;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.infrastructure.i18n.BundleMessageSource;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The mail channel's settings and text; sending is tested against GreenMail in the system tests.
 */
class MailChannelTest {

  private final BundleMessageSource messages =
      new BundleMessageSource(
          List.of("cn.finegov.kernel.messages", "cn.finegov.kernel.files.messages"));

  @Test
  void theChannelIsOnWhenSwitchedOnWithAHost() {
    assertThat(new MailChannel(new MapSettings(), messages).isEnabled()).isFalse();
    assertThat(
            new MailChannel(new MapSettings().set(KernelModule.MAIL_ENABLED, "true"), messages)
                .isEnabled())
        .isTrue();
    assertThat(
            new MailChannel(
                    new MapSettings()
                        .set(KernelModule.MAIL_ENABLED, "true")
                        .set(KernelModule.MAIL_HOST, " "),
                    messages)
                .isEnabled())
        .isFalse();
  }

  @Test
  void theTextCarriesTheBodyTheLinkAndTheSignatureInTheRecipientsLanguage() {
    MailChannel channel = new MailChannel(new MapSettings(), messages);
    OutgoingMessage message =
        new OutgoingMessage(
            7,
            1,
            "kernel.notice",
            new RecipientContact("leader", "陈立明", "chen@example.org", null, Locale.ENGLISH),
            "Water cut",
            "No water tomorrow morning.",
            "https://gov.example/governance/index.xhtml",
            Instant.now());

    assertThat(channel.text(message))
        .isEqualTo(
            "No water tomorrow morning.\n\nhttps://gov.example/governance/index.xhtml\n\n-- \n"
                + "City Governance Platform\n");
    assertThat(channel.masked("chen@example.org")).isEqualTo("c***@example.org");
  }
}
