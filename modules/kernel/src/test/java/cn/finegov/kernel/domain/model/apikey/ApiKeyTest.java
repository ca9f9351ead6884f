package cn.finegov.kernel.domain.model.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

  private static ApiKey key(Instant expiresAt) {
    return ApiKey.issue(
        " 12345热线 ",
        "工单推送",
        "abcde23456",
        "f".repeat(64),
        null,
        Set.of("grid.case.report"),
        expiresAt,
        "secadmin",
        NOW);
  }

  @Test
  void aNewKeyIsUsableUntilItExpiresOrIsRevoked() {
    ApiKey key = key(NOW.plus(Duration.ofDays(30)));
    assertThat(key.systemName()).isEqualTo("12345热线");
    assertThat(key.isUsable(NOW)).isTrue();
    assertThat(key.isUsable(NOW.plus(Duration.ofDays(30)))).isFalse();

    ApiKey forever = key(null);
    assertThat(forever.isUsable(NOW.plus(Duration.ofDays(3650)))).isTrue();
    forever.revoke("secadmin", NOW.plusSeconds(5));
    assertThat(forever.isUsable(NOW.plusSeconds(5))).isFalse();
    assertThat(forever.revokedBy()).isEqualTo("secadmin");
  }

  @Test
  void aKeyIsRevokedOnce() {
    ApiKey key = key(null);
    key.revoke("secadmin", NOW);
    DomainException refusal =
        catchThrowableOfType(DomainException.class, () -> key.revoke("secadmin", NOW));
    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(refusal.messageKey()).isEqualTo("apikey.revoked");
  }

  @Test
  void aKeyNeedsASystemPermissionsAndAFutureExpiry() {
    ValidationException refusal =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                ApiKey.issue(
                    " ", null, "abcde23456", "f".repeat(64), null, Set.of(), NOW, "secadmin", NOW));
    assertThat(refusal.errors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactlyInAnyOrder(
            "systemName:validation.required",
            "permissions:validation.required",
            "expiresAt:apikey.expiry.past");
  }

  @Test
  void usesAreWrittenDownAtMostOnceAMinutePerAddress() {
    ApiKey key = key(null);
    assertThat(key.recordUse(NOW, "10.0.0.8")).isTrue();
    assertThat(key.recordUse(NOW.plusSeconds(30), "10.0.0.8")).isFalse();
    assertThat(key.recordUse(NOW.plusSeconds(31), "10.0.0.9")).isTrue();
    assertThat(key.recordUse(NOW.plusSeconds(95), "10.0.0.9")).isTrue();
    assertThat(key.lastUsedAt()).isEqualTo(NOW.plusSeconds(95));
  }

  @Test
  void theAuditValuesNeverHoldTheSecretHash() {
    ApiKey key = key(null);
    assertThat(key.auditValues().values()).noneMatch(v -> String.valueOf(v).contains("ffff"));
    assertThat(key.auditValues()).containsKeys("systemName", "prefix", "permissions");
  }
}
