package cn.finegov.kernel.api.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCodeTest {

  @Test
  void aCodeIsStoredInUpperCase() {
    assertThat(UnitCode.of("dept-ab.c_1").value()).isEqualTo("DEPT-AB.C_1");
  }

  @Test
  void surroundingWhitespaceIsRemoved() {
    assertThat(UnitCode.of("  990102001 \t").value()).isEqualTo("990102001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"9", "990102", "990102001001", "91110000MA01ABCDE1", "A-B_C.D", "0.1", "Z_"})
  void lettersDigitsDashUnderscoreAndDotAreAccepted(String text) {
    assertThat(UnitCode.isValid(text)).isTrue();
    assertThat(UnitCode.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"-990102", "_A", ".A", "990 102", "990/102", "a+b", "单位", "９９", "A'B", "A;drop"})
  void anythingElseIsRefused(String text) {
    assertThat(UnitCode.isValid(text)).isFalse();
    ValidationException refusal =
        catchThrowableOfType(ValidationException.class, () -> UnitCode.of(text));
    assertThat(refusal.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("code");
              assertThat(error.messageKey()).isEqualTo("unit.code.invalid");
              assertThat(error.arguments()).containsExactly(text.strip(), UnitCode.MAX_LENGTH);
            });
  }

  @Test
  void thirtyTwoCharactersAreTheMostAllowed() {
    String longest = "A".repeat(UnitCode.MAX_LENGTH);
    assertThat(UnitCode.MAX_LENGTH).isEqualTo(32);
    assertThat(UnitCode.of(longest).value()).hasSize(32);
    assertThat(UnitCode.isValid(longest + "B")).isFalse();
    ValidationException refusal =
        catchThrowableOfType(ValidationException.class, () -> UnitCode.of(longest + "B"));
    assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("code");
  }

  @Test
  void theLengthLimitCountsAfterTrimming() {
    assertThat(UnitCode.of("  " + "1".repeat(32) + "  ").value()).isEqualTo("1".repeat(32));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void aMissingCodeIsRequired(String text) {
    assertThat(UnitCode.isValid(text)).isFalse();
    ValidationException refusal =
        catchThrowableOfType(ValidationException.class, () -> UnitCode.of(text));
    assertThat(refusal.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("code");
              assertThat(error.messageKey()).isEqualTo("validation.required");
            });
  }

  @Test
  void isValidAcceptsWhatOfAcceptsIncludingLowerCaseAndWhitespace() {
    assertThat(UnitCode.isValid(" abc-1 ")).isTrue();
    assertThat(UnitCode.of(" abc-1 ").value()).isEqualTo("ABC-1");
  }

  @Test
  void codesAreEqualByValueRegardlessOfHowTheyWereWritten() {
    UnitCode lower = UnitCode.of("dept.01");
    UnitCode upper = UnitCode.of(" DEPT.01");
    assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
    assertThat(lower).isNotEqualTo(UnitCode.of("DEPT.02"));
    assertThat(lower).isNotEqualTo("DEPT.01");
    assertThat(lower.toString()).isEqualTo("DEPT.01");
  }

  @Test
  void codesSortByValue() {
    TreeSet<UnitCode> sorted =
        new TreeSet<>(
            java.util.List.of(UnitCode.of("990102"), UnitCode.of("990101"), UnitCode.of("A1")));
    assertThat(sorted).extracting(UnitCode::value).containsExactly("990101", "990102", "A1");
  }
}
