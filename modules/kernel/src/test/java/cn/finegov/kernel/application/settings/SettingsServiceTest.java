package cn.finegov.kernel.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.module.KernelModule;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {

  private static String refusal(SettingDefinition definition, String value) {
    ValidationException refusal =
        catchThrowableOfType(
            ValidationException.class, () -> SettingsService.normalise(definition, value));
    assertThat(refusal).as("%s = %s", definition.key(), value).isNotNull();
    return refusal.errors().get(0).messageKey();
  }

  @Test
  void integersAreCheckedAgainstTheirRange() {
    SettingDefinition attempts = SettingDefinition.integer("lockout.attempts", 5, 1, 100);
    assertThat(SettingsService.normalise(attempts, " 7 ")).isEqualTo("7");
    assertThat(refusal(attempts, "0")).isEqualTo("setting.invalid.range");
    assertThat(refusal(attempts, "101")).isEqualTo("setting.invalid.range");
    assertThat(refusal(attempts, "five")).isEqualTo("setting.invalid.integer");
    assertThat(refusal(attempts, "")).isEqualTo("setting.invalid.integer");
  }

  @Test
  void booleansChoicesAndListsAreNormalised() {
    assertThat(SettingsService.normalise(SettingDefinition.bool("x", false), "TRUE"))
        .isEqualTo("true");
    assertThat(refusal(SettingDefinition.bool("x", false), "yes"))
        .isEqualTo("setting.invalid.boolean");
    SettingDefinition store = SettingDefinition.choice("store", "LOCAL", "LOCAL", "LDAP");
    assertThat(SettingsService.normalise(store, "LDAP")).isEqualTo("LDAP");
    assertThat(refusal(store, "ldap")).isEqualTo("setting.invalid.choice");
    assertThat(SettingsService.normalise(SettingDefinition.list("l", ""), " a , ,b,c "))
        .isEqualTo("a,b,c");
  }

  @Test
  void secretsAreKeptAsTypedAndTooLongTextIsRefused() {
    assertThat(SettingsService.normalise(SettingDefinition.secret("p"), " s3 cret "))
        .isEqualTo(" s3 cret ");
    assertThat(refusal(SettingDefinition.text("t", ""), "x".repeat(2001)))
        .isEqualTo("validation.too-long");
  }

  @Test
  void aChoiceMustDefaultToOneOfItsValues() {
    assertThatThrownBy(() -> SettingDefinition.choice("c", "X", "A", "B"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKernelsSecurityPolicyNeedsTheSecurityAdministratorAndItsDefaultsAreTheStatutoryOnes() {
    KernelModule kernel = new KernelModule();
    Set<String> keys = new HashSet<>();
    for (SettingDefinition setting : kernel.settings()) {
      assertThat(keys.add(setting.key())).as("duplicate %s", setting.key()).isTrue();
      if (setting.key().startsWith("security.")) {
        assertThat(setting.permission()).isEqualTo(KernelPermissions.SECURITY_POLICY_MANAGE);
      }
      if (setting.key().startsWith("audit.")) {
        assertThat(setting.permission()).isEqualTo(KernelPermissions.AUDIT_VERIFY);
      }
      if (setting.type() != SettingDefinition.Type.SECRET) {
        assertThat(SettingsService.normalise(setting, setting.defaultValue()))
            .as("default of %s", setting.key())
            .isEqualTo(setting.defaultValue());
      }
    }
    assertThat(value(kernel, KernelModule.PASSWORD_MIN_LENGTH)).isEqualTo("8");
    assertThat(value(kernel, KernelModule.PASSWORD_EXPIRY_DAYS)).isEqualTo("90");
    assertThat(value(kernel, KernelModule.PASSWORD_HISTORY)).isEqualTo("5");
    assertThat(value(kernel, KernelModule.LOCKOUT_ATTEMPTS)).isEqualTo("5");
    assertThat(value(kernel, KernelModule.LOCKOUT_MINUTES)).isEqualTo("15");
    assertThat(value(kernel, KernelModule.SESSION_IDLE_MINUTES)).isEqualTo("30");
    assertThat(value(kernel, KernelModule.AUDIT_RETENTION_DAYS)).isEqualTo("180");
    assertThat(value(kernel, KernelModule.AUDIT_HASH_ALGORITHM)).isEqualTo("SM3");
  }

  @Test
  void thePasswordPolicyCannotBeSetBelowTheStatutoryMinimum() {
    SettingDefinition minLength =
        new KernelModule()
            .settings().stream()
                .filter(s -> s.key().equals(KernelModule.PASSWORD_MIN_LENGTH))
                .findFirst()
                .orElseThrow();
    assertThat(refusal(minLength, "6")).isEqualTo("setting.invalid.range");
  }

  private static String value(KernelModule kernel, String key) {
    return kernel.settings().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow()
        .defaultValue();
  }
}
