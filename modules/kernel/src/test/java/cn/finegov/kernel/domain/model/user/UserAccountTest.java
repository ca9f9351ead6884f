package cn.finegov.kernel.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.Roles;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final String HASH = "pbkdf2-sha256$120000$c2FsdA==$aGFzaA==";

  private static UserAccount account(Set<String> roles) {
    return UserAccount.create(Username.of("zhangsan"), " 张三 ", 5L, roles, HASH, NOW);
  }

  @Test
  void aNewAccountIsActiveAndCarriesWhatItWasCreatedWith() {
    UserAccount user = account(Set.of(Roles.GRID_WORKER, Roles.OBSERVER));

    assertThat(user.username()).isEqualTo(Username.of("zhangsan"));
    assertThat(user.displayName()).isEqualTo("张三");
    assertThat(user.unitId()).isEqualTo(5L);
    assertThat(user.roles()).containsExactlyInAnyOrder(Roles.GRID_WORKER, Roles.OBSERVER);
    assertThat(user.passwordHash()).isEqualTo(HASH);
    assertThat(user.isActive()).isTrue();
    assertThat(user.createdAt()).isEqualTo(NOW);
    assertThat(user.updatedAt()).isEqualTo(NOW);
    assertThat(user.passwordChangedAt()).isEqualTo(NOW);
    assertThat(user.lastLoginAt()).isNull();
  }

  @Test
  void anAccountMayHaveNoRoles() {
    assertThat(account(null).roles()).isEmpty();
  }

  @Test
  void eachSeparatedAdministratorRoleMayBeHeldAlone() {
    for (String role : Roles.SEPARATED_ADMINISTRATORS) {
      assertThat(account(Set.of(role, Roles.LEADER)).roles())
          .containsExactlyInAnyOrder(role, Roles.LEADER);
    }
  }

  @Test
  void noAccountMayHoldTwoOfTheThreeAdministratorRoles() {
    for (String first : Roles.SEPARATED_ADMINISTRATORS) {
      for (String second : Roles.SEPARATED_ADMINISTRATORS) {
        if (!first.equals(second)) {
          DomainException refusal =
              catchThrowableOfType(DomainException.class, () -> account(Set.of(first, second)));
          assertThat(refusal).as("%s with %s", first, second).isNotNull();
          assertThat(refusal.kind()).isEqualTo(DomainException.Kind.RULE);
          assertThat(refusal.messageKey()).isEqualTo("user.role.separation");
        }
      }
    }
  }

  @Test
  void grantingAllThreeAdministratorRolesIsRefusedAndKeepsTheOldRoles() {
    UserAccount user = account(Set.of(Roles.SYSTEM_ADMIN));
    assertThatThrownBy(
            () ->
                user.grantExactly(
                    Set.of(Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN, Roles.AUDIT_ADMIN)))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).messageKey())
        .isEqualTo("user.role.separation");
    assertThat(user.roles()).containsExactly(Roles.SYSTEM_ADMIN);
  }

  @Test
  void anUnknownRoleIsRefusedOnTheRolesField() {
    UserAccount user = account(Set.of(Roles.OBSERVER));
    ValidationException refusal =
        catchThrowableOfType(
            ValidationException.class, () -> user.grantExactly(Set.of(Roles.LEADER, "ROOT")));
    assertThat(refusal.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("roles");
              assertThat(error.messageKey()).isEqualTo("user.role.unknown");
              assertThat(error.arguments()).containsExactly("ROOT");
            });
    assertThat(user.roles()).containsExactly(Roles.OBSERVER);
  }

  @Test
  void theIntegrationRoleIsNeverGivenToAPerson() {
    ValidationException refusal =
        catchThrowableOfType(ValidationException.class, () -> account(Set.of(Roles.INTEGRATION)));
    assertThat(refusal.errors().get(0).messageKey()).isEqualTo("user.role.unknown");
  }

  @Test
  void grantExactlyTellsWhetherTheRolesChanged() {
    UserAccount user = account(Set.of(Roles.LEADER));
    assertThat(user.grantExactly(Set.of(Roles.LEADER))).isFalse();
    assertThat(user.grantExactly(Set.of(Roles.LEADER, Roles.DISPATCHER))).isTrue();
    assertThat(user.grantExactly(Set.of(Roles.DISPATCHER, Roles.LEADER))).isFalse();
    assertThat(user.grantExactly(Set.of())).isTrue();
    assertThat(user.roles()).isEmpty();
    assertThat(user.grantExactly(null)).isFalse();
  }

  @Test
  void theRolesCannotBeChangedFromOutside() {
    Set<String> given = new HashSet<>(Set.of(Roles.LEADER));
    UserAccount user = account(given);
    given.add(Roles.SYSTEM_ADMIN);
    assertThat(user.roles()).containsExactly(Roles.LEADER);
    assertThatThrownBy(() -> user.roles().add(Roles.SYSTEM_ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void renameTrimsValidatesAndTellsWhetherTheNameChanged() {
    UserAccount user = account(Set.of());
    assertThat(user.rename("张三")).isFalse();
    assertThat(user.rename(" 张三丰 ")).isTrue();
    assertThat(user.displayName()).isEqualTo("张三丰");

    ValidationException blank =
        catchThrowableOfType(ValidationException.class, () -> user.rename("  "));
    assertThat(blank.errors().get(0).field()).isEqualTo("displayName");
    assertThat(blank.errors().get(0).messageKey()).isEqualTo("validation.required");

    ValidationException tooLong =
        catchThrowableOfType(
            ValidationException.class,
            () -> user.rename("名".repeat(UserAccount.MAX_DISPLAY_NAME + 1)));
    assertThat(tooLong.errors().get(0).messageKey()).isEqualTo("validation.too-long");
    assertThat(user.displayName()).isEqualTo("张三丰");
  }

  @Test
  void assignToTellsWhetherTheUnitChanged() {
    UserAccount user = account(Set.of());
    assertThat(user.assignTo(5L)).isFalse();
    assertThat(user.assignTo(7L)).isTrue();
    assertThat(user.unitId()).isEqualTo(7L);
  }

  @Test
  void deactivateAndReactivateTellWhetherTheStateChanged() {
    UserAccount user = account(Set.of());
    assertThat(user.deactivate()).isTrue();
    assertThat(user.isActive()).isFalse();
    assertThat(user.deactivate()).isFalse();
    assertThat(user.reactivate()).isTrue();
    assertThat(user.reactivate()).isFalse();
    assertThat(user.isActive()).isTrue();
  }

  @Test
  void changingThePasswordHashRecordsWhen() {
    UserAccount user = account(Set.of());
    Instant later = NOW.plusSeconds(3600);
    user.changePasswordHash("pbkdf2-sha256$1$bmV1$bmV1", later);
    assertThat(user.passwordHash()).isEqualTo("pbkdf2-sha256$1$bmV1$bmV1");
    assertThat(user.passwordChangedAt()).isEqualTo(later);
    assertThat(user.createdAt()).isEqualTo(NOW);
  }

  @Test
  void loginAndTouchRecordTheirTimes() {
    UserAccount user = account(Set.of());
    user.recordLogin(NOW.plusSeconds(10));
    user.touch(NOW.plusSeconds(20));
    assertThat(user.lastLoginAt()).isEqualTo(NOW.plusSeconds(10));
    assertThat(user.updatedAt()).isEqualTo(NOW.plusSeconds(20));
  }

  @Test
  void auditValuesListTheAccountButNeverThePasswordHash() {
    UserAccount user = account(Set.of(Roles.OBSERVER, Roles.LEADER));
    user.deactivate();

    assertThat(user.auditValues())
        .containsExactly(
            entry("username", "zhangsan"),
            entry("displayName", "张三"),
            entry("unitId", 5L),
            entry("roles", "LEADER,OBSERVER"),
            entry("active", false));
    assertThat(user.auditValues().keySet()).noneMatch(key -> key.toLowerCase().contains("pass"));
    assertThat(user.auditValues().values())
        .noneMatch(value -> String.valueOf(value).contains(HASH))
        .noneMatch(value -> String.valueOf(value).contains("pbkdf2"));
  }
}
