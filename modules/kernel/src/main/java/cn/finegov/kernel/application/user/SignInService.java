package cn.finegov.kernel.application.user;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.org.UnitCode;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.application.audit.AuditService;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.application.role.PermissionRegistry;
import cn.finegov.kernel.application.security.CurrentActorContext;
import cn.finegov.kernel.application.security.SecurityPolicy;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import cn.finegov.kernel.domain.model.role.RoleRepository;
import cn.finegov.kernel.domain.model.user.DirectoryPerson;
import cn.finegov.kernel.domain.model.user.PasswordHashing;
import cn.finegov.kernel.domain.model.user.PersonDirectory;
import cn.finegov.kernel.domain.model.user.UserAccount;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import cn.finegov.kernel.domain.model.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a login name and password, against the accounts here or, when the security administrator
 * switched it on, against the LDAP directory (accounts kept here, such as the built-in
 * administrators, still sign in here). Applies the lockout policy: the configured number of failed
 * attempts in a row locks an account for the configured time, with a message that says so.
 * Successful and failed sign-ins are audited; an unknown name costs the same hashing work as a
 * known one, so that response times do not reveal which names exist.
 */
@ApplicationScoped
public class SignInService {

  private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
  private static final String DUMMY_HASH =
      "pbkdf2-sha256$120000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  /** The result of the last sign-in on this thread, for the screen or the 401 answer to explain. */
  private static final ThreadLocal<SignInResult> LAST = new ThreadLocal<>();

  @Inject private UserAccountRepository users;
  @Inject private OrgUnitRepository units;
  @Inject private RoleRepository roles;
  @Inject private PermissionRegistry permissions;
  @Inject private PasswordHashing hashing;
  @Inject private PersonDirectory directory;
  @Inject private SecurityPolicy policy;
  @Inject private ModuleSettings settings;
  @Inject private AuditService audit;
  @Inject private AuditLog auditLog;
  @Inject private CurrentActorContext actors;
  @Inject private Clock clock;

  /** Checks the credentials; the result is also kept for {@link #takeLastResult()}. */
  @Transactional
  public SignInResult signIn(String name, char[] password) {
    SignInResult result = attempt(name, password);
    LAST.set(result);
    return result;
  }

  /** The result of the last sign-in on this thread, once. */
  public static Optional<SignInResult> takeLastResult() {
    SignInResult result = LAST.get();
    LAST.remove();
    return Optional.ofNullable(result);
  }

  private SignInResult attempt(String name, char[] password) {
    Optional<Username> username = Optional.empty();
    try {
      username = Optional.of(Username.of(name));
    } catch (RuntimeException e) {
      // Not a valid login name: treated as unknown.
    }
    Optional<UserAccount> account = username.flatMap(users::findByUsername);
    Instant now = clock.instant();
    if (account.isPresent() && account.get().isLocked(now)) {
      hashing.matches(password, DUMMY_HASH);
      return refused(name, "locked", lockedMessage(account.get(), now));
    }
    boolean byDirectory =
        username.isPresent()
            && policy.directorySignIn()
            && account.map(user -> user.source() == UserAccount.Source.LDAP).orElse(true);
    if (byDirectory) {
      return signInByDirectory(username.get(), account, password, now);
    }
    boolean matches =
        hashing.matches(password, account.map(UserAccount::passwordHash).orElse(DUMMY_HASH));
    if (account.isEmpty()) {
      return refused(name, "unknown-user", new SignInResult.Refused("login.failed"));
    }
    UserAccount user = account.get();
    if (!matches) {
      return failedPassword(user, now);
    }
    if (!user.isActive()) {
      return refused(name, "inactive", new SignInResult.Refused("login.failed"));
    }
    return accepted(user, now);
  }

  private SignInResult accepted(UserAccount user, Instant now) {
    if (user.failedAttempts() > 0) {
      user.clearFailedSignIns();
    }
    return new SignInResult.Accepted(
        user.username().value(),
        user.roles(),
        user.mustChangePassword(now, policy.passwordPolicy().maxAge()));
  }

  private SignInResult failedPassword(UserAccount user, Instant now) {
    boolean locked =
        user.recordFailedSignIn(now, policy.lockoutAttempts(), policy.lockoutDuration());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", "wrong-password");
    details.put("failedAttempts", user.failedAttempts());
    audit.recordSecurityEvent(Actor.stranger(user.username().value()), "LOGIN_FAILED", details);
    if (locked) {
      audit.recordSecurityEvent(
          Actor.stranger(user.username().value()),
          "ACCOUNT_LOCKED",
          Map.of("until", user.lockedUntil().toString()));
      return lockedMessage(user, now);
    }
    return new SignInResult.Refused("login.failed");
  }

  private SignInResult.Refused lockedMessage(UserAccount user, Instant now) {
    long minutes = Math.max(1, (Duration.between(now, user.lockedUntil()).toSeconds() + 59) / 60);
    return new SignInResult.Refused("login.locked", policy.lockoutAttempts(), minutes);
  }

  private SignInResult refused(String name, String reason, SignInResult.Refused result) {
    String shownName = name == null ? "" : name.strip();
    if (shownName.length() > 60) {
      shownName = shownName.substring(0, 60);
    }
    audit.recordSecurityEvent(
        Actor.stranger(shownName.isEmpty() ? "?" : shownName),
        "LOGIN_FAILED",
        Map.of("reason", reason));
    return result;
  }

  // ---- LDAP ---------------------------------------------------------------------------------

  private SignInResult signInByDirectory(
      Username username, Optional<UserAccount> account, char[] password, Instant now) {
    Optional<DirectoryPerson> person;
    try {
      person = directory.authenticate(username.value(), password);
    } catch (PersonDirectory.DirectoryUnavailableException e) {
      LOG.log(Level.WARNING, e.getMessage(), e.getCause());
      return refused(
          username.value(),
          "directory-unavailable",
          new SignInResult.Refused("login.directory-unavailable"));
    }
    if (person.isEmpty()) {
      return account
          .map(user -> failedPassword(user, now))
          .orElseGet(
              () ->
                  refused(
                      username.value(), "unknown-user", new SignInResult.Refused("login.failed")));
    }
    if (account.isPresent() && !account.get().isActive()) {
      return refused(username.value(), "inactive", new SignInResult.Refused("login.failed"));
    }
    try {
      UserAccount user =
          actors.runAsSystem(
              "ldap", Set.of(), () -> provision(username, account, person.get(), now));
      return accepted(user, now);
    } catch (DomainException e) {
      return refused(
          username.value(),
          e.messageKey(),
          new SignInResult.Refused(e.messageKey(), e.arguments()));
    }
  }

  /**
   * Makes or updates the account of a person the directory accepted; audited as {@code
   * system:ldap}.
   */
  private UserAccount provision(
      Username username, Optional<UserAccount> account, DirectoryPerson person, Instant now) {
    Set<String> mapped = mappedRoles(person.groups());
    permissions.checkSeparation(
        roles.permissionsOf(mapped), "user.role.separation", username.value());
    OrgUnit unit = unitOf(person);
    if (account.isEmpty()) {
      UserAccount user =
          UserAccount.fromDirectory(
              username, person.displayName(), unit.id(), mapped, hashing.hash(randomSecret()), now);
      users.store(user);
      auditLog.record(
          UserService.ENTITY, user.id().toString(), "CREATE", Map.of(), user.auditValues());
      return user;
    }
    UserAccount user = account.get();
    Map<String, Object> before = user.auditValues();
    boolean renamed = user.rename(person.displayName());
    boolean rights = user.assignTo(unit.id());
    rights |= user.grantExactly(mapped);
    if (renamed || rights) {
      user.touch(now);
      auditLog.record(
          UserService.ENTITY,
          user.id().toString(),
          rights ? "PERMISSION_CHANGE" : "UPDATE",
          before,
          user.auditValues());
    }
    return user;
  }

  /** Roles of the directory groups, by the {@code group:ROLE} pairs of the settings. */
  private Set<String> mappedRoles(Set<String> groups) {
    Set<String> mapped = new TreeSet<>();
    for (String pair : settings.getList(KernelModule.KEY, KernelModule.LDAP_GROUP_ROLES)) {
      int colon = pair.lastIndexOf(':');
      if (colon <= 0) {
        continue;
      }
      String group = pair.substring(0, colon).strip();
      String role = pair.substring(colon + 1).strip();
      if (groups.stream().anyMatch(group::equalsIgnoreCase)) {
        if (roles.find(role).isPresent()) {
          mapped.add(role);
        } else {
          LOG.warning("LDAP group " + group + " is mapped to the unknown role " + role);
        }
      }
    }
    return mapped;
  }

  private OrgUnit unitOf(DirectoryPerson person) {
    String code =
        person.unitCode() != null && UnitCode.isValid(person.unitCode())
            ? person.unitCode()
            : settings.get(KernelModule.KEY, KernelModule.LDAP_DEFAULT_UNIT);
    return Optional.ofNullable(code)
        .filter(UnitCode::isValid)
        .flatMap(valid -> units.findByCode(UnitCode.of(valid)))
        .filter(OrgUnit::isActive)
        .orElseThrow(() -> DomainException.rule("login.directory-no-unit", person.username()));
  }

  private static char[] randomSecret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes).toCharArray();
  }

  // ---- after sign-in ------------------------------------------------------------------------

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

  /** Audits the end of a session another sign-in of the same person replaced. */
  public void sessionReplaced(String name) {
    actors
        .personNamed(name)
        .ifPresent(actor -> audit.recordSecurityEvent(actor, "SESSION_REPLACED", Map.of()));
  }
}
