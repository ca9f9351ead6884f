package cn.finegov.grid.domain.model.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.grid.domain.model.category.ComponentId;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CityComponentTest {

  @Test
  void aComponentTakesItsCategoryFromItsId() {
    CityComponent.Values values =
        CityComponent.checked(
            " 上水井盖 ",
            "990100-E01",
            "江城水务",
            null,
            "990102001001001",
            30.2759,
            120.1432,
            "破损",
            null,
            null);
    CityComponent component =
        CityComponent.register(ComponentId.of("9901020101000002"), values, Instant.EPOCH);

    assertThat(component.category().qualified()).isEqualTo("C0101");
    assertThat(component.name()).isEqualTo("上水井盖");
    assertThat(component.state()).isEqualTo(ComponentState.DAMAGED);
    assertThat(component.active()).isTrue();
    assertThat(component.auditValues()).containsEntry("componentId", "9901020101000002");
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                CityComponent.checked(
                    "", null, null, null, "99010200100", 95.0, 120.0, "BROKEN", null, null))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "name", "competentUnit", "gridCode", "place", "state"));
  }

  @Test
  void statesAreReadInChineseAndEnglish() {
    assertThat(CityComponent.stateOf("占用")).isEqualTo(ComponentState.OCCUPIED);
    assertThat(CityComponent.stateOf("missing")).isEqualTo(ComponentState.MISSING);
    assertThat(CityComponent.stateOf("gone")).isNull();
  }
}
