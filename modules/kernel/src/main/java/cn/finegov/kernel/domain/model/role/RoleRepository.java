package cn.finegov.kernel.domain.model.role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores and finds roles. */
public interface RoleRepository {

  Optional<Role> find(String code);

  /** All roles, built-in first, then by code. */
  List<Role> all();

  List<Role> findAll(Collection<String> codes);

  /** The union of the permissions of these roles. */
  Set<String> permissionsOf(Collection<String> codes);

  Role store(Role role);

  void delete(Role role);

  /** Number of users holding the role. */
  long holders(String code);

  /** Login names of the users holding the role. */
  List<String> holderNames(String code);

  /**
   * Whether a one-time seeding step has been done; marks it done when not. @return true when new
   */
  boolean markSeeded(String marker);
}
