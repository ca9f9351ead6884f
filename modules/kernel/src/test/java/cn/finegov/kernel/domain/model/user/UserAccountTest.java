package cn.finegov.kernel.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.Roles;
import java.time.Duration;
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
    user.changePasswordHash("pbkdf2-sha256$1$bmV1$bmV1", later, false, 5);
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
            entry("extraUnitIds", "[]"),
            entry("active", false),
            entry("source", "LOCAL"));
    assertThat(user.auditValues().keySet()).noneMatch(key -> key.toLowerCase().contains("pass"));
    assertThat(user.auditValues().values())
        .noneMatch(value -> String.valueOf(value).contains(HASH))
        .noneMatch(value -> String.valueOf(value).contains("pbkdf2"));
  }

  @Test
  void aNewAccountMustChangeItsInitialPasswordUnlessWaived() {
    UserAccount user = account(Set.of());
    assertThat(user.mustChangePassword(NOW, Duration.ofDays(90))).isTrue();
    user.waivePasswordChange();
    assertThat(user.mustChangePassword(NOW, Duration.ofDays(90))).isFalse();
  }

  @Test
  void aPasswordSetByTheOwnerLiftsTheForcedChangeOneSetByAnAdministratorImposesIt() {
    UserAccount user = account(Set.of());
    user.changePasswordHash("own", NOW.plusSeconds(60), false, 5);
    assertThat(user.mustChangePassword(NOW.plusSeconds(60), Duration.ofDays(90))).isFalse();
    user.changePasswordHash("temporary", NOW.plusSeconds(120), true, 5);
    assertThat(user.mustChangePassword(NOW.plusSeconds(120), Duration.ofDays(90))).isTrue();
  }

  @Test
  void aPasswordExpiresAfterItsMaximumAgeAndNeverWithZero() {
    UserAccount user = account(Set.of());
    user.changePasswordHash("own", NOW, false, 5);
    Duration ninetyDays = Duration.ofDays(90);
    assertThat(user.isPasswordExpired(NOW.plus(ninetyDays), ninetyDays)).isFalse();
    assertThat(user.isPasswordExpired(NOW.plus(ninetyDays).plusSeconds(1), ninetyDays)).isTrue();
    assertThat(user.mustChangePassword(NOW.plus(ninetyDays).plusSeconds(1), ninetyDays)).isTrue();
    assertThat(user.isPasswordExpired(NOW.plus(Duration.ofDays(5000)), Duration.ZERO)).isFalse();
  }

  @Test
  void theHistoryKeepsTheCurrentAndEarlierHashesUpToItsSize() {
    UserAccount user = account(Set.of());
    for (int i = 1; i <= 7; i++) {
      user.changePasswordHash("hash-" + i, NOW.plusSeconds(i), false, 5);
    }
    assertThat(user.recentPasswordHashes(5))
        .containsExactly("hash-7", "hash-6", "hash-5", "hash-4", "hash-3");
    assertThat(user.recentPasswordHashes(2)).containsExactly("hash-7", "hash-6");
    assertThat(user.recentPasswordHashes(1)).containsExactly("hash-7");
  }

  @Test
  void theFifthFailedSignInLocksForTheConfiguredTimeAndASuccessForgetsFailures() {
    UserAccount user = account(Set.of());
    Duration lock = Duration.ofMinutes(15);
    for (int i = 1; i <= 4; i++) {
      assertThat(user.recordFailedSignIn(NOW.plusSeconds(i), 5, lock)).isFalse();
      assertThat(user.isLocked(NOW.plusSeconds(i))).isFalse();
    }
    assertThat(user.recordFailedSignIn(NOW.plusSeconds(5), 5, lock)).isTrue();
    assertThat(user.lockedUntil()).isEqualTo(NOW.plusSeconds(5).plus(lock));
    assertThat(user.isLocked(NOW.plusSeconds(5).plus(lock).minusMillis(1))).isTrue();
    assertThat(user.isLocked(NOW.plusSeconds(5).plus(lock))).isFalse();

    user.clearFailedSignIns();
    assertThat(user.failedAttempts()).isZero();
    assertThat(user.isLocked(NOW.plusSeconds(6))).isFalse();
  }

  @Test
  void afterALockRunsOutTheCountStartsAgain() {
    UserAccount user = account(Set.of());
    Duration lock = Duration.ofMinutes(15);
    for (int i = 1; i <= 5; i++) {
      user.recordFailedSignIn(NOW, 5, lock);
    }
    Instant later = NOW.plus(lock).plusSeconds(1);
    assertThat(user.recordFailedSignIn(later, 5, lock)).isFalse();
    assertThat(user.failedAttempts()).isEqualTo(1);
    assertThat(user.isLocked(later)).isFalse();
  }

  @Test
  void unlockingReportsWhetherTheAccountWasLocked() {
    UserAccount user = account(Set.of());
    assertThat(user.unlock(NOW)).isFalse();
    for (int i = 0; i < 5; i++) {
      user.recordFailedSignIn(NOW, 5, Duration.ofMinutes(15));
    }
    assertThat(user.unlock(NOW)).isTrue();
    assertThat(user.isLocked(NOW)).isFalse();
    assertThat(user.failedAttempts()).isZero();
  }

  @Test
  void directoryAccountsHaveNoLocalPasswordToChangeOrExpire() {
    UserAccount user =
        UserAccount.fromDirectory(Username.of("lisi"), "李四", 5L, Set.of(), HASH, NOW);
    assertThat(user.source()).isEqualTo(UserAccount.Source.LDAP);
    assertThat(user.mustChangePassword(NOW.plus(Duration.ofDays(400)), Duration.ofDays(90)))
        .isFalse();
    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> user.changePasswordHash("x", NOW, false, 5));
    assertThat(refusal.messageKey()).isEqualTo("password.directory-account");
  }

  @Test
  void grantedUnitsNeverIncludeTheOwnUnit() {
    UserAccount user = account(Set.of());
    assertThat(user.grantUnits(Set.of(5L, 7L, 9L))).isTrue();
    assertThat(user.extraUnitIds()).containsExactlyInAnyOrder(7L, 9L);
    assertThat(user.grantUnits(Set.of(9L, 7L))).isFalse();
  }
}
