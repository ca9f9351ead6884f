package cn.finegov.kernel.application.user;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Roles;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
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

/**
 * User accounts, managed by the security administrator (三员分立: neither the system nor the audit
 * administrator manages users). Every change is audited; password hashes never leave this service.
 */
@ApplicationScoped
@Transactional
public class UserService {

  static final String ENTITY = "UserAccount";

  @Inject private UserAccountRepository users;
  @Inject private OrgUnitRepository units;
  @Inject private PasswordHashing hashing;
  @Inject private AuditLog audit;
  @Inject private ActorContext actors;
  @Inject private Clock clock;

  public UserView create(UserDraft draft) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    Username username = Username.of(draft.username());
    if (users.findByUsername(username).isPresent()) {
      throw DomainException.conflict("user.username.taken", username.value());
    }
    OrgUnit unit = activeUnit(draft.unitId());
    PasswordPolicy.check(username, draft.password());
    UserAccount user =
        UserAccount.create(
            username,
            draft.displayName(),
            unit.id(),
            draft.roles(),
            hashing.hash(draft.password()),
            clock.instant());
    wipe(draft.password());
    users.store(user);
    audit.record(ENTITY, user.id().toString(), "CREATE", Map.of(), user.auditValues());
    return view(user, unit);
  }

  public UserView update(long id, UserChange change) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    UserAccount user = existing(id);
    if (user.version() != change.version()) {
      throw DomainException.conflict("user.stale", user.username().value());
    }
    long unitId = change.unitId() == null ? user.unitId() : change.unitId();
    OrgUnit unit = unitId == user.unitId() ? units.find(unitId).orElseThrow() : activeUnit(unitId);
    Map<String, Object> before = user.auditValues();
    boolean changed = user.rename(change.displayName());
    changed |= user.assignTo(unit.id());
    boolean rolesChanged = user.grantExactly(change.roles());
    if (changed || rolesChanged) {
      user.touch(clock.instant());
      audit.record(
          ENTITY,
          user.id().toString(),
          rolesChanged ? "PERMISSION_CHANGE" : "UPDATE",
          before,
          user.auditValues());
    }
    return view(user, unit);
  }

  public void resetPassword(long id, char[] newPassword) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    UserAccount user = existing(id);
    PasswordPolicy.check(user.username(), newPassword);
    user.changePasswordHash(hashing.hash(newPassword), clock.instant());
    wipe(newPassword);
    user.touch(clock.instant());
    audit.record(ENTITY, user.id().toString(), "PASSWORD_RESET");
  }

  public UserView deactivate(long id) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    UserAccount user = existing(id);
    if (user.username().value().equals(actors.current().name())) {
      throw DomainException.rule("user.deactivate.self");
    }
    Map<String, Object> before = user.auditValues();
    if (user.deactivate()) {
      user.touch(clock.instant());
      audit.record(ENTITY, user.id().toString(), "DEACTIVATE", before, user.auditValues());
    }
    return view(user, units.find(user.unitId()).orElseThrow());
  }

  public UserView reactivate(long id) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    UserAccount user = existing(id);
    Map<String, Object> before = user.auditValues();
    if (user.reactivate()) {
      user.touch(clock.instant());
      audit.record(ENTITY, user.id().toString(), "REACTIVATE", before, user.auditValues());
    }
    return view(user, units.find(user.unitId()).orElseThrow());
  }

  @Transactional(TxType.SUPPORTS)
  public UserView find(long id) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    UserAccount user = existing(id);
    return view(user, units.find(user.unitId()).orElseThrow());
  }

  @Transactional(TxType.SUPPORTS)
  public List<UserView> search(UserQuery query, int first, int pageSize) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    return users.search(query, first, Math.min(pageSize, 1000)).stream()
        .map(user -> view(user, units.find(user.unitId()).orElseThrow()))
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public long count(UserQuery query) {
    actors.requireAnyRole(Roles.SECURITY_ADMIN);
    return users.count(query);
  }

  private UserAccount existing(long id) {
    return users.find(id).orElseThrow(() -> DomainException.notFound("user.not-found", id));
  }

  private OrgUnit activeUnit(Long unitId) {
    if (unitId == null) {
      throw ValidationException.of("unitId", "validation.required");
    }
    OrgUnit unit =
        units
            .find(unitId)
            .orElseThrow(() -> ValidationException.of("unitId", "unit.not-found", unitId));
    if (!unit.isActive()) {
      throw ValidationException.of("unitId", "unit.inactive", unit.code().value());
    }
    return unit;
  }

  private static UserView view(UserAccount user, OrgUnit unit) {
    return new UserView(
        user.id(),
        user.username().value(),
        user.displayName(),
        user.unitId(),
        unit.code().value(),
        unit.name(),
        user.roles(),
        user.isActive(),
        user.lastLoginAt(),
        user.version());
  }

  private static void wipe(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }
}
