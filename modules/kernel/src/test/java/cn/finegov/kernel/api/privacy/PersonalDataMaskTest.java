package cn.finegov.kernel.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The suite's one phone mask: every rule of {@link PersonalDataMask}'s description. */
class PersonalDataMaskTest {

  private static String mask(String phone) {
    return PersonalDataMask.phone(phone);
  }

  @Test
  void aMobileKeepsItsFirstThreeAndLastFourDigits() {
    assertThat(mask("13812341234")).isEqualTo("138****1234");
    assertThat(mask(" 138 1234 1234 ")).isEqualTo("138****1234");
    assertThat(mask("138-1234-1234")).isEqualTo("138****1234");
  }

  @Test
  void aFixedLineKeepsItsAreaCodeAndTheLastFourDigitsOfItsLocalNumber() {
    assertThat(mask("0571-87654321")).isEqualTo("0571-****4321");
    assertThat(mask("057187654321")).isEqualTo("0571-****4321");
    assertThat(mask("0571 8765 4321")).isEqualTo("0571-****4321");
    assertThat(mask("(010)62345678")).isEqualTo("010-****5678");
    assertThat(mask("021-12345678")).isEqualTo("021-****5678");
    assertThat(mask("0571-88001234")).isEqualTo("0571-****1234");
  }

  @Test
  void aSevenDigitLocalNumberStillHidesFourDigits() {
    assertThat(mask("0571-8765432")).isEqualTo("0571-****432");
    assertThat(mask("010-6234567")).isEqualTo("010-****567");
  }

  @Test
  void chinasCountryCodeIsWrittenOnceAndTheNationalNumberMaskedAsAtHome() {
    assertThat(mask("+8613812341234")).isEqualTo("+86 138****1234");
    assertThat(mask("+86 138 1234 1234")).isEqualTo("+86 138****1234");
    assertThat(mask("0086 13812341234")).isEqualTo("+86 138****1234");
    assertThat(mask("+86 571 87654321")).isEqualTo("+86 571-****4321");
    assertThat(mask("+86-10-62345678")).isEqualTo("+86 10-****5678");
  }

  @Test
  void otherNumbersShowAtMostTheirLastFourOrTheirFirstThreeAndLastFourDigits() {
    assertThat(mask("87654321")).isEqualTo("****4321");
    assertThat(mask("8765432")).isEqualTo("****432");
    assertThat(mask("9876543210")).isEqualTo("******3210");
    assertThat(mask("12345678")).isEqualTo("****5678");
    assertThat(mask("12345678901234")).isEqualTo("123*******1234");
    assertThat(mask("+4930123456")).isEqualTo("+******3456");
  }

  @Test
  void shortNumbersAndTextWithoutDigitsShowNothing() {
    assertThat(mask("110")).isEqualTo("****");
    assertThat(mask("12345")).isEqualTo("****");
    assertThat(mask("123456")).isEqualTo("****");
    assertThat(mask("12")).isEqualTo("****");
    assertThat(mask("ab-cd")).isEqualTo("****");
    assertThat(mask("+")).isEqualTo("+****");
  }

  @Test
  void nothingGivenIsNothingShown() {
    assertThat(mask(null)).isNull();
    assertThat(mask("")).isNull();
    assertThat(mask("   ")).isNull();
  }

  @Test
  void everyMaskHidesAtLeastFourDigitsOrAllOfAShortNumber() {
    for (String phone :
        new String[] {
          "13812341234",
          "0571-87654321",
          "010-6234567",
          "+8613812341234",
          "8765432",
          "1234567890",
          "123456789012345",
          "+4930123456",
          "110",
          "0571-8765432"
        }) {
      String masked = mask(phone);
      assertThat(masked.chars().filter(c -> c == '*').count()).as(phone).isGreaterThanOrEqualTo(4);
      long shownDigits = masked.chars().filter(Character::isDigit).count();
      long digits = phone.chars().filter(Character::isDigit).count();
      assertThat(digits - shownDigits).as(phone).isGreaterThanOrEqualTo(Math.min(4, digits));
    }
  }
}
