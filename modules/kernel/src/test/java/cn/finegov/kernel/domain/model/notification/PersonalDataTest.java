package cn.finegov.kernel.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void emailAddressesKeepTheirFirstLetterAndDomain() {
    assertThat(PersonalData.maskEmail("zhang.san@jiangcheng.gov.cn"))
        .isEqualTo("z***@jiangcheng.gov.cn");
    assertThat(PersonalData.maskEmail(null)).isEmpty();
    assertThat(PersonalData.maskEmail("nonsense")).isEqualTo("***");
  }

  @Test
  void phoneNumbersAreMaskedByTheSuitesRuleAndNoneIsEmpty() {
    assertThat(PersonalData.maskPhone("13812341234")).isEqualTo("138****1234");
    // The country code is kept apart; the mobile is masked as at home.
    assertThat(PersonalData.maskPhone("+8613812341234")).isEqualTo("+86 138****1234");
    assertThat(PersonalData.maskPhone("0571-87654321")).isEqualTo("0571-****4321");
    // A short number shows nothing (not its last digits).
    assertThat(PersonalData.maskPhone("12345")).isEqualTo("****");
    assertThat(PersonalData.maskPhone("")).isEmpty();
    assertThat(PersonalData.maskPhone(null)).isEmpty();
  }

  @Test
  void addressesInsideTextsAreMasked() {
    String reason =
        "SendFailedException: Invalid Addresses (550 5.1.1 <li.si@example.org>: user unknown);"
            + " sms to 13912345678 refused at 2026-03-02 port 2525";

    String masked = PersonalData.maskIn(reason);

    assertThat(masked)
        .doesNotContain("li.si@example.org", "13912345678")
        .contains("l***@example.org", "139****5678", "2026-03-02", "2525", "550 5.1.1");
    assertThat(PersonalData.maskIn("call 0571-87654321 or +8613912345678"))
        .isEqualTo("call 0571-****4321 or +86 139****5678");
  }
}
