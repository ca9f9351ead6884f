package cn.finegov.kernel.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final Username ZHANGSAN = Username.of("zhangsan");
  private static final PasswordPolicy POLICY = PasswordPolicy.DEFAULT;

  private static FieldError refusal(Username username, String password) {
    ValidationException refusal =
        catchThrowableOfType(
            ValidationException.class,
            () -> POLICY.check(username, password == null ? null : password.toCharArray()));
    assertThat(refusal).as("refusal of %s", password).isNotNull();
    assertThat(refusal.errors()).hasSize(1);
    FieldError error = refusal.errors().get(0);
    assertThat(error.field()).isEqualTo("password");
    return error;
  }

  @ParameterizedTest
  @ValueSource(strings = {"Abcdef1!", "Abcdefg1", "abcdef1!", "ABCDEF1!", "Abcdefg!", "密码Abc12345"})
  void passwordsOfEightCharactersFromThreeClassesAreAccepted(String password) {
    assertThatCode(() -> POLICY.check(ZHANGSAN, password.toCharArray())).doesNotThrowAnyException();
  }

  @Test
  void sevenCharactersAreTooShort() {
    FieldError error = refusal(ZHANGSAN, "Abcde1!");
    assertThat(error.messageKey()).isEqualTo("password.too-short");
    assertThat(error.arguments()).containsExactly(8);
    assertThat(POLICY.minLength()).isEqualTo(8);
  }

  @Test
  void aMissingPasswordIsTooShort() {
    assertThat(refusal(ZHANGSAN, null).messageKey()).isEqualTo("password.too-short");
    assertThat(refusal(ZHANGSAN, "").messageKey()).isEqualTo("password.too-short");
  }

  @Test
  void passwordsLongerThanTheMaximumAreRefused() {
    String longest = "Aa1!".repeat(PasswordPolicy.MAX_LENGTH / 4);
    assertThat(longest).hasSize(PasswordPolicy.MAX_LENGTH);
    assertThatCode(() -> POLICY.check(ZHANGSAN, longest.toCharArray())).doesNotThrowAnyException();

    FieldError error = refusal(ZHANGSAN, longest + "b");
    assertThat(error.messageKey()).isEqualTo("validation.too-long");
    assertThat(error.arguments()).containsExactly(PasswordPolicy.MAX_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefgh", "ABCDEFGH", "12345678", "!@#$%^&*", "abcd1234", "ABCD!@#$"})
  void passwordsFromFewerThanThreeClassesAreTooSimple(String password) {
    FieldError error = refusal(ZHANGSAN, password);
    assertThat(error.messageKey()).isEqualTo("password.too-simple");
    assertThat(error.arguments()).containsExactly(POLICY.minClasses());
  }

  @Test
  void theFourClassesAreCountedSeparately() {
    assertThat(PasswordPolicy.classes("aaaa".toCharArray())).isEqualTo(1);
    assertThat(PasswordPolicy.classes("aA".toCharArray())).isEqualTo(2);
    assertThat(PasswordPolicy.classes("aA1".toCharArray())).isEqualTo(3);
    assertThat(PasswordPolicy.classes("aA1 ".toCharArray())).isEqualTo(4);
    assertThat(PasswordPolicy.classes("密码".toCharArray())).isEqualTo(1);
  }

  @Test
  void aPasswordMayNotContainTheLoginNameInAnyCase() {
    assertThat(refusal(ZHANGSAN, "ZhangSan2026!").messageKey())
        .isEqualTo("password.contains-username");
    assertThat(refusal(ZHANGSAN, "2026!ZHANGSAN").messageKey())
        .isEqualTo("password.contains-username");
  }

  @Test
  void aPasswordMerelyResemblingTheLoginNameIsAccepted() {
    assertThatCode(() -> POLICY.check(ZHANGSAN, "Zhang-San2026!".toCharArray()))
        .doesNotThrowAnyException();
  }

  @Test
  void withoutALoginNameOnlyTheOtherRulesApply() {
    assertThatCode(() -> POLICY.check(null, "ZhangSan2026!".toCharArray()))
        .doesNotThrowAnyException();
  }

  @Test
  void lengthIsCheckedBeforeComplexity() {
    assertThat(refusal(ZHANGSAN, "abc").messageKey()).isEqualTo("password.too-short");
  }
}
