package cn.finegov.kernel.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who performs the current piece of work: a signed-in person, a system flow, or nobody.
 *
 * @param name login name, or {@code system:<flow>} for integration flows
 * @param displayName name shown on screens and in the audit log
 * @param unitId the actor's organisation unit, {@code null} for system flows and anonymous callers
 * @param unitCode code of that unit, {@code null} likewise
 * @param roles role names held
 * @param kind person, system or anonymous
 */
public record Actor(
    String name, String displayName, Long unitId, String unitCode, Set<String> roles, Kind kind) {

  /** What kind of actor this is. */
  public enum Kind {
    PERSON,
    SYSTEM,
    ANONYMOUS
  }

  public static final Actor ANONYMOUS =
      new Actor("anonymous", "anonymous", null, null, Set.of(), Kind.ANONYMOUS);

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    displayName = displayName == null ? name : displayName;
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** A system flow acting with the integration role. */
  public static Actor system(String flow) {
    return new Actor(
        "system:" + flow, "system:" + flow, null, null, Set.of(Roles.INTEGRATION), Kind.SYSTEM);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(String... wanted) {
    for (String role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  public boolean isAuthenticated() {
    return kind != Kind.ANONYMOUS;
  }
}
