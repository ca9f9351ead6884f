package cn.finegov.grid.domain.model.road;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import org.junit.jupiter.api.Test;

class PhonesTest {

  @Test
  void numbersAreMaskedInTheMiddle() {
    assertThat(Phones.masked("13812341234")).isEqualTo("138****1234");
    assertThat(Phones.masked("0571-87654321")).isEqualTo("057******4321");
    assertThat(Phones.masked("87654321")).isEqualTo("******21");
    assertThat(Phones.masked("12")).isEqualTo("**");
    assertThat(Phones.masked(null)).isNull();
  }

  @Test
  void validNumbersAreKeptAndBlankIsNone() {
    assertThat(Phones.checked(" 13812341234 ")).isEqualTo("13812341234");
    assertThat(Phones.checked("0571-87654321")).isEqualTo("0571-87654321");
    assertThat(Phones.checked("+8613812341234")).isEqualTo("+8613812341234");
    assertThat(Phones.checked("12345")).isEqualTo("12345");
    assertThat(Phones.checked("  ")).isNull();
  }

  @Test
  void otherTextIsRefused() {
    for (String bad :
        new String[] {"12", "138 1234 1234", "0571--8765", "call me", "123456789012345678901"}) {
      assertThatThrownBy(() -> Phones.checked(bad))
          .as(bad)
          .isInstanceOf(DomainException.class)
          .extracting(e -> ((DomainException) e).messageKey())
          .isEqualTo("grid.road.phone");
    }
  }
}
