package cn.finegov.grid.domain.model.road;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import org.junit.jupiter.api.Test;

class PhonesTest {

  @Test
  void aChiefsPhoneIsAuditedMaskedByTheSuitesRule() {
    RoadChief mobile =
        RoadChief.appoint(
            7, RoadChief.checked("DAILY_PATROL", "张三", null, "330108001", "13812341234"));
    RoadChief fixedLine =
        RoadChief.appoint(
            7, RoadChief.checked("DAILY_PATROL", "李四", null, "330108001", "0571-87654321"));
    RoadChief service =
        RoadChief.appoint(7, RoadChief.checked("DAILY_PATROL", "王五", null, "330108001", "12345"));
    RoadChief none =
        RoadChief.appoint(7, RoadChief.checked("DAILY_PATROL", "赵六", null, "330108001", " "));

    assertThat(mobile.auditValues()).containsEntry("phone", "138****1234");
    assertThat(fixedLine.auditValues()).containsEntry("phone", "0571-****4321");
    assertThat(service.auditValues()).containsEntry("phone", "****");
    assertThat(none.auditValues()).containsEntry("phone", null);
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
