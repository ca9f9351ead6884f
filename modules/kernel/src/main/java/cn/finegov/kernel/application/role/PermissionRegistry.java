package cn.finegov.kernel.application.role;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.application.module.ModuleRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The permissions every installed module declares, and the checks on sets of them: every key known,
 * at most one administrator duty (三员分立).
 */
@ApplicationScoped
public class PermissionRegistry {

  @Inject private ModuleRegistry modules;

  private Map<String, PermissionDefinition> permissions;
  private List<PermissionDefinition> ordered;

  public PermissionRegistry() {}

  /** For tests outside a container: the permissions of these modules, in this order. */
  PermissionRegistry(List<GovernanceModule> installed) {
    collect(installed);
  }

  @PostConstruct
  void collect() {
    collect(modules.installed());
  }

  private void collect(List<GovernanceModule> installed) {
    Map<String, PermissionDefinition> all = new LinkedHashMap<>();
    for (GovernanceModule module : installed) {
      for (PermissionDefinition permission : module.permissions()) {
        if (all.putIfAbsent(permission.key(), permission) != null) {
          throw new IllegalStateException("Permission " + permission.key() + " is declared twice");
        }
      }
    }
    permissions = Map.copyOf(all);
    ordered = List.copyOf(all.values());
  }

  /** All permissions, in module order. */
  public List<PermissionDefinition> all() {
    return ordered;
  }

  public Optional<PermissionDefinition> find(String key) {
    return Optional.ofNullable(permissions.get(key));
  }

  /** The administrator duties among these permissions (unknown keys are ignored). */
  public Set<Duty> administrationDuties(Collection<String> keys) {
    Set<Duty> duties = EnumSet.noneOf(Duty.class);
    for (String key : keys) {
      PermissionDefinition permission = permissions.get(key);
      if (permission != null && permission.duty().isAdministration()) {
        duties.add(permission.duty());
      }
    }
    return duties;
  }

  /**
   * Checks a role's permissions: all declared by an installed module, and of at most one
   * administrator duty.
   */
  public void checkRole(Collection<String> keys) {
    ValidationException.Collector errors = new ValidationException.Collector();
    for (String key : keys) {
      if (!permissions.containsKey(key)) {
        errors.add("permissions", "role.permission.unknown", key);
      }
    }
    errors.throwIfAny();
    checkSeparation(keys, "role.separation");
  }

  /**
   * Refuses a set of permissions that mixes administrator duties; the message gets the arguments
   * given, then the names of the first two duties found.
   */
  public void checkSeparation(Collection<String> keys, String messageKey, Object... arguments) {
    Set<Duty> duties = administrationDuties(keys);
    if (duties.size() > 1) {
      throw DomainException.rule(messageKey, withDuties(arguments, duties));
    }
  }

  private static Object[] withDuties(Object[] arguments, Set<Duty> duties) {
    Object[] all = new Object[arguments.length + duties.size()];
    System.arraycopy(arguments, 0, all, 0, arguments.length);
    int i = arguments.length;
    for (Duty duty : duties) {
      all[i++] = new MessageKey("duty." + duty.name());
    }
    return all;
  }
}
