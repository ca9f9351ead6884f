package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.RequiresRole;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;

/**
 * Authorisation of every REST method, secure by default: {@code @PermitAll} is open, {@link
 * RequiresRole} needs one of its roles, {@code @DenyAll} is closed, and a method with none of them
 * (on itself or its class) needs a signed-in caller. Method annotations win over class annotations.
 * The roles are those of the account, read through {@link ActorContext} as the services read them.
 * Anonymous callers get 401, others without a role 403.
 */
@Provider
public class AuthorizationFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod() == null || resource.getResourceClass() == null) {
      return;
    }
    Access access =
        Access.of(resource.getResourceMethod())
            .or(() -> Access.of(resource.getResourceClass()))
            .orElse(Access.SIGNED_IN);
    if (!access.open()) {
      context.register(new AccessFilter(access), Priorities.AUTHORIZATION);
    }
  }

  /**
   * Who may call a method.
   *
   * @param open anybody, signed in or not
   * @param denied nobody
   * @param roles holders of any of these roles; empty means any signed-in caller
   */
  record Access(boolean open, boolean denied, Set<String> roles) {

    static final Access SIGNED_IN = new Access(false, false, Set.of());

    static Optional<Access> of(AnnotatedElement element) {
      if (element.isAnnotationPresent(DenyAll.class)) {
        return Optional.of(new Access(false, true, Set.of()));
      }
      if (element.isAnnotationPresent(PermitAll.class)) {
        return Optional.of(new Access(true, false, Set.of()));
      }
      RequiresRole roles = element.getAnnotation(RequiresRole.class);
      return roles == null
          ? Optional.empty()
          : Optional.of(new Access(false, false, Set.of(roles.value())));
    }

    boolean admits(Actor actor) {
      return !denied && (roles.isEmpty() || roles.stream().anyMatch(actor::hasRole));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class AccessFilter implements ContainerRequestFilter {

    private final Access access;

    AccessFilter(Access access) {
      this.access = access;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Actor actor = CDI.current().select(ActorContext.class).get().current();
      if (!actor.isAuthenticated()) {
        throw new AccessDeniedException(true);
      }
      if (!access.admits(actor)) {
        throw new AccessDeniedException(false);
      }
    }
  }
}
