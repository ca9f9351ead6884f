package cn.finegov.kernel.application.security;

import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import cn.finegov.kernel.domain.model.user.UserAccount;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import cn.finegov.kernel.domain.model.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The actor is, in this order: the one set by {@link #runAs} on this thread, the signed-in caller
 * of the HTTP request, or anonymous. A signed-in caller whose account is gone or deactivated counts
 * as anonymous.
 */
@ApplicationScoped
public class CurrentActorContext implements ActorContext {

  private static final ThreadLocal<Actor> RUN_AS = new ThreadLocal<>();

  /** The signed-in person of the HTTP request on this thread, looked up once per request. */
  private static final ThreadLocal<Actor> REQUEST_PERSON = new ThreadLocal<>();

  @Inject private SecurityContext securityContext;
  @Inject private UserAccountRepository users;
  @Inject private OrgUnitRepository units;

  @Override
  public Actor current() {
    Actor runAs = RUN_AS.get();
    if (runAs != null) {
      return runAs;
    }
    Principal principal = callerPrincipal();
    if (principal == null) {
      return Actor.ANONYMOUS;
    }
    Actor cached = REQUEST_PERSON.get();
    if (cached != null && cached.name().equals(principal.getName())) {
      return cached;
    }
    Actor person = personNamed(principal.getName()).orElse(Actor.ANONYMOUS);
    if (ClientAddress.get() != null) {
      REQUEST_PERSON.set(person);
    }
    return person;
  }

  /**
   * Forgets what was looked up for the request on this thread; called by the web layer when a
   * request starts and ends, so that a cached person never outlives its request.
   */
  public static void endRequest() {
    REQUEST_PERSON.remove();
  }

  /** The actor for a login name, if the account exists and is active. */
  public Optional<Actor> personNamed(String name) {
    Username username;
    try {
      username = Username.of(name);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return users.findByUsername(username).filter(UserAccount::isActive).map(this::toActor);
  }

  private Actor toActor(UserAccount user) {
    String unitCode =
        units.find(user.unitId()).map(OrgUnit::code).map(Object::toString).orElse(null);
    return new Actor(
        user.username().value(),
        user.displayName(),
        user.unitId(),
        unitCode,
        user.roles(),
        Actor.Kind.PERSON);
  }

  private Principal callerPrincipal() {
    try {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal == null || "ANONYMOUS".equals(principal.getName())) {
        return null;
      }
      return principal;
    } catch (RuntimeException e) {
      // No security context on this thread (a thread of a library, not of the container).
      return null;
    }
  }

  @Override
  public String clientAddress() {
    if (RUN_AS.get() != null && RUN_AS.get().kind() == Actor.Kind.SYSTEM) {
      return "system";
    }
    String address = ClientAddress.get();
    return address == null ? "system" : address;
  }

  @Override
  public Actor requireAnyRole(String... roles) {
    Actor actor = current();
    if (!actor.isAuthenticated()) {
      throw new AccessDeniedException(true);
    }
    if (!actor.hasAnyRole(roles)) {
      throw new AccessDeniedException(false);
    }
    return actor;
  }

  @Override
  public <T> T runAs(Actor actor, Supplier<T> work) {
    Actor previous = RUN_AS.get();
    RUN_AS.set(actor);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        RUN_AS.remove();
      } else {
        RUN_AS.set(previous);
      }
    }
  }
}
