package cn.finegov.kernel.application.security;

import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.user.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The password, lockout and session policy, as the security administrator set it. */
@ApplicationScoped
public class SecurityPolicy {

  @Inject private ModuleSettings settings;

  public PasswordPolicy passwordPolicy() {
    return new PasswordPolicy(
        setting(KernelModule.PASSWORD_MIN_LENGTH),
        setting(KernelModule.PASSWORD_MIN_CLASSES),
        setting(KernelModule.PASSWORD_HISTORY),
        Duration.ofDays(setting(KernelModule.PASSWORD_EXPIRY_DAYS)));
  }

  /** Failed sign-ins in a row that lock an account. */
  public int lockoutAttempts() {
    return setting(KernelModule.LOCKOUT_ATTEMPTS);
  }

  /** How long a locked account stays locked. */
  public Duration lockoutDuration() {
    return Duration.ofMinutes(setting(KernelModule.LOCKOUT_MINUTES));
  }

  /** Inactivity after which a session ends. */
  public Duration idleTimeout() {
    return Duration.ofMinutes(setting(KernelModule.SESSION_IDLE_MINUTES));
  }

  /** Whether a new sign-in ends the person's other sessions. */
  public boolean singleSession() {
    return settings.getBoolean(KernelModule.KEY, KernelModule.SESSION_SINGLE);
  }

  /** Whether people sign in against the LDAP directory. */
  public boolean directorySignIn() {
    return "LDAP".equals(settings.get(KernelModule.KEY, KernelModule.IDENTITY_STORE));
  }

  private int setting(String key) {
    return settings.getInt(KernelModule.KEY, key);
  }
}
