package cn.finegov.kernel.api.security;

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
   * Fails with {@link AccessDeniedException} unless the current actor holds at least one of the
   * roles.
   *
   * @return the current actor
   */
  Actor requireAnyRole(String... roles);

  /** Runs {@code work} on this thread as {@code actor}, then restores the previous actor. */
  <T> T runAs(Actor actor, Supplier<T> work);

  /**
   * Runs {@code work} on this thread as the system flow {@code flow} (role {@link
   * Roles#INTEGRATION}).
   */
  default <T> T runAsSystem(String flow, Supplier<T> work) {
    return runAs(Actor.system(flow), work);
  }
}
