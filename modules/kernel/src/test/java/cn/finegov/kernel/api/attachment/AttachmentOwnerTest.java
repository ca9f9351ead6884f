package cn.finegov.kernel.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class AttachmentOwnerTest {

  @Test
  void anOwnerIsModuleTypeAndId() {
    AttachmentOwner owner = new AttachmentOwner("grid", "case", "42");
    assertThat(owner.kind()).isEqualTo("grid/case");
    assertThat(owner)
        .hasToString("grid/case/42")
        .isEqualTo(new AttachmentOwner("grid", "case", "42"));
  }

  @Test
  void invalidPartsAreReportedTogether() {
    assertThatThrownBy(() -> new AttachmentOwner("Grid!", null, "../x"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(e -> e.field())
                    .containsExactly("ownerModule", "ownerType", "ownerId"));
  }
}
