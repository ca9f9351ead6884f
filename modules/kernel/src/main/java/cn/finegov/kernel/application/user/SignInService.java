package cn.finegov.kernel.application.user;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.application.audit.AuditService;
import cn.finegov.kernel.application.security.CurrentActorContext;
import cn.finegov.kernel.domain.model.user.PasswordHashing;
import cn.finegov.kernel.domain.model.user.UserAccount;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import cn.finegov.kernel.domain.model.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a login name and password. Successful and failed sign-ins are audited; an unknown name
 * costs the same hashing work as a known one, so that response times do not reveal which names
 * exist.
 */
@ApplicationScoped
public class SignInService {

  private static final String DUMMY_HASH =
      "pbkdf2-sha256$120000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  @Inject private UserAccountRepository users;
  @Inject private PasswordHashing hashing;
  @Inject private AuditService audit;
  @Inject private CurrentActorContext actors;
  @Inject private Clock clock;

  /**
   * @return the roles of the account when the name and password match an active account
   */
  @Transactional
  public Optional<Set<String>> signIn(String name, char[] password) {
    Optional<UserAccount> account = Optional.empty();
    try {
      account = users.findByUsername(Username.of(name));
    } catch (RuntimeException e) {
      // Not a valid login name: treated as unknown.
    }
    boolean matches =
        hashing.matches(password, account.map(UserAccount::passwordHash).orElse(DUMMY_HASH));
    if (account.isPresent() && matches && account.get().isActive()) {
      return Optional.of(account.get().roles());
    }
    String reason = account.isEmpty() ? "unknown-user" : matches ? "inactive" : "wrong-password";
    String shownName = name == null ? "" : name.strip();
    if (shownName.length() > 60) {
      shownName = shownName.substring(0, 60);
    }
    audit.recordSecurityEvent(
        new Actor(
            shownName.isEmpty() ? "?" : shownName,
            null,
            null,
            null,
            Set.of(),
            Actor.Kind.ANONYMOUS),
        "LOGIN_FAILED",
        Map.of("reason", reason));
    return Optional.empty();
  }

  /**
   * Records a completed interactive sign-in (the login page) on the account and in the audit log.
   */
  @Transactional
  public void signedIn(String name) {
    users
        .findByUsername(Username.of(name))
        .ifPresent(
            user -> {
              user.recordLogin(clock.instant());
              audit.recordSecurityEvent(
                  actors.personNamed(user.username().value()).orElseThrow(), "LOGIN", Map.of());
            });
  }

  /** Audits a sign-out of the current person. */
  public void signedOut() {
    Actor actor = actors.current();
    if (actor.isAuthenticated()) {
      audit.recordSecurityEvent(actor, "LOGOUT", Map.of());
    }
  }
}
