package cn.finegov.kernel.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.attachment.AttachmentRejectedException;
import cn.finegov.kernel.api.attachment.AttachmentRejectedException.Reason;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

  private final AttachmentRules rules =
      AttachmentRules.of(1024, List.of(" image/jpeg", "application/pdf ", "", "TEXT/PLAIN"));

  @Test
  void theSizeLimitIsInclusive() {
    assertThatCode(() -> rules.checkSize(1024)).doesNotThrowAnyException();
    assertThatThrownBy(() -> rules.checkSize(1025))
        .isInstanceOfSatisfying(
            AttachmentRejectedException.class,
            refused -> {
              assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(refused.status()).isEqualTo(413);
              assertThat(refused.messageKey()).isEqualTo("attachment.too-large");
              assertThat(refused.arguments()).containsExactly("1 KB");
            });
  }

  @Test
  void allowedTypesAreCleanedFromTheSetting() {
    assertThat(rules.allowedTypes()).containsExactly("image/jpeg", "application/pdf", "text/plain");
    assertThat(rules.allows("text/plain")).isTrue();
    assertThat(rules.allows("image/png")).isFalse();
  }

  @Test
  void aTypeNotAllowedIsRefusedNamingTheDetectedTypeAndTheAllowedOnes() {
    DetectedType exe = new DetectedType(ContentTypes.WINDOWS_EXECUTABLE, "exe");

    assertThatThrownBy(() -> rules.checkType(exe))
        .isInstanceOfSatisfying(
            AttachmentRejectedException.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(415);
              assertThat(refused.messageKey()).isEqualTo("attachment.type.not-allowed");
              assertThat(refused.arguments())
                  .containsExactly(
                      new MessageKey("attachment.type.application/x-msdownload"),
                      "application/x-msdownload",
                      "image/jpeg, application/pdf, text/plain");
            });
    assertThatCode(() -> rules.checkType(new DetectedType(ContentTypes.PDF, "pdf")))
        .doesNotThrowAnyException();
  }

  @Test
  void anEmptyFileIsRefusedAsBadInput() {
    assertThatThrownBy(() -> rules.checkType(new DetectedType(ContentTypes.EMPTY, "")))
        .isInstanceOfSatisfying(
            AttachmentRejectedException.class,
            refused -> assertThat(refused.status()).isEqualTo(400));
  }

  @Test
  void sizesAreShownAsPeopleReadThem() {
    assertThat(AttachmentRules.humanSize(900)).isEqualTo("900 B");
    assertThat(AttachmentRules.humanSize(1536)).isEqualTo("1.5 KB");
    assertThat(AttachmentRules.humanSize(20L * 1024 * 1024)).isEqualTo("20 MB");
    assertThat(AttachmentRules.humanSize(1024L * 1024 * 1024)).isEqualTo("1 GB");
  }

  @Test
  void aLimitMustBePositive() {
    assertThatThrownBy(() -> AttachmentRules.of(0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
