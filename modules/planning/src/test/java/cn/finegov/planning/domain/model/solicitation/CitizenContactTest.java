package cn.finegov.planning.domain.model.solicitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class CitizenContactTest {

  @Test
  void listsShowTheContactMaskedAndNeverWhole() {
    CitizenContact contact =
        CitizenContact.of(" 张三丰 ", "138 1234 5678", "zhangsan@example.cn").orElseThrow();

    assertThat(contact.masked()).isEqualTo("张** 138****5678 z***@example.cn");
    assertThat(contact.toString()).doesNotContain("1234").doesNotContain("zhangsan");
    assertThat(contact.name()).isEqualTo("张三丰");
    assertThat(contact.phone()).isEqualTo("138 1234 5678");
  }

  @Test
  void blankPartsAreLeftOutAndAllBlankIsNoContact() {
    assertThat(CitizenContact.of(" ", null, "")).isEmpty();
    assertThat(CitizenContact.of(null, "0571-87654321", null).orElseThrow().masked())
        .isEqualTo("0571-****4321");
    assertThat(CitizenContact.of("李", null, null).orElseThrow().masked()).isEqualTo("李*");
  }

  @Test
  void malformedPhoneOrMailIsRefusedPerField() {
    assertThatThrownBy(() -> CitizenContact.of("王", "call me", "not-an-address"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(error -> error.field())
                    .containsExactly("contactPhone", "contactEmail"));
  }
}
