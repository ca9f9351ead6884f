package cn.finegov.kernel.application.user;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.role.PermissionRegistry;
import cn.finegov.kernel.application.security.SecurityPolicy;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import cn.finegov.kernel.domain.model.role.Role;
import cn.finegov.kernel.domain.model.role.RoleRepository;
import cn.finegov.kernel.domain.model.user.PasswordHashing;
import cn.finegov.kernel.domain.model.user.PasswordPolicy;
import cn.finegov.kernel.domain.model.user.UserAccount;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import cn.finegov.kernel.domain.model.user.UserQuery;
import cn.finegov.kernel.domain.model.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * User accounts, managed by holders of {@code kernel.users.manage} (the security administrator;
 * 三员分立: neither the system nor the audit administrator manages users), each inside his scope: he
 * sees and changes only accounts of units in it, and grants only units in it. Nobody changes his
 * own roles or scope. Every change is audited; password hashes never leave this service.
 */
@ApplicationScoped
@Transactional
public class UserService {

  static final String ENTITY = "UserAccount";

  @Inject private UserAccountRepository users;
  @Inject private OrgUnitRepository units;
  @Inject private RoleRepository roles;
  @Inject private PermissionRegistry permissions;
  @Inject private PasswordHashing hashing;
  @Inject private SecurityPolicy policy;
  @Inject private AuditLog audit;
  @Inject private ActorContext actors;
  @Inject private Clock clock;

  public UserView create(UserDraft draft) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    Username username = Username.of(draft.username());
    if (users.findByUsername(username).isPresent()) {
      throw DomainException.conflict("user.username.taken", username.value());
    }
    OrgUnit unit = unitInScope(actor, "unitId", draft.unitId());
    Set<Long> extra = extraUnits(actor, draft.extraUnitIds());
    Set<String> granted = checkedRoles(draft.roles(), username.value());
    PasswordPolicy passwords = policy.passwordPolicy();
    passwords.check(username, draft.password());
    UserAccount user =
        UserAccount.create(
            username,
            draft.displayName(),
            unit.id(),
            granted,
            hashing.hash(draft.password()),
            clock.instant());
    user.grantUnits(extra);
    wipe(draft.password());
    users.store(user);
    audit.record(ENTITY, user.id().toString(), "CREATE", Map.of(), user.auditValues());
    return view(user);
  }

  public UserView update(long id, UserChange change) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    UserAccount user = inScope(actor, id);
    if (user.version() != change.version()) {
      throw DomainException.conflict("user.stale", user.username().value());
    }
    long unitId = change.unitId() == null ? user.unitId() : change.unitId();
    OrgUnit unit =
        unitId == user.unitId()
            ? units.find(unitId).orElseThrow()
            : unitInScope(actor, "unitId", unitId);
    Set<String> granted = checkedRoles(change.roles(), user.username().value());
    Set<Long> extra =
        change.extraUnitIds() == null
            ? user.extraUnitIds()
            : extraUnits(actor, change.extraUnitIds());
    boolean self = user.username().value().equals(actor.name());
    if (self
        && (unit.id() != user.unitId()
            || !granted.equals(user.roles())
            || !withoutOwn(extra, unit.id()).equals(user.extraUnitIds()))) {
      throw DomainException.forbidden("user.self-change");
    }
    Map<String, Object> before = user.auditValues();
    boolean changed = user.rename(change.displayName());
    boolean rights = user.assignTo(unit.id());
    rights |= user.grantExactly(granted);
    rights |= user.grantUnits(extra);
    if (changed || rights) {
      user.touch(clock.instant());
      audit.record(
          ENTITY,
          user.id().toString(),
          rights ? "PERMISSION_CHANGE" : "UPDATE",
          before,
          user.auditValues());
    }
    return view(user);
  }

  /** Sets a temporary password, which the person must change at the next sign-in. */
  public void resetPassword(long id, char[] newPassword) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    UserAccount user = inScope(actor, id);
    PasswordPolicy passwords = policy.passwordPolicy();
    passwords.check(user.username(), newPassword);
    user.changePasswordHash(hashing.hash(newPassword), clock.instant(), true, passwords.history());
    wipe(newPassword);
    user.unlock(clock.instant());
    user.touch(clock.instant());
    audit.record(ENTITY, user.id().toString(), "PASSWORD_RESET");
  }

  /**
   * The signed-in person changes his own password: the current one must be right, the new one must
   * follow the policy and differ from the last ones.
   */
  public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
    Actor actor = actors.current();
    if (actor.kind() != Actor.Kind.PERSON) {
      throw new AccessDeniedException(!actor.isAuthenticated());
    }
    UserAccount user = users.findByUsername(Username.of(actor.name())).orElseThrow();
    if (user.source() != UserAccount.Source.LOCAL) {
      throw DomainException.rule("password.directory-account", user.username().value());
    }
    if (currentPassword == null || !hashing.matches(currentPassword, user.passwordHash())) {
      throw ValidationException.of("currentPassword", "password.current.wrong");
    }
    if (Arrays.equals(currentPassword, newPassword)) {
      throw ValidationException.of("password", "password.same");
    }
    PasswordPolicy passwords = policy.passwordPolicy();
    passwords.check(user.username(), newPassword);
    passwords.checkNotReused(user, newPassword, hashing);
    user.changePasswordHash(hashing.hash(newPassword), clock.instant(), false, passwords.history());
    wipe(currentPassword);
    wipe(newPassword);
    user.touch(clock.instant());
    audit.record(ENTITY, user.id().toString(), "PASSWORD_CHANGE");
  }

  /** Lifts a lock after failed sign-ins before it runs out. */
  public UserView unlock(long id) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    UserAccount user = inScope(actor, id);
    if (user.unlock(clock.instant())) {
      user.touch(clock.instant());
      audit.record(ENTITY, user.id().toString(), "UNLOCK");
    }
    return view(user);
  }

  public UserView deactivate(long id) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    UserAccount user = inScope(actor, id);
    if (user.username().value().equals(actor.name())) {
      throw DomainException.rule("user.deactivate.self");
    }
    Map<String, Object> before = user.auditValues();
    if (user.deactivate()) {
      user.touch(clock.instant());
      audit.record(ENTITY, user.id().toString(), "DEACTIVATE", before, user.auditValues());
    }
    return view(user);
  }

  public UserView reactivate(long id) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    UserAccount user = inScope(actor, id);
    Map<String, Object> before = user.auditValues();
    if (user.reactivate()) {
      user.touch(clock.instant());
      audit.record(ENTITY, user.id().toString(), "REACTIVATE", before, user.auditValues());
    }
    return view(user);
  }

  @Transactional(TxType.SUPPORTS)
  public UserView find(long id) {
    return view(inScope(actors.requirePermission(KernelPermissions.USERS_MANAGE), id));
  }

  @Transactional(TxType.SUPPORTS)
  public List<UserView> search(UserQuery query, int first, int pageSize) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    return users.search(query, actor.scope(), first, Math.min(pageSize, 1000)).stream()
        .map(this::view)
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public long count(UserQuery query) {
    Actor actor = actors.requirePermission(KernelPermissions.USERS_MANAGE);
    return users.count(query, actor.scope());
  }

  /** The account if its unit lies in the actor's scope; otherwise it does not exist for him. */
  private UserAccount inScope(Actor actor, long id) {
    UserAccount user =
        users.find(id).orElseThrow(() -> DomainException.notFound("user.not-found", id));
    String path = units.find(user.unitId()).map(OrgUnit::path).orElse(null);
    if (!actor.scope().covers(path)) {
      throw DomainException.notFound("user.not-found", id);
    }
    return user;
  }

  /** Roles that exist and, together, keep the administrator duties apart. */
  private Set<String> checkedRoles(Set<String> wanted, String username) {
    Set<String> codes = new TreeSet<>(wanted == null ? Set.of() : wanted);
    codes.removeIf(Objects::isNull);
    List<Role> found = roles.findAll(codes);
    if (found.size() != codes.size()) {
      Set<String> unknown = new TreeSet<>(codes);
      found.forEach(role -> unknown.remove(role.code()));
      throw ValidationException.of("roles", "user.role.unknown", String.join(", ", unknown));
    }
    permissions.checkSeparation(roles.permissionsOf(codes), "user.role.separation", username);
    return codes;
  }

  private Set<Long> extraUnits(Actor actor, Set<Long> unitIds) {
    Set<Long> extra = new TreeSet<>();
    if (unitIds != null) {
      for (Long unitId : unitIds) {
        if (unitId != null) {
          extra.add(unitInScope(actor, "extraUnitIds", unitId).id());
        }
      }
    }
    return extra;
  }

  private static Set<Long> withoutOwn(Set<Long> extra, long ownUnitId) {
    Set<Long> rest = new TreeSet<>(extra);
    rest.remove(ownUnitId);
    return rest;
  }

  /** An active unit inside the actor's scope; any other is reported as not found. */
  private OrgUnit unitInScope(Actor actor, String field, Long unitId) {
    if (unitId == null) {
      throw ValidationException.of(field, "validation.required");
    }
    OrgUnit unit =
        units
            .find(unitId)
            .filter(found -> actor.scope().covers(found.path()))
            .orElseThrow(() -> ValidationException.of(field, "unit.not-found", unitId));
    if (!unit.isActive()) {
      throw ValidationException.of(field, "unit.inactive", unit.code().value());
    }
    return unit;
  }

  private UserView view(UserAccount user) {
    OrgUnit unit = units.find(user.unitId()).orElseThrow();
    List<UnitSummary> extra =
        user.extraUnitIds().stream()
            .map(units::find)
            .flatMap(Optional::stream)
            .map(OrgUnit::toSummary)
            .toList();
    return new UserView(
        user.id(),
        user.username().value(),
        user.displayName(),
        user.unitId(),
        unit.code().value(),
        unit.name(),
        user.roles(),
        extra,
        user.isActive(),
        user.isLocked(clock.instant()) ? user.lockedUntil() : null,
        user.source().name(),
        user.lastLoginAt(),
        user.passwordChangedAt(),
        user.version());
  }

  private static void wipe(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }
}
