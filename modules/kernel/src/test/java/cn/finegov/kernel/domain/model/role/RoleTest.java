package cn.finegov.kernel.domain.model.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.ValidationException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

  private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

  @Test
  void aRoleCodeIsUpperCaseAndNamesAreRequired() {
    Role role = Role.create(" street_leader ", " 街道领导 ", "Street leader", "", NOW);
    assertThat(role.code()).isEqualTo("STREET_LEADER");
    assertThat(role.nameZh()).isEqualTo("街道领导");
    assertThat(role.description()).isNull();
    assertThat(role.name(Locale.ENGLISH)).isEqualTo("Street leader");
    assertThat(role.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("街道领导");

    ValidationException bad =
        catchThrowableOfType(
            ValidationException.class, () -> Role.create("1-bad", "x", "x", null, NOW));
    assertThat(bad.errors().get(0).messageKey()).isEqualTo("role.code.invalid");
    ValidationException unnamed =
        catchThrowableOfType(
            ValidationException.class, () -> Role.create("GOOD", " ", null, null, NOW));
    assertThat(unnamed.errors()).extracting(e -> e.field()).containsExactly("nameZh", "nameEn");
  }

  @Test
  void grantingReportsWhetherPermissionsChanged() {
    Role role = Role.create("CHECKER", "检查员", "Checker", null, NOW);
    assertThat(role.grantExactly(Set.of("a.b", "c.d"))).isTrue();
    assertThat(role.grantExactly(Set.of("c.d", "a.b"))).isFalse();
    assertThat(role.grant(Set.of("a.b"))).isFalse();
    assertThat(role.grant(Set.of("e.f"))).isTrue();
    assertThat(role.permissions()).containsExactlyInAnyOrder("a.b", "c.d", "e.f");
    assertThat(role.auditValues()).containsEntry("permissions", "a.b,c.d,e.f");
  }
}
