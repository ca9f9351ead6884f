package cn.finegov.kernel.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who performs the current piece of work: a signed-in person, an external system (API key), a
 * system flow, or nobody.
 *
 * @param name login name, {@code apikey:<system>} or {@code system:<flow>}
 * @param displayName name shown on screens and in the audit log
 * @param unitId the actor's organisation unit, {@code null} for system flows and anonymous callers
 * @param unitCode code of that unit, {@code null} likewise
 * @param unitPath materialised path of that unit ({@code /1/5/}), {@code null} likewise
 * @param roles role codes held (people)
 * @param permissions permission keys held, through the roles or the API key
 * @param scope the units the actor sees and acts on
 * @param kind person, system or anonymous
 */
public record Actor(
    String name,
    String displayName,
    Long unitId,
    String unitCode,
    String unitPath,
    Set<String> roles,
    Set<String> permissions,
    Scope scope,
    Kind kind) {

  /** What kind of actor this is. */
  public enum Kind {
    PERSON,
    SYSTEM,
    ANONYMOUS
  }

  public static final Actor ANONYMOUS =
      new Actor(
          "anonymous",
          "anonymous",
          null,
          null,
          null,
          Set.of(),
          Set.of(),
          Scope.NOTHING,
          Kind.ANONYMOUS);

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    displayName = displayName == null ? name : displayName;
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    scope = scope == null ? Scope.NOTHING : scope;
  }

  /** A system flow allowed to do exactly {@code permissions}, in the whole tree. */
  public static Actor system(String flow, Set<String> permissions) {
    return new Actor(
        "system:" + flow,
        "system:" + flow,
        null,
        null,
        null,
        Set.of(),
        permissions,
        Scope.EVERYTHING,
        Kind.SYSTEM);
  }

  /**
   * Somebody who is not signed in, with the name he tried (for audit entries of failed sign-ins).
   */
  public static Actor stranger(String attemptedName) {
    return new Actor(
        attemptedName, null, null, null, null, Set.of(), Set.of(), Scope.NOTHING, Kind.ANONYMOUS);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasPermission(String permission) {
    return permissions.contains(permission);
  }

  public boolean hasAnyPermission(String... wanted) {
    for (String permission : wanted) {
      if (permissions.contains(permission)) {
        return true;
      }
    }
    return false;
  }

  public boolean isAuthenticated() {
    return kind != Kind.ANONYMOUS;
  }
}
