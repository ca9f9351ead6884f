package cn.finegov.kernel.api.notification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who receives a notification: named users, and everybody holding a permission for a unit (a person
 * whose scope covers the unit and whose roles grant the permission). Each person receives a
 * notification once, however often named. Unknown and deactivated accounts are skipped.
 *
 * @param usernames login names
 * @param holders permission holders for units
 */
public record Recipients(Set<String> usernames, List<PermissionHolders> holders)
    implements Serializable {

  /**
   * Everybody holding {@code permission} whose scope covers the unit.
   *
   * @param permission a permission key, e.g. {@code grid.case.dispatch}
   * @param unitId the unit
   */
  public record PermissionHolders(String permission, long unitId) implements Serializable {
    public PermissionHolders {
      Objects.requireNonNull(permission, "permission");
    }
  }

  public Recipients {
    usernames = Set.copyOf(new LinkedHashSet<>(usernames));
    holders = List.copyOf(holders);
  }

  /** These users. */
  public static Recipients users(String... usernames) {
    return new Recipients(Set.of(usernames), List.of());
  }

  /** These users. */
  public static Recipients users(Set<String> usernames) {
    return new Recipients(usernames, List.of());
  }

  /** Everybody holding the permission whose scope covers the unit. */
  public static Recipients holding(String permission, long unitId) {
    return new Recipients(Set.of(), List.of(new PermissionHolders(permission, unitId)));
  }

  /** These recipients and those. */
  public Recipients and(Recipients other) {
    Set<String> names = new LinkedHashSet<>(usernames);
    names.addAll(other.usernames);
    List<PermissionHolders> groups = new ArrayList<>(holders);
    groups.addAll(other.holders);
    return new Recipients(names, groups);
  }

  public boolean isEmpty() {
    return usernames.isEmpty() && holders.isEmpty();
  }
}
