package cn.finegov.kernel.application.security;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.application.apikey.ApiKeyService;
import cn.finegov.kernel.domain.model.org.OrgUnit;
import cn.finegov.kernel.domain.model.org.OrgUnitRepository;
import cn.finegov.kernel.domain.model.role.RoleRepository;
import cn.finegov.kernel.domain.model.user.UserAccount;
import cn.finegov.kernel.domain.model.user.UserAccountRepository;
import cn.finegov.kernel.domain.model.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The actor is, in this order: the one set by {@link #runAs} on this thread, the signed-in caller
 * of the HTTP request (a person, or an external system with an API key), or anonymous. A caller
 * whose account is gone or deactivated, or whose key was revoked, counts as anonymous.
 */
@ApplicationScoped
public class CurrentActorContext implements ActorContext {

  private static final ThreadLocal<Actor> RUN_AS = new ThreadLocal<>();
  private static final String API_KEY_PREFIX = ApiKeyService.principalName("");

  /** The signed-in person of the HTTP request on this thread, looked up once per request. */
  private static final ThreadLocal<Actor> REQUEST_PERSON = new ThreadLocal<>();

  /**
   * The caller principal of the HTTP request on this thread, as the servlet request holds it. The
   * security context's answer is the same name, but it searches the class path for other servers'
   * subject classes on every call (Soteria's SubjectParser): 8 % of the server's CPU in the grid
   * benchmark's reports, for a lookup made several times a request.
   */
  private static final ThreadLocal<Supplier<Principal>> REQUEST_PRINCIPAL = new ThreadLocal<>();

  @Inject private SecurityContext securityContext;
  @Inject private UserAccountRepository users;
  @Inject private OrgUnitRepository units;
  @Inject private RoleRepository roles;
  @Inject private ApiKeyService apiKeys;

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
    Actor person =
        principal.getName().startsWith(API_KEY_PREFIX)
            ? apiKeys
                .actorFor(principal.getName().substring(API_KEY_PREFIX.length()))
                .orElse(Actor.ANONYMOUS)
            : personNamed(principal.getName()).orElse(Actor.ANONYMOUS);
    if (ClientAddress.get() != null) {
      REQUEST_PERSON.set(person);
    }
    return person;
  }

  /**
   * Called by the web layer when an HTTP request starts on this thread: {@code principal} answers
   * who is signed in (it follows a sign-in or sign-out within the request); {@code authenticated}
   * is the actor that the request's authentication has just looked up, or null.
   */
  public static void beginRequest(Supplier<Principal> principal, Actor authenticated) {
    if (authenticated == null) {
      REQUEST_PERSON.remove();
    } else {
      REQUEST_PERSON.set(authenticated);
    }
    REQUEST_PRINCIPAL.set(principal);
  }

  /**
   * Forgets what was looked up for the request on this thread; called by the web layer when a
   * request ends, so that a cached person never outlives its request.
   */
  public static void endRequest() {
    REQUEST_PERSON.remove();
    REQUEST_PRINCIPAL.remove();
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
    Optional<OrgUnit> unit = units.find(user.unitId());
    List<String> paths = new ArrayList<>();
    unit.map(OrgUnit::path).ifPresent(paths::add);
    for (Long extra : user.extraUnitIds()) {
      units.find(extra).filter(OrgUnit::isActive).map(OrgUnit::path).ifPresent(paths::add);
    }
    return new Actor(
        user.username().value(),
        user.displayName(),
        user.unitId(),
        unit.map(OrgUnit::code).map(Object::toString).orElse(null),
        unit.map(OrgUnit::path).orElse(null),
        user.roles(),
        roles.permissionsOf(user.roles()),
        Scope.of(paths),
        Actor.Kind.PERSON);
  }

  private Principal callerPrincipal() {
    try {
      Supplier<Principal> ofRequest = REQUEST_PRINCIPAL.get();
      Principal principal =
          ofRequest == null ? securityContext.getCallerPrincipal() : ofRequest.get();
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
