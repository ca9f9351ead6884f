package cn.finegov.kernel.api.security;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The actor of the work under way, for authorisation checks and audit entries. Services ask it
 * instead of reading the HTTP principal, so that integration flows, which have no HTTP request, act
 * under a named system identity.
 */
public interface ActorContext {

  /** The current actor; {@link Actor#ANONYMOUS} when nobody is signed in. Never {@code null}. */
  Actor current();

  /** Address of the client that caused the work ({@code system} for flows without one). */
  String clientAddress();

  /**
   * Fails with {@link AccessDeniedException} (401) unless somebody is signed in: a person, an API
   * key or a system flow.
   *
   * @return the current actor
   */
  default Actor requireSignedIn() {
    Actor actor = current();
    if (!actor.isAuthenticated()) {
      throw new AccessDeniedException(true);
    }
    return actor;
  }

  /**
   * Fails with {@link AccessDeniedException} unless the current actor holds at least one of the
   * permissions.
   *
   * @return the current actor
   */
  default Actor requirePermission(String... permissions) {
    Actor actor = requireSignedIn();
    if (!actor.hasAnyPermission(permissions)) {
      throw new AccessDeniedException(false);
    }
    return actor;
  }

  /**
   * For data of the whole installation that belongs to no unit (integration dead letters, directory
   * imports): fails with {@link AccessDeniedException} unless the current actor holds one of the
   * permissions and his scope includes a unit at the top of the tree.
   *
   * @return the current actor
   */
  default Actor requireWholeTree(String... permissions) {
    Actor actor = requirePermission(permissions);
    if (!actor.scope().includesTop()) {
      throw new AccessDeniedException(false);
    }
    return actor;
  }

  /**
   * Fails with {@link AccessDeniedException} unless the unit with this path lies in the current
   * actor's scope.
   *
   * @return the current actor
   */
  default Actor requireScope(String unitPath) {
    Actor actor = current();
    if (!actor.scope().covers(unitPath)) {
      throw new AccessDeniedException(!actor.isAuthenticated());
    }
    return actor;
  }

  /** Runs {@code work} on this thread as {@code actor}, then restores the previous actor. */
  <T> T runAs(Actor actor, Supplier<T> work);

  /** Runs {@code work} on this thread as the system flow {@code flow} with these permissions. */
  default <T> T runAsSystem(String flow, Set<String> permissions, Supplier<T> work) {
    return runAs(Actor.system(flow, permissions), work);
  }
}
