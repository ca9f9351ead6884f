package cn.finegov.kernel.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @Test
  void aLoginNameIsTrimmedAndStoredInLowerCase() {
    assertThat(Username.of("  Zhang.San_01 ").value()).isEqualTo("zhang.san_01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "li-si", "wang.wu", "zhao_liu9", "a23456789012345678901234567890ab"})
  void lowerCaseLettersDigitsDotsUnderscoresAndDashesStartingWithALetterAreAccepted(String text) {
    assertThat(Username.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "1abc",
        "_abc",
        "-abc",
        ".abc",
        "zhang san",
        "zhang@san",
        "张三丰",
        "a23456789012345678901234567890abc"
      })
  void otherNamesAreRefusedOnTheUsernameField(String text) {
    ValidationException refusal =
        catchThrowableOfType(ValidationException.class, () -> Username.of(text));
    assertThat(refusal.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("username");
              assertThat(error.messageKey()).isEqualTo("user.username.invalid");
              assertThat(error.arguments()).containsExactly(text);
            });
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void aMissingNameIsRequired(String text) {
    ValidationException refusal =
        catchThrowableOfType(ValidationException.class, () -> Username.of(text));
    assertThat(refusal.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("username");
              assertThat(error.messageKey()).isEqualTo("validation.required");
            });
  }

  @Test
  void namesAreEqualByNormalisedValue() {
    assertThat(Username.of("ZhangSan"))
        .isEqualTo(Username.of("zhangsan "))
        .hasSameHashCodeAs(Username.of("zhangsan"))
        .isNotEqualTo(Username.of("zhangsi"))
        .hasToString("zhangsan");
  }
}
