package cn.finegov.kernel.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.i18n.MessageSource;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestLocaleTest {

  @Test
  void englishIsChosenWhenItIsTheFirstSupportedLanguage() {
    assertThat(RequestLocale.firstSupported(List.of(Locale.ENGLISH))).isEqualTo(Locale.ENGLISH);
    assertThat(RequestLocale.firstSupported(List.of(Locale.US))).isEqualTo(Locale.ENGLISH);
    assertThat(RequestLocale.firstSupported(List.of(Locale.FRENCH, Locale.GERMAN, Locale.UK)))
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void chineseInAnyVariantIsChosenAsSimplifiedChinese() {
    assertThat(RequestLocale.firstSupported(List.of(Locale.SIMPLIFIED_CHINESE)))
        .isEqualTo(MessageSource.CHINESE);
    assertThat(RequestLocale.firstSupported(List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)))
        .isEqualTo(MessageSource.CHINESE);
    assertThat(RequestLocale.firstSupported(List.of(Locale.forLanguageTag("zh"))))
        .isEqualTo(MessageSource.CHINESE);
  }

  @Test
  void theCallersOrderOfPreferenceDecides() {
    assertThat(
            RequestLocale.firstSupported(List.of(Locale.JAPANESE, Locale.ENGLISH, Locale.CHINESE)))
        .isEqualTo(Locale.ENGLISH);
    assertThat(
            RequestLocale.firstSupported(List.of(Locale.JAPANESE, Locale.CHINESE, Locale.ENGLISH)))
        .isEqualTo(MessageSource.CHINESE);
  }

  @Test
  void chineseIsTheAnswerWhenNothingAcceptedIsSupported() {
    assertThat(RequestLocale.firstSupported(List.of())).isEqualTo(MessageSource.CHINESE);
    assertThat(RequestLocale.firstSupported(List.of(Locale.FRENCH, Locale.KOREAN)))
        .isEqualTo(MessageSource.CHINESE);
    assertThat(RequestLocale.firstSupported(List.of(new Locale("*"))))
        .isEqualTo(MessageSource.CHINESE);
  }

  @Test
  void withoutHeadersTheAnswerIsChinese() {
    assertThat(RequestLocale.of(null)).isEqualTo(MessageSource.CHINESE);
  }
}
