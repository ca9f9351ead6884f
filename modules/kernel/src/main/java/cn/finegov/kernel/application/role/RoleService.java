package cn.finegov.kernel.application.role;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.Roles;
import cn.finegov.kernel.application.module.ModuleRegistry;
import cn.finegov.kernel.domain.model.role.Role;
import cn.finegov.kernel.domain.model.role.RoleRepository;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import cn.finegov.kernel.domain.model.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Roles as bundles of permissions, managed by the security administrator. A role may hold
 * permissions of one administrator duty at most, and no user may end up with two through his roles
 * (三员分立). Every change is audited as a permission change.
 */
@ApplicationScoped
@Transactional
public class RoleService {

  static final String ENTITY = "Role";

  @Inject private RoleRepository roles;
  @Inject private UserAccountRepository users;
  @Inject private PermissionRegistry permissions;
  @Inject private ModuleRegistry modules;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Transactional(TxType.SUPPORTS)
  public List<RoleView> list() {
    actors.requirePermission(KernelPermissions.ROLES_MANAGE, KernelPermissions.USERS_MANAGE);
    return roles.all().stream().map(this::view).toList();
  }

  @Transactional(TxType.SUPPORTS)
  public RoleView find(String code) {
    actors.requirePermission(KernelPermissions.ROLES_MANAGE, KernelPermissions.USERS_MANAGE);
    return view(existing(code));
  }

  /** Names of roles in a language, in code order; unknown codes are shown as they are. */
  @Transactional(TxType.SUPPORTS)
  public List<String> namesOf(Collection<String> codes, Locale locale) {
    Map<String, Role> found = new HashMap<>();
    roles.findAll(codes).forEach(role -> found.put(role.code(), role));
    return new TreeSet<>(codes)
        .stream()
            .map(code -> found.containsKey(code) ? found.get(code).name(locale) : code)
            .toList();
  }

  public RoleView create(
      String code, String nameZh, String nameEn, String description, Set<String> granted) {
    actors.requirePermission(KernelPermissions.ROLES_MANAGE);
    Role role = Role.create(code, nameZh, nameEn, description, clock.instant());
    if (roles.find(role.code()).isPresent()) {
      throw DomainException.conflict("role.code.taken", role.code());
    }
    checkAuditDuty(role.code(), granted);
    role.grantExactly(granted);
    roles.store(role);
    audit.record(ENTITY, role.code(), "CREATE", Map.of(), role.auditValues());
    return view(role);
  }

  public RoleView update(
      String code,
      String nameZh,
      String nameEn,
      String description,
      Set<String> granted,
      long version) {
    actors.requirePermission(KernelPermissions.ROLES_MANAGE);
    Role role = existing(code);
    if (role.version() != version) {
      throw DomainException.conflict("role.stale", code);
    }
    checkAuditDuty(code, granted);
    for (String holder : roles.holderNames(code)) {
      users
          .findByUsername(Username.of(holder))
          .ifPresent(
              user -> {
                Set<String> others = new HashSet<>(user.roles());
                others.remove(code);
                Set<String> union = new HashSet<>(roles.permissionsOf(others));
                union.addAll(granted);
                permissions.checkSeparation(union, "role.separation.holder", code, holder);
              });
    }
    Map<String, Object> before = role.auditValues();
    boolean changed = role.describe(nameZh, nameEn, description);
    changed |= role.grantExactly(granted);
    if (changed) {
      role.touch(clock.instant());
      audit.record(ENTITY, code, "PERMISSION_CHANGE", before, role.auditValues());
    }
    return view(role);
  }

  public void delete(String code) {
    actors.requirePermission(KernelPermissions.ROLES_MANAGE);
    Role role = existing(code);
    if (role.isBuiltIn()) {
      throw DomainException.rule("role.built-in.delete", code);
    }
    long holders = roles.holders(code);
    if (holders > 0) {
      throw DomainException.rule("role.in-use", code, holders);
    }
    audit.record(ENTITY, code, "DELETE", role.auditValues(), Map.of());
    roles.delete(role);
  }

  /**
   * Gives the built-in roles the default permissions of every installed module, each (role,
   * permission) once: a permission a module declares in a later version reaches the roles of an
   * existing installation, and what an administrator revoked after it was granted stays revoked.
   * Each grant is remembered by a seed marker {@code grants:<module>:<role>:<permission>}.
   */
  public void applyDefaultGrants() {
    for (GovernanceModule module : modules.installed()) {
      module
          .defaultGrants()
          .forEach(
              (code, granted) ->
                  roles
                      .find(code)
                      .ifPresent(
                          role -> {
                            Set<String> fresh =
                                unseeded(module.key(), code, granted, roles::markSeeded);
                            Map<String, Object> before = role.auditValues();
                            if (role.grant(fresh)) {
                              role.touch(clock.instant());
                              audit.record(
                                  ENTITY, code, "PERMISSION_CHANGE", before, role.auditValues());
                            }
                          }));
    }
  }

  /**
   * The default permissions of a role not granted before, each marked as granted now by {@code
   * markSeeded} (which answers whether the marker was new).
   */
  static Set<String> unseeded(
      String module, String role, Set<String> defaults, Predicate<String> markSeeded) {
    Set<String> fresh = new TreeSet<>();
    for (String permission : new TreeSet<>(defaults)) {
      if (markSeeded.test("grants:" + module + ":" + role + ":" + permission)) {
        fresh.add(permission);
      }
    }
    return fresh;
  }

  /**
   * Checks the permissions of a role, and keeps reading the audit log to the audit administrator:
   * only the built-in {@code AUDIT_ADMIN} role holds audit permissions, and it keeps {@code
   * kernel.audit.read}, so that there is always somebody who can read the log and nobody else.
   */
  private void checkAuditDuty(String code, Set<String> granted) {
    permissions.checkRole(granted);
    boolean auditRole = Roles.AUDIT_ADMIN.equals(code);
    if (!auditRole && permissions.administrationDuties(granted).contains(Duty.AUDIT)) {
      throw DomainException.rule("role.audit-duty.reserved", code);
    }
    if (auditRole && !granted.contains(KernelPermissions.AUDIT_READ)) {
      throw DomainException.rule("role.audit-admin.keep", code);
    }
  }

  private Role existing(String code) {
    return roles.find(code).orElseThrow(() -> DomainException.notFound("role.not-found", code));
  }

  private RoleView view(Role role) {
    return new RoleView(
        role.code(),
        role.nameZh(),
        role.nameEn(),
        role.description(),
        role.isBuiltIn(),
        role.permissions(),
        roles.holders(role.code()),
        role.version());
  }
}
